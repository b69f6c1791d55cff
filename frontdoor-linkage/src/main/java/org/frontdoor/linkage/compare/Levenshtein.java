package org.frontdoor.linkage.compare;

/** Levenshtein edit distance (insertions, deletions, substitutions each cost 1). */
public final class Levenshtein {

    private Levenshtein() {
    }

    /** The edit distance between two strings. */
    public static int distance(CharSequence a, CharSequence b) {
        int la = a.length();
        int lb = b.length();
        if (la == 0) {
            return lb;
        }
        if (lb == 0) {
            return la;
        }
        int[] previous = new int[lb + 1];
        int[] current = new int[lb + 1];
        for (int j = 0; j <= lb; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= la; i++) {
            current[0] = i;
            char c = a.charAt(i - 1);
            for (int j = 1; j <= lb; j++) {
                int substitution = previous[j - 1] + (c == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[lb];
    }

    /**
     * True when the distance is at most {@code max}. Cheap for the small thresholds used in comparison
     * levels: it rejects on the length difference first and stops as soon as a row exceeds the bound.
     */
    public static boolean within(CharSequence a, CharSequence b, int max) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > max) {
            return false;
        }
        if (la == 0 || lb == 0) {
            return Math.max(la, lb) <= max;
        }
        if (max == 1) {
            return withinOne(a, b, la, lb);
        }
        // Only cells within max of the diagonal can lead to a distance of at most max, so each row computes a
        // band of 2 * max + 1 cells; everything outside counts as max + 1.
        int outside = max + 1;
        int[] previous = new int[lb + 1];
        int[] current = new int[lb + 1];
        for (int j = 0; j <= lb; j++) {
            previous[j] = j <= max ? j : outside;
        }
        for (int i = 1; i <= la; i++) {
            int from = Math.max(1, i - max);
            int to = Math.min(lb, i + max);
            current[from - 1] = from == 1 ? Math.min(i, outside) : outside;
            int rowMin = current[from - 1];
            char c = a.charAt(i - 1);
            for (int j = from; j <= to; j++) {
                int substitution = previous[j - 1] + (c == b.charAt(j - 1) ? 0 : 1);
                int value = Math.min(outside, Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1));
                current[j] = value;
                rowMin = Math.min(rowMin, value);
            }
            if (to < lb) {
                current[to + 1] = outside;
            }
            if (rowMin > max) {
                return false;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[lb] <= max;
    }

    /** Distance at most one without a matrix: the common case for names, postcodes and phones. */
    private static boolean withinOne(CharSequence a, CharSequence b, int la, int lb) {
        if (la < lb) {
            return withinOne(b, a, lb, la);
        }
        int i = 0;
        while (i < lb && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (i == lb) {
            return true;
        }
        // Skip the one differing character: in both strings for a substitution, in the longer for a deletion.
        int x = i + 1;
        int y = la == lb ? i + 1 : i;
        while (x < la && y < lb) {
            if (a.charAt(x++) != b.charAt(y++)) {
                return false;
            }
        }
        return x == la && y == lb;
    }
}
