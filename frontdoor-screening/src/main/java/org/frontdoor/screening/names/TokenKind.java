package org.frontdoor.screening.names;

/** The role of a word in a name, which sets how much it counts when names are compared. */
public enum TokenKind {
    /** A distinctive name word. */
    NAME(1.0),
    /** A single letter standing for a name word. */
    INITIAL(0.35),
    /**
     * A word common to many organisation names ("bank", "group", "holding", "trading"): it
     * counts, but less than a distinctive word, and alone it does not make two names match.
     */
    GENERIC(0.4),
    /** A connecting word such as "bin", "al", "van", "der", "of": present or not, it says little. */
    PARTICLE(0.25);

    private final double weight;

    TokenKind(double weight) {
        this.weight = weight;
    }

    /** How much a word of this kind counts towards the coverage of a name. */
    public double weight() {
        return weight;
    }
}
