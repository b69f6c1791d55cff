package org.frontdoor.screening.similarity;

/**
 * Edit distances between strings, counted in UTF-16 code units.
 *
 * <p>Levenshtein counts insertions, deletions and substitutions; Damerau-Levenshtein also counts
 * a swap of two adjacent characters as one edit (the commonest typing error), without the
 * "optimal string alignment" restriction; Hamming counts differing positions plus the length
 * difference.
 */
public final class EditDistance {

    private EditDistance() {
    }

    /** Levenshtein distance, using two rows of memory. */
    public static int levenshtein(CharSequence a, CharSequence b) {
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
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= lb; j++) {
                int cost = ca == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[lb];
    }

    /**
     * Levenshtein distance, giving up early: returns {@code limit + 1} as soon as the distance is
     * known to exceed {@code limit}. Cheap rejection matters in the screening hot path.
     */
    public static int levenshteinWithin(CharSequence a, CharSequence b, int limit) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > limit) {
            return limit + 1;
        }
        if (la == 0 || lb == 0) {
            return Math.max(la, lb);
        }
        if (missingCharacters(a, b) > limit) {
            return limit + 1;
        }
        // Cell (i, j) holds at least |i - j|, so only the band of cells within the limit of the
        // diagonal can lead to a distance within it: the rest are never computed and read as
        // limit + 1. Every value is capped at limit + 1, which leaves the answer unchanged.
        int over = limit + 1;
        int[] previous = new int[lb + 1];
        int[] current = new int[lb + 1];
        for (int j = 0; j <= lb; j++) {
            previous[j] = Math.min(j, over);
        }
        for (int i = 1; i <= la; i++) {
            int from = Math.max(1, i - limit);
            int to = Math.min(lb, i + limit);
            current[from - 1] = from == 1 ? Math.min(i, over) : over;
            int rowMin = current[from - 1];
            char ca = a.charAt(i - 1);
            for (int j = from; j <= to; j++) {
                int cost = ca == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                v = Math.min(v, over);
                current[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (to < lb) {
                current[to + 1] = over;  // read by the next row as the cell above its last one
            }
            if (rowMin > limit) {
                return over;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[lb];
    }

    /**
     * A lower bound of the Levenshtein distance that settles most pairs of unrelated words
     * before any table is filled: each character of one string that the other lacks needs an edit
     * of its own. Characters are told apart by their value modulo 64 (a shift of a long); two
     * that share it are taken as one, which can only lower the bound.
     */
    private static int missingCharacters(CharSequence a, CharSequence b) {
        long inA = 0;
        for (int i = 0; i < a.length(); i++) {
            inA |= 1L << a.charAt(i);
        }
        long inB = 0;
        for (int j = 0; j < b.length(); j++) {
            inB |= 1L << b.charAt(j);
        }
        return Math.max(Long.bitCount(inA & ~inB), Long.bitCount(inB & ~inA));
    }

    /** Unrestricted Damerau-Levenshtein distance (Lowrance-Wagner). */
    public static int damerauLevenshtein(CharSequence a, CharSequence b) {
        int la = a.length();
        int lb = b.length();
        int infinity = la + lb;
        int[][] d = new int[la + 2][lb + 2];
        d[0][0] = infinity;
        for (int i = 0; i <= la; i++) {
            d[i + 1][0] = infinity;
            d[i + 1][1] = i;
        }
        for (int j = 0; j <= lb; j++) {
            d[0][j + 1] = infinity;
            d[1][j + 1] = j;
        }
        java.util.Map<Character, Integer> lastRow = new java.util.HashMap<>();
        for (int i = 1; i <= la; i++) {
            int lastMatchColumn = 0;
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= lb; j++) {
                char cb = b.charAt(j - 1);
                int i1 = lastRow.getOrDefault(cb, 0);
                int j1 = lastMatchColumn;
                int cost = 1;
                if (ca == cb) {
                    cost = 0;
                    lastMatchColumn = j;
                }
                d[i + 1][j + 1] = Math.min(Math.min(d[i][j] + cost, d[i + 1][j] + 1),
                        Math.min(d[i][j + 1] + 1, d[i1][j1] + (i - i1 - 1) + 1 + (j - j1 - 1)));
            }
            lastRow.put(ca, i);
        }
        return d[la + 1][lb + 1];
    }

    /** Hamming distance; the length difference counts as that many differing positions. */
    public static int hamming(CharSequence a, CharSequence b) {
        int shorter = Math.min(a.length(), b.length());
        int distance = Math.abs(a.length() - b.length());
        for (int i = 0; i < shorter; i++) {
            if (a.charAt(i) != b.charAt(i)) {
                distance++;
            }
        }
        return distance;
    }
}
