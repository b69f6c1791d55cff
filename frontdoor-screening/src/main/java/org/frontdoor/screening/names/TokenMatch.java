package org.frontdoor.screening.names;

/**
 * Evidence for one pair of aligned words: what was compared, how they agree and how strongly.
 *
 * @param left       the word (or joined words) from the first name
 * @param right      the word (or joined words) from the second name
 * @param kind       how they agree
 * @param similarity in (0, 1]
 */
public record TokenMatch(String left, String right, MatchKind kind, double similarity) {

    @Override
    public String toString() {
        return left + "~" + right + " " + kind.name().toLowerCase(java.util.Locale.ROOT)
                + String.format(java.util.Locale.ROOT, " %.2f", similarity);
    }
}
