package org.frontdoor.screening.names;

import java.util.ArrayList;
import java.util.List;

/**
 * The working state of one comparison by {@link NameMatcher}: which words of each name found a
 * partner, by which rule, and the credit each side earned. Used once, by one thread.
 *
 * <p>Built with or without an explanation: screening scores dozens of listed names per query and
 * reports few, so it asks for the score alone first and explains only the names that may be hits.
 */
final class WordAlignment {

    private static final int MAX_TOKENS = 12;
    private static final double CONFLICT_FACTOR = 0.9;
    private static final double DESCRIPTION_CONFLICT_FACTOR = 0.8;
    private static final double BETTER_SIDE_WEIGHT = 0.7;

    private final List<NameToken> left;
    private final List<NameToken> right;
    private final boolean[] usedLeft;
    private final boolean[] usedRight;
    /** The aligned word pairs and the adjustments in words; null when no explanation is wanted. */
    private final List<TokenMatch> matches;
    private final List<String> notes;
    private int matchCount;
    private double score;
    private double creditLeft;
    private double creditRight;
    private int nameUnitsMatched;
    private int genericUnitsMatched;
    /** Weight an acronym adds to its side (left, right) by standing for several words. */
    private final double[] extraWeight = new double[2];

    private WordAlignment(List<NameToken> left, List<NameToken> right, boolean explain) {
        this.left = left;
        this.right = right;
        this.usedLeft = new boolean[left.size()];
        this.usedRight = new boolean[right.size()];
        this.matches = explain ? new ArrayList<>() : null;
        this.notes = explain ? new ArrayList<>() : null;
    }

    /**
     * Aligns the words of two non-empty names (at most their first twelve words each) and scores
     * the alignment; {@code explain} keeps what {@link #explanation} needs.
     */
    static WordAlignment of(NormalisedName a, NormalisedName b, boolean explain) {
        List<NameToken> left = a.tokens().size() > MAX_TOKENS ? a.tokens().subList(0, MAX_TOKENS) : a.tokens();
        List<NameToken> right = b.tokens().size() > MAX_TOKENS ? b.tokens().subList(0, MAX_TOKENS) : b.tokens();
        WordAlignment alignment = new WordAlignment(left, right, explain);
        alignment.alignSingleWords();
        alignment.alignJoinedWords(false);
        alignment.alignJoinedWords(true);
        if (a.schema() != Schema.PERSON && b.schema() != Schema.PERSON) {
            alignment.alignAcronyms(false);
            alignment.alignAcronyms(true);
        }
        alignment.score = alignment.scored(a, b);
        return alignment;
    }

    /** The score of the alignment, 0 to 1. */
    double score() {
        return score;
    }

    /** The score with its explanation; only for an alignment built to explain. */
    NameScore explanation() {
        return new NameScore(score, matches, unmatched(left, usedLeft), unmatched(right, usedRight), notes);
    }

    private void note(String note) {
        if (notes != null) {
            notes.add(note);
        }
    }

    private record Candidate(int i, int j, TokenComparison.Result result, double weight) {
    }

