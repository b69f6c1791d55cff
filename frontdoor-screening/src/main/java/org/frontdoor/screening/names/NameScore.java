package org.frontdoor.screening.names;

import java.util.List;
import java.util.Locale;

/**
 * A name comparison result: a score in [0, 1] and the explanation behind it.
 *
 * @param score          1 for names that agree word for word, 0 for names with nothing in common
 * @param matches        the aligned word pairs
 * @param unmatchedLeft  words of the first name that found no partner
 * @param unmatchedRight words of the second name that found no partner
 * @param notes          adjustments applied, in plain words (e.g. a cap for a single shared word)
 */
public record NameScore(double score, List<TokenMatch> matches, List<String> unmatchedLeft,
                        List<String> unmatchedRight, List<String> notes) {

    public NameScore {
        matches = List.copyOf(matches);
        unmatchedLeft = List.copyOf(unmatchedLeft);
        unmatchedRight = List.copyOf(unmatchedRight);
        notes = List.copyOf(notes);
    }

    /** A score of 0 with a reason, for names that cannot be compared. */
    public static NameScore none(String reason) {
        return new NameScore(0.0, List.of(), List.of(), List.of(), List.of(reason));
    }

    /** A copy with another score and one more note; used for date-of-birth and country evidence. */
    public NameScore adjusted(double newScore, String note) {
        List<String> more = new java.util.ArrayList<>(notes);
        more.add(note);
        return new NameScore(Math.max(0.0, Math.min(1.0, newScore)), matches, unmatchedLeft, unmatchedRight, more);
    }

    /** One line for a caseworker: score, matched words, unmatched words, notes. */
    public String explain() {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "score %.3f", score));
        if (!matches.isEmpty()) {
            b.append("; matched: ");
            b.append(String.join(", ", matches.stream().map(TokenMatch::toString).toList()));
        }
        if (!unmatchedLeft.isEmpty()) {
            b.append("; only in first: ").append(String.join(" ", unmatchedLeft));
        }
        if (!unmatchedRight.isEmpty()) {
            b.append("; only in second: ").append(String.join(" ", unmatchedRight));
        }
        for (String note : notes) {
            b.append("; ").append(note);
        }
        return b.toString();
    }
}
