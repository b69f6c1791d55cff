package org.frontdoor.screening.names;

import java.util.List;

/**
 * Scores how likely two names denote the same party.
 *
 * <p>Words are aligned one to one regardless of order, strongest agreements first (see
 * {@link MatchKind}); adjacent words left over on one side may be joined to meet one word on the
 * other. The score blends the weighted share of each name that found a partner, leaning on the
 * better covered name so that a missing middle name costs little while a different first name
 * costs half the score. Two names that share only one distinctive word ("John Smith" and "Smith",
 * "Gazprom" and "Gazprom Neft") are capped below the default threshold.
 *
 * <p>Thread-safe and allocation-light; compare {@link NormalisedName}s directly when the same
 * name is compared many times.
 */
public final class NameMatcher {

    /** Scores at or above this value are reported as matches by default. */
    public static final double DEFAULT_THRESHOLD = 0.75;

    /** Names sharing a single distinctive word among several score at most this. */
    static final double SINGLE_WORD_CAP = 0.70;

    private static final double ACRONYM_SCORE = 0.85;

    private final NameNormaliser normaliser;

    public NameMatcher() {
        this(new NameNormaliser());
    }

    public NameMatcher(NameNormaliser normaliser) {
        this.normaliser = normaliser;
    }

    /** The normaliser this matcher uses, to prepare names once for repeated comparison. */
    public NameNormaliser normaliser() {
        return normaliser;
    }

    /**
     * Scores two names as written, for the given kind of party; bracketed parts are also read as
     * names of their own (see {@link NameVariants}) and the best reading wins. Never null.
     */
    public NameScore score(String a, String b, Schema schema) {
        NameScore best = null;
        for (String va : NameVariants.of(a)) {
            NormalisedName na = normaliser.normalise(va, schema);
            for (String vb : NameVariants.of(b)) {
                NameScore s = compare(na, normaliser.normalise(vb, schema));
                if (best == null || s.score() > best.score()) {
                    best = s;
                }
            }
        }
        return best;
    }

    /** Scores two prepared names. Never null. */
    public NameScore compare(NormalisedName a, NormalisedName b) {
        if (a.isEmpty() || b.isEmpty()) {
            return NameScore.none("nothing to compare in one of the names");
        }
        WordAlignment alignment = WordAlignment.of(a, b, true);
        if (acronymOfTheOther(alignment.score(), a, b)) {
            return new NameScore(ACRONYM_SCORE, List.of(new TokenMatch(a.text(), b.text(), MatchKind.ACRONYM,
                    ACRONYM_SCORE)), List.of(), List.of(), List.of("one name is the acronym of the other"));
        }
        return alignment.explanation();
    }

    /**
     * The score {@link #compare} gives two prepared names, without the explanation: for callers
     * that score many names and explain few (screening explains only candidates near the
     * threshold). Allocates far less than {@code compare}; always {@code compare(a, b).score()}.
     */
    public double similarity(NormalisedName a, NormalisedName b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0.0;
        }
        double score = WordAlignment.of(a, b, false).score();
        return acronymOfTheOther(score, a, b) ? ACRONYM_SCORE : score;
    }

    private static boolean acronymOfTheOther(double score, NormalisedName a, NormalisedName b) {
        return score < ACRONYM_SCORE && a.schema() != Schema.PERSON && b.schema() != Schema.PERSON
                && (Acronyms.isAcronymOf(a, b) || Acronyms.isAcronymOf(b, a));
    }
}
