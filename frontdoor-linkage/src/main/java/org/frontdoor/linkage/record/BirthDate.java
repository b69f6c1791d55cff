package org.frontdoor.linkage.record;

/**
 * A date of birth as year, month and day components, each 0 when unknown. Parsing is lenient on purpose:
 * a typed-in 31/02 is evidence worth comparing, so components are kept even when the calendar date is invalid.
 *
 * @param year  four-digit year or 0
 * @param month 1-12 or 0
 * @param day   1-31 or 0
 */
public record BirthDate(int year, int month, int day) {

    /** The unknown date. */
    public static final BirthDate UNKNOWN = new BirthDate(0, 0, 0);

    /**
     * Parses yyyymmdd, yyyy-mm-dd (any separator, optional time), dd/mm/yyyy, mm/dd/yyyy when the
     * first number cannot be a month, or a bare year. Two-digit years pivot at 30 (30 means 1930).
     * Returns {@link #UNKNOWN} when nothing sensible can be read.
     */
    public static BirthDate parse(String raw) {
        if (raw == null) {
            return UNKNOWN;
        }
        String s = raw.trim();
        int[] parts = new int[3];
        int[] lengths = new int[3];
        int count = 0;
        int i = 0;
        while (i < s.length() && count < 3) {
            if (!Character.isDigit(s.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            int value = 0;
            while (i < s.length() && Character.isDigit(s.charAt(i)) && i - start < 9) {
                value = value * 10 + (s.charAt(i) - '0');
                i++;
            }
            parts[count] = value;
            lengths[count] = i - start;
            count++;
        }
        if (count == 1 && lengths[0] == 8) {
            int v = parts[0];
            int first4 = v / 10000;
            if (first4 >= 1000) {
                return of(first4, v / 100 % 100, v % 100);
            }
            return of(v % 10000, v / 10000 % 100, v / 1000000);
        }
        if (count == 1 && lengths[0] == 4) {
            return of(parts[0], 0, 0);
        }
        if (count < 3) {
            return UNKNOWN;
        }
        if (lengths[0] == 4) {
            return of(parts[0], parts[1], parts[2]);
        }
        int year = lengths[2] <= 2 ? pivot(parts[2]) : parts[2];
        if (parts[0] <= 12 || parts[1] > 12) {
            return parts[1] > 12 && parts[0] <= 12 ? of(year, parts[0], parts[1]) : of(year, parts[1], parts[0]);
        }
        return of(year, parts[1], parts[0]);
    }

    /** Builds a date from separately stored components, any of which may be null or unreadable. */
    public static BirthDate fromParts(String year, String month, String day) {
        int y = number(year);
        if (y > 0 && y < 100) {
            y = pivot(y);
        }
        return of(y, number(month), number(day));
    }

    private static BirthDate of(int year, int month, int day) {
        if (year <= 0) {
            return UNKNOWN;
        }
        return new BirthDate(year, month > 99 ? 0 : month, day > 99 ? 0 : day);
    }

    private static int pivot(int twoDigits) {
        return twoDigits < 30 ? 2000 + twoDigits : 1900 + twoDigits;
    }

    private static int number(String raw) {
        String d = TextNormalisation.digits(raw);
        if (d == null || d.length() > 6) {
            return 0;
        }
        return Integer.parseInt(d);
    }
}
