package org.frontdoor.linkage.compare;

import java.util.ArrayList;
import java.util.List;
import org.frontdoor.linkage.record.PersonField;
import org.frontdoor.linkage.record.PreparedRecord;

/**
 * Compares a normalised text field: exact, then optional Levenshtein and Jaro-Winkler thresholds, then
 * an optional "same leading part" level (a postcode's district, a phone's area), else. Configured by
 * the factory methods for each kind of field.
 */
public final class TextComparison implements Comparison {

    private final String name;
    private final PersonField field;
    private final int maxEdits;
    private final double[] jaroWinkler;
    private final int prefixLength;
    private final boolean termFrequency;
    private final List<String> labels;

    private TextComparison(String name, PersonField field, int maxEdits, double[] jaroWinkler, int prefixLength,
            boolean termFrequency) {
        this.name = name;
        this.field = field;
        this.maxEdits = maxEdits;
        this.jaroWinkler = jaroWinkler.clone();
        this.prefixLength = prefixLength;
        this.termFrequency = termFrequency;
        List<String> l = new ArrayList<>();
        l.add("exact");
        if (maxEdits > 0) {
            l.add("levenshtein<=" + maxEdits);
        }
        for (double t : jaroWinkler) {
            l.add("jaro-winkler>=" + t);
        }
        if (prefixLength > 0) {
            l.add("first " + prefixLength + " characters");
        }
        l.add("else");
        this.labels = List.copyOf(l);
    }

    /** Town, suburb or city: exact (frequency adjusted), Jaro-Winkler 0.9 and 0.8, else. */
    public static TextComparison locality() {
        return new TextComparison("locality", PersonField.LOCALITY, 0, new double[] {0.9, 0.8}, 0, true);
    }

    /** Postcode: exact, one edit, same leading half (district), else. */
    public static TextComparison postcode() {
        return new TextComparison("postcode", PersonField.POSTCODE, 1, new double[0], 3, false);
    }

    /** E-mail address: exact, two edits, Jaro-Winkler 0.9, else. */
    public static TextComparison email() {
        return new TextComparison("email", PersonField.EMAIL, 2, new double[] {0.9}, 0, false);
    }

    /** Phone number (last nine digits): exact, one edit, same first six digits, else. */
    public static TextComparison phone() {
        return new TextComparison("phone", PersonField.PHONE, 1, new double[0], 6, false);
    }

    /** National identifier: exact, one edit (a typo or a transposition counts as two), else. */
    public static TextComparison identifier() {
        return new TextComparison("identifier", PersonField.IDENTIFIER, 2, new double[0], 0, false);
    }

    /** State, county or region: exact, else. */
    public static TextComparison state() {
        return new TextComparison("state", PersonField.STATE, 0, new double[0], 0, false);
    }

    /** Gender: exact, else. */
    public static TextComparison gender() {
        return new TextComparison("gender", PersonField.GENDER, 0, new double[0], 0, false);
    }

    static boolean differOnlyInDigits(String x, String y) {
        int i = 0;
        int j = 0;
        boolean digitsDiffer = false;
        while (i < x.length() || j < y.length()) {
            boolean xDigit = i < x.length() && Character.isDigit(x.charAt(i));
            boolean yDigit = j < y.length() && Character.isDigit(y.charAt(j));
            if (xDigit || yDigit) {
                // Compare the digit runs at this point as whole strings.
                int xEnd = i;
                while (xEnd < x.length() && Character.isDigit(x.charAt(xEnd))) {
                    xEnd++;
                }
                int yEnd = j;
                while (yEnd < y.length() && Character.isDigit(y.charAt(yEnd))) {
                    yEnd++;
                }
                digitsDiffer |= !x.substring(i, xEnd).equals(y.substring(j, yEnd));
                i = xEnd;
                j = yEnd;
            } else if (i < x.length() && j < y.length() && x.charAt(i) == y.charAt(j)) {
                i++;
                j++;
            } else {
                return false;
            }
        }
        return digitsDiffer;
    }

    @Override
    public String name() {
        return name;
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
        return termFrequency;
    }

    @Override
    public int level(PreparedRecord a, PreparedRecord b) {
        String x = a.text(field);
        String y = b.text(field);
        if (x == null || y == null) {
            return MISSING;
        }
        if (x.equals(y)) {
            return 1;
        }
        if (field == PersonField.EMAIL && differOnlyInDigits(x, y)) {
            // john.smith12@ and john.smith33@ are two people's accounts far more often than one person's typo,
            // and names already carry the letters' evidence: count it as disagreement, not a near miss.
            return labels.size();
        }
        int level = 2;
        if (maxEdits > 0) {
            if (Levenshtein.within(x, y, maxEdits)) {
                return level;
            }
            level++;
        }
        if (jaroWinkler.length > 0) {
            double lowest = jaroWinkler[jaroWinkler.length - 1];
            double similarity = JaroWinkler.upperBound(x, y) < lowest ? 0.0 : JaroWinkler.similarity(x, y);
            for (double threshold : jaroWinkler) {
                if (similarity >= threshold) {
                    return level;
                }
                level++;
            }
        }
        if (prefixLength > 0) {
            if (x.length() >= prefixLength && y.length() >= prefixLength && x.regionMatches(0, y, 0, prefixLength)) {
                return level;
            }
            level++;
        }
        return level;
    }
}
