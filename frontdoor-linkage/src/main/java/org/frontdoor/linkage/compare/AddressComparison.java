package org.frontdoor.linkage.compare;

import java.util.List;
import org.frontdoor.linkage.record.PersonField;
import org.frontdoor.linkage.record.PreparedRecord;

/**
 * Compares addresses as sets of normalised words, so that a missing flat line or reordered lines still
 * agree partially. Two words agree when equal or, for words of four letters or more, when their
 * Jaro-Winkler similarity is at least 0.9 (typos). Levels: exact, at least 80% of words agree, at least
 * half, any word, else.
 */
public final class AddressComparison implements Comparison {

    private static final List<String> LABELS = List.of(
            "exact", "words agree>=0.8", "words agree>=0.5", "some word agrees", "else");

    @Override
    public String name() {
        return "address";
    }

    @Override
    public PersonField field() {
        return PersonField.ADDRESS;
    }

    @Override
    public List<String> levelLabels() {
        return LABELS;
    }

    @Override
    public int level(PreparedRecord a, PreparedRecord b) {
        if (a.address() == null || b.address() == null) {
            return MISSING;
        }
        if (a.address().equals(b.address())) {
            return 1;
        }
        double overlap = wordOverlap(a.addressTokens(), b.addressTokens());
        if (overlap >= 0.8) {
            return 2;
        }
        if (overlap >= 0.5) {
            return 3;
        }
        return overlap > 0 ? 4 : 5;
    }

    /** Share of words agreeing, relative to the longer address. */
    static double wordOverlap(String[] x, String[] y) {
        int agreeing = 0;
        for (String word : x) {
            for (String other : y) {
                // Words whose lengths differ by more than two are never typo variants worth the Jaro-Winkler call.
                if (word.equals(other) || (word.length() >= 4 && other.length() >= 4
                        && Math.abs(word.length() - other.length()) <= 2
                        && JaroWinkler.upperBound(word, other) >= 0.9
                        && JaroWinkler.similarity(word, other) >= 0.9)) {
                    agreeing++;
                    break;
                }
            }
        }
        return (double) agreeing / Math.max(x.length, y.length);
    }
}