    private void alignSingleWords() {
        // Most word pairs do not agree at all, and most names have no agreeing pair: no list is
        // made until one agrees, and agreeing pairs are kept in order as they come.
        List<Candidate> candidates = null;
        for (int i = 0; i < left.size(); i++) {
            for (int j = 0; j < right.size(); j++) {
                TokenComparison.Result r = TokenComparison.compare(left.get(i), right.get(j));
                if (r != null) {
                    if (candidates == null) {
                        candidates = new ArrayList<>(4);
                    }
                    insertInOrder(candidates, new Candidate(i, j, r, left.get(i).weight() + right.get(j).weight()));
                }
            }
        }
        if (candidates == null) {
            return;
        }
        for (Candidate c : candidates) {
            if (usedLeft[c.i()] || usedRight[c.j()]) {
                continue;
            }
            usedLeft[c.i()] = true;
            usedRight[c.j()] = true;
            NameToken l = left.get(c.i());
            NameToken r = right.get(c.j());
            double sim = c.result().similarity();
            if (matches != null) {
                matches.add(new TokenMatch(l.text(), r.text(), c.result().kind(), sim));
            }
            matchCount++;
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

    /**
     * Strongest agreement first, then the heavier pair; pairs that tie keep the order in which
     * they were found, so the alignment does not depend on anything but the names.
     */
    private static void insertInOrder(List<Candidate> candidates, Candidate c) {
        int at = candidates.size();
        while (at > 0 && before(c, candidates.get(at - 1))) {
            at--;
        }
        candidates.add(at, c);
    }

    private static boolean before(Candidate c, Candidate other) {
        double sim = c.result().similarity();
        double otherSim = other.result().similarity();
        return sim > otherSim || sim == otherSim && c.weight() > other.weight();
    }

    /** Joins two adjacent unmatched words of one side to meet one unmatched word of the other. */
    private void alignJoinedWords(boolean joinRight) {
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
                if (matches != null) {
                    String joinedText = first.text() + " " + second.text();
                    matches.add(joinRight
                            ? new TokenMatch(otherSide.get(j).text(), joinedText, MatchKind.JOINED, sim)
                            : new TokenMatch(joinedText, otherSide.get(j).text(), MatchKind.JOINED, sim));
                }
                matchCount++;
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
    private void alignAcronyms(boolean acronymOnRight) {
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
            int minimum = matchCount == 0 ? 3 : 2;
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
            if (matches != null) {
                matches.add(acronymOnRight
                        ? new TokenMatch(runText.toString(), letters, MatchKind.ACRONYM, sim)
                        : new TokenMatch(letters, runText.toString(), MatchKind.ACRONYM, sim));
            }
            matchCount++;
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

    private double scored(NormalisedName a, NormalisedName b) {
        double coverageLeft = creditLeft / (totalWeight(left) + extraWeight[0]);
        double coverageRight = creditRight / (totalWeight(right) + extraWeight[1]);
        double better = Math.max(coverageLeft, coverageRight);
        double worse = Math.min(coverageLeft, coverageRight);
        double score = Math.min(1.0, BETTER_SIDE_WEIGHT * better + (1 - BETTER_SIDE_WEIGHT) * worse);
        if (hasUnmatched(left, usedLeft, TokenKind.GENERIC) && hasUnmatched(right, usedRight, TokenKind.GENERIC)) {
            // "Acme Trading"/"Acme Holding", "... in Tunisia"/"... in Algeria": the words that
            // describe the organisation disagree.
            score *= DESCRIPTION_CONFLICT_FACTOR;
            note("each name has a descriptive word the other lacks");
        }
        if (hasUnmatched(left, usedLeft, TokenKind.NAME) && hasUnmatched(right, usedRight, TokenKind.NAME)) {
            // Both names keep a distinctive word the other lacks: "Yasir ... al-Tikriti" and
            // "Bashar ... al-Tikriti" are brothers, not one man with a missing name.
            score *= CONFLICT_FACTOR;
            note("each name has a word the other lacks");
        }
        boolean organisations = a.schema() != Schema.PERSON && b.schema() != Schema.PERSON;
        // Organisations: descriptive words in common count half a distinctive word
        // ("Mizan Machinery Manufacturing" in "3M Mizan Machinery Manufacturing"), and the cap
        // is for a distinctive word left over ("Al-Qaida" against "Al-Qaida in the Arabian
        // Peninsula"), not for one spelt as a descriptive word on the other side
        // ("Electronics"/"Elektroniks"). People keep the strict rule: "J Smith" is not "John Smith".
        double units = organisations ? nameUnitsMatched + 0.5 * genericUnitsMatched : nameUnitsMatched;
        boolean leftOver = !organisations || hasUnmatched(left, usedLeft, TokenKind.NAME)
                || hasUnmatched(right, usedRight, TokenKind.NAME);
        if (units < 2 && leftOver && score > NameMatcher.SINGLE_WORD_CAP
                && Math.max(a.nameWordCount(), b.nameWordCount()) >= 2) {
            score = NameMatcher.SINGLE_WORD_CAP;
            note("capped: only one distinctive word in common");
        }
        if (notes == null) {
            return score;
        }
        if (!a.legalForms().isEmpty() || !b.legalForms().isEmpty()) {
            notes.add("legal forms set aside: " + String.join(" ", a.legalForms()) + " / "
                    + String.join(" ", b.legalForms()));
        }
        if (!a.honorifics().isEmpty() || !b.honorifics().isEmpty()) {
            notes.add("honorifics ignored: " + String.join(" ", a.honorifics()) + " / "
                    + String.join(" ", b.honorifics()));
        }
        return score;
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
