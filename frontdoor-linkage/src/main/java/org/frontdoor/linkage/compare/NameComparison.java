package org.frontdoor.linkage.compare;

import java.util.ArrayList;
import java.util.List;
import org.frontdoor.linkage.record.PersonField;
import org.frontdoor.linkage.record.PreparedRecord;

/**
 * Compares given names or surnames with name-aware levels: exact (term-frequency adjusted), given name and
 * surname swapped, allowing a typo in each (given names only; the surname comparison then abstains so the
 * evidence counts once), same
 * name through the nickname table (given names only), Levenshtein distance 1, Jaro-Winkler thresholds,
 * initial only (given names only), else.
 */
public final class NameComparison implements Comparison {

    private final PersonField field;
    private final boolean given;
    private final List<String> labels;

    private NameComparison(PersonField field) {
        this.field = field;
        this.given = field == PersonField.GIVEN_NAME;
        List<String> l = new ArrayList<>(List.of("exact"));
        if (given) {
            l.add("swapped with surname");
            l.add("nickname");
        }
        l.addAll(List.of("levenshtein<=1", "jaro-winkler>=0.9", "jaro-winkler>=0.8"));
        if (given) {
            l.add("initial");
        }
        l.add("else");
        this.labels = List.copyOf(l);
    }

    /** Comparison of given names. */
    public static NameComparison givenName() {
        return new NameComparison(PersonField.GIVEN_NAME);
    }

    /** Comparison of surnames. */
    public static NameComparison surname() {
        return new NameComparison(PersonField.SURNAME);
    }

    @Override
    public String name() {
        return field.key();
    }

    @Override
    public PersonField field() {
        return field;
    }

    @Override
    public List<String> levelLabels() {
        return labels;
    }

    @Override
    public boolean termFrequencyAdjusted() {
        return true;
    }

    @Override
    public int level(PreparedRecord a, PreparedRecord b) {
        String x = given ? a.givenName() : a.surname();
        String y = given ? b.givenName() : b.surname();
        if (x == null || y == null) {
            return MISSING;
        }
        if (x.equals(y)) {
            return 1;
        }
        if (swapped(a, b)) {
            // The given-name comparison carries the evidence of swapped names once, for both fields.
            return given ? 2 : MISSING;
        }
        int next = 2;
        if (given) {
            if (a.givenRoot().equals(b.givenRoot())) {
                return 3;
            }
            next = 4;
        }
        if (Levenshtein.within(x, y, 1)) {
            return next;
        }
        double jw = JaroWinkler.similarity(x, y);
        if (jw >= 0.9) {
            return next + 1;
        }
        if (jw >= 0.8) {
            return next + 2;
        }
        if (given && (x.length() == 1 || y.length() == 1) && x.charAt(0) == y.charAt(0)) {
            return next + 3;
        }
        return labels.size();
    }

    private boolean swapped(PreparedRecord a, PreparedRecord b) {
        String mine = given ? a.givenName() : a.surname();
        String theirs = given ? b.surname() : b.givenName();
        String other = given ? a.surname() : a.givenName();
        String otherTheirs = given ? b.givenName() : b.surname();
        // Both directions must line up, otherwise a surname that happens to be a first name (e.g. "James") would
        // count. Each direction may carry a typo: names typed into the wrong boxes are typed no more carefully.
        return mine != null && theirs != null && other != null && otherTheirs != null
                && !(mine.equals(other) && theirs.equals(otherTheirs))
                && similar(mine, theirs) && similar(other, otherTheirs);
    }

    private static boolean similar(String x, String y) {
        return x.equals(y) || Levenshtein.within(x, y, 1)
                || (JaroWinkler.upperBound(x, y) >= 0.9 && JaroWinkler.similarity(x, y) >= 0.9);
    }
}
