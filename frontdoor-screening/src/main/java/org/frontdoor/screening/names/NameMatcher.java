package org.frontdoor.screening.names;

import java.util.ArrayList;
import java.util.Comparator;
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

    private static final int MAX_TOKENS = 12;
    private static final double CONFLICT_FACTOR = 0.9;
    private static final double ACRONYM_SCORE = 0.85;
    private static final double DESCRIPTION_CONFLICT_FACTOR = 0.8;
    private static final double BETTER_SIDE_WEIGHT = 0.7;

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
        List<NameToken> left = a.tokens().size() > MAX_TOKENS ? a.tokens().subList(0, MAX_TOKENS) : a.tokens();
        List<NameToken> right = b.tokens().size() > MAX_TOKENS ? b.tokens().subList(0, MAX_TOKENS) : b.tokens();
        Alignment alignment = new Alignment(left, right);
        alignment.alignSingleWords();
        alignment.alignJoinedWords(false);
        alignment.alignJoinedWords(true);
        if (a.schema() != Schema.PERSON && b.schema() != Schema.PERSON) {
            alignment.alignAcronyms(false);
            alignment.alignAcronyms(true);
        }
        NameScore score = alignment.score(a, b);
        if (score.score() < ACRONYM_SCORE && a.schema() != Schema.PERSON && b.schema() != Schema.PERSON
                && (Acronyms.isAcronymOf(a, b) || Acronyms.isAcronymOf(b, a))) {
            return new NameScore(ACRONYM_SCORE, List.of(new TokenMatch(a.text(), b.text(), MatchKind.ACRONYM,
                    ACRONYM_SCORE)), List.of(), List.of(), List.of("one name is the acronym of the other"));
        }
        return score;
    }

    /** Mutable working state of one comparison. */
    private static final class Alignment {
        private final List<NameToken> left;
        private final List<NameToken> right;
        private final boolean[] usedLeft;
        private final boolean[] usedRight;
        private final List<TokenMatch> matches = new ArrayList<>();
        private double creditLeft;
        private double creditRight;
        private int nameUnitsMatched;
        private int genericUnitsMatched;
        /** Weight an acronym adds to its side (left, right) by standing for several words. */
        private final double[] extraWeight = new double[2];

        Alignment(List<NameToken> left, List<NameToken> right) {
            this.left = left;
            this.right = right;
            this.usedLeft = new boolean[left.size()];
            this.usedRight = new boolean[right.size()];
        }

        private record Candidate(int i, int j, TokenComparison.Result result, double weight) {
        }

        void alignSingleWords() {
            List<Candidate> candidates = new ArrayList<>();
            for (int i = 0; i < left.size(); i++) {
                for (int j = 0; j < right.size(); j++) {
                    TokenComparison.Result r = TokenComparison.compare(left.get(i), right.get(j));
                    if (r != null) {
                        candidates.add(new Candidate(i, j, r, left.get(i).weight() + right.get(j).weight()));
                    }
                }
            }
            candidates.sort(Comparator.comparingDouble((Candidate c) -> c.result().similarity())
                    .thenComparingDouble(Candidate::weight).reversed());
            for (Candidate c : candidates) {
                if (usedLeft[c.i()] || usedRight[c.j()]) {
                    continue;
                }
                usedLeft[c.i()] = true;
                usedRight[c.j()] = true;
                NameToken l = left.get(c.i());
                NameToken r = right.get(c.j());
                double sim = c.result().similarity();
                matches.add(new TokenMatch(l.text(), r.text(), c.result().kind(), sim));
                if (c.result().kind() == MatchKind.INITIAL) {
                    // A letter says less than a word: the word's side gets an initial's credit only.
                    creditLeft += sim * Math.min(l.weight(), 0.5);
                    creditRight += sim * Math.min(r.weight(), 0.5);
                } else {
                    creditLeft += sim * l.weight();
                    creditRight += sim * r.weight();
                    if (l.kind() == TokenKind.NAME && r.kind() == TokenKind.NAME) {
                        nameUnitsMatched += l.compoundPart() ? 0 : 1;
                    } else if (l.kind() != TokenKind.PARTICLE && r.kind() != TokenKind.PARTICLE) {
                        genericUnitsMatched++;
                    }
                }
            }
        }

        /** Joins two adjacent unmatched words of one side to meet one unmatched word of the other. */
        void alignJoinedWords(boolean joinRight) {
            List<NameToken> joinSide = joinRight ? right : left;
            List<NameToken> otherSide = joinRight ? left : right;
            boolean[] usedJoin = joinRight ? usedRight : usedLeft;
            boolean[] usedOther = joinRight ? usedLeft : usedRight;
            for (int i = 0; i + 1 < joinSide.size(); i++) {
                if (usedJoin[i] || usedJoin[i + 1]) {
                    continue;
                }
                NameToken first = joinSide.get(i);
                NameToken second = joinSide.get(i + 1);
                if (!joinable(first, second, otherSide, usedOther)) {
                    continue;
                }
                NameToken joined = NameNormaliser.token(first.text() + second.text(), TokenKind.NAME, first.abjad());
                for (int j = 0; j < otherSide.size(); j++) {
                    if (usedOther[j] || otherSide.get(j).kind() == TokenKind.INITIAL) {
                        continue;
                    }
                    TokenComparison.Result r = TokenComparison.compare(joined, otherSide.get(j));
                    if (r == null || r.similarity() < 0.85) {
                        continue;
                    }
                    usedJoin[i] = true;
                    usedJoin[i + 1] = true;
                    usedOther[j] = true;
                    double sim = Math.min(0.95, r.similarity());
                    String joinedText = first.text() + " " + second.text();
                    matches.add(joinRight
                            ? new TokenMatch(otherSide.get(j).text(), joinedText, MatchKind.JOINED, sim)
                            : new TokenMatch(joinedText, otherSide.get(j).text(), MatchKind.JOINED, sim));
                    double joinCredit = sim * (first.weight() + second.weight());
                    double otherCredit = sim * otherSide.get(j).weight();
                    creditLeft += joinRight ? otherCredit : joinCredit;
                    creditRight += joinRight ? joinCredit : otherCredit;
                    // Both joined words found their partner: two name units, not one, so that
                    // "Zapchast Trade"/"Zapchasttrade" is not capped as sharing a single word.
                    nameUnitsMatched += 2;
                    i++;
                    break;
                }
            }
        }

        /**
         * Reads an unmatched short word of one organisation name as the acronym of a run of
         * adjacent unmatched words of the other ("558 ARP"/"558 Aircraft Repair Plant",
         * "LID 77"/"77th Light Infantry Division"); particles inside the run may be skipped.
         * Two-letter acronyms count only beside another agreeing word, since two initials
         * agree by chance too often.
         */
        void alignAcronyms(boolean acronymOnRight) {
            List<NameToken> shortSide = acronymOnRight ? right : left;
            List<NameToken> longSide = acronymOnRight ? left : right;
            boolean[] usedShort = acronymOnRight ? usedRight : usedLeft;
            boolean[] usedLong = acronymOnRight ? usedLeft : usedRight;
            int freeLong = 0;
            for (boolean used : usedLong) {
                freeLong += used ? 0 : 1;
            }
            if (freeLong < 2) {
                return;  // the usual case on the hot path: nothing left for an acronym to stand for
            }
            for (int k = 0; k < shortSide.size(); k++) {
                NameToken acronym = shortSide.get(k);
                String letters = acronym.text();
                int minimum = matches.isEmpty() ? 3 : 2;
                if (usedShort[k] || acronym.kind() == TokenKind.PARTICLE || letters.length() < minimum
                        || letters.length() > Math.min(8, freeLong) || !Acronyms.isLetters(letters)) {
                    continue;
                }
                int[] run = Acronyms.run(letters, longSide, usedLong);
                if (run == null) {
                    continue;
                }
                usedShort[k] = true;
                double runWeight = 0;
                StringBuilder runText = new StringBuilder();
                for (int j = run[0]; j < run[1]; j++) {
                    usedLong[j] = true;
                    runWeight += longSide.get(j).weight();
                    runText.append(runText.isEmpty() ? "" : " ").append(longSide.get(j).text());
                }
                double sim = 0.9;
                matches.add(acronymOnRight
                        ? new TokenMatch(runText.toString(), letters, MatchKind.ACRONYM, sim)
                        : new TokenMatch(letters, runText.toString(), MatchKind.ACRONYM, sim));
                // The acronym stands for the whole run, so it gets the run's weight on its side.
                double shortCredit = sim * Math.max(acronym.weight(), Math.min(runWeight, 2.0));
                double longCredit = sim * runWeight;
                creditLeft += acronymOnRight ? longCredit : shortCredit;
                creditRight += acronymOnRight ? shortCredit : longCredit;
                extraWeight[acronymOnRight ? 1 : 0] += shortCredit / sim - acronym.weight();
                // One unit only: initials agree by chance more often than words do, so an acronym
                // alone ("BRT Logistics"/"Blue River Trading") stays under the single-word cap.
                nameUnitsMatched++;
            }
        }

        /**
         * Cheap test before building a joined word: some unmatched word on the other side must
         * start alike and be about as long. Most candidates fail it, which keeps screening fast.
         */
        private static boolean joinable(NameToken first, NameToken second, List<NameToken> other, boolean[] used) {
            int length = first.text().length() + second.text().length();
            char initial = first.text().charAt(0);
            for (int j = 0; j < other.size(); j++) {
                if (used[j]) {
                    continue;
                }
                NameToken o = other.get(j);
                int slack = o.abjad() != first.abjad() ? 5 : 3;
                if (Math.abs(o.text().length() - length) <= slack
                        && (o.text().charAt(0) == initial || o.abjad() != first.abjad())) {
                    return true;
                }
            }
            return false;
        }

        NameScore score(NormalisedName a, NormalisedName b) {
            double coverageLeft = creditLeft / (totalWeight(left) + extraWeight[0]);
            double coverageRight = creditRight / (totalWeight(right) + extraWeight[1]);
            double better = Math.max(coverageLeft, coverageRight);
            double worse = Math.min(coverageLeft, coverageRight);
            double score = Math.min(1.0, BETTER_SIDE_WEIGHT * better + (1 - BETTER_SIDE_WEIGHT) * worse);
            List<String> notes = new ArrayList<>();
            if (hasUnmatched(left, usedLeft, TokenKind.GENERIC) && hasUnmatched(right, usedRight, TokenKind.GENERIC)) {
                // "Acme Trading"/"Acme Holding", "... in Tunisia"/"... in Algeria": the words that
                // describe the organisation disagree.
                score *= DESCRIPTION_CONFLICT_FACTOR;
                notes.add("each name has a descriptive word the other lacks");
            }
            if (hasUnmatched(left, usedLeft, TokenKind.NAME) && hasUnmatched(right, usedRight, TokenKind.NAME)) {
                // Both names keep a distinctive word the other lacks: "Yasir ... al-Tikriti" and
                // "Bashar ... al-Tikriti" are brothers, not one man with a missing name.
                score *= CONFLICT_FACTOR;
                notes.add("each name has a word the other lacks");
            }
            int mostNameWords = Math.max(a.nameWordCount(), b.nameWordCount());
            boolean organisations = a.schema() != Schema.PERSON && b.schema() != Schema.PERSON;
            // Organisations: descriptive words in common count half a distinctive word
            // ("Mizan Machinery Manufacturing" in "3M Mizan Machinery Manufacturing"), and the cap
            // is for a distinctive word left over ("Al-Qaida" against "Al-Qaida in the Arabian
            // Peninsula"), not for one spelt as a descriptive word on the other side
            // ("Electronics"/"Elektroniks"). People keep the strict rule: "J Smith" is not "John Smith".
            double units = organisations ? nameUnitsMatched + 0.5 * genericUnitsMatched : nameUnitsMatched;
            boolean leftOver = !organisations || hasUnmatched(left, usedLeft, TokenKind.NAME)
                    || hasUnmatched(right, usedRight, TokenKind.NAME);
            if (units < 2 && leftOver && mostNameWords >= 2 && score > SINGLE_WORD_CAP) {
                score = SINGLE_WORD_CAP;
                notes.add("capped: only one distinctive word in common");
            }
            if (!a.legalForms().isEmpty() || !b.legalForms().isEmpty()) {
                notes.add("legal forms set aside: " + String.join(" ", a.legalForms()) + " / "
                        + String.join(" ", b.legalForms()));
            }
            if (!a.honorifics().isEmpty() || !b.honorifics().isEmpty()) {
                notes.add("honorifics ignored: " + String.join(" ", a.honorifics()) + " / "
                        + String.join(" ", b.honorifics()));
            }
            return new NameScore(score, matches, unmatched(left, usedLeft), unmatched(right, usedRight), notes);
        }

        private static boolean hasUnmatched(List<NameToken> tokens, boolean[] used, TokenKind kind) {
            for (int i = 0; i < tokens.size(); i++) {
                if (!used[i] && tokens.get(i).kind() == kind) {
                    return true;
                }
            }
            return false;
        }

        private static double totalWeight(List<NameToken> tokens) {
            double w = 0;
            for (NameToken t : tokens) {
                w += t.weight();
            }
            return w;
        }

        private static List<String> unmatched(List<NameToken> tokens, boolean[] used) {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < tokens.size(); i++) {
                if (!used[i]) {
                    out.add(tokens.get(i).text());
                }
            }
            return out;
        }
    }
}
