package org.frontdoor.linkage.compare;

/**
 * Jaro and Jaro-Winkler similarity (0 to 1), as defined by Winkler (1990): matching window of
 * max(length)/2 - 1, common-prefix bonus of 0.1 per character for up to four characters, applied only
 * when the Jaro similarity exceeds 0.7. An empty string is similar to nothing.
 */
public final class JaroWinkler {

    private JaroWinkler() {
    }

    /** Jaro similarity of two strings. */
    public static double jaro(CharSequence a, CharSequence b) {
        int la = a.length();
        int lb = b.length();
        if (la == 0 || lb == 0) {
            return 0.0;
        }
        int window = Math.max(0, Math.max(la, lb) / 2 - 1);
        // Bit sets in longs keep this allocation-free for names and addresses up to 64 characters.
        if (la <= 64 && lb <= 64 && a instanceof String x && b instanceof String y) {
            return jaroShort(x, y, la, lb, window);
        }
        boolean[] usedA = new boolean[la];
        boolean[] usedB = new boolean[lb];
        int matches = 0;
        for (int i = 0; i < la; i++) {
            int from = Math.max(0, i - window);
            int to = Math.min(lb - 1, i + window);
            char c = a.charAt(i);
            for (int j = from; j <= to; j++) {
                if (!usedB[j] && b.charAt(j) == c) {
                    usedA[i] = true;
                    usedB[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0.0;
        }
        int transpositions = 0;
        int k = 0;
        for (int i = 0; i < la; i++) {
            if (usedA[i]) {
                while (!usedB[k]) {
                    k++;
                }
                if (a.charAt(i) != b.charAt(k)) {
                    transpositions++;
                }
                k++;
            }
        }
        return score(matches, transpositions / 2, la, lb);
    }

    private static double jaroShort(String a, String b, int la, int lb, int window) {
        long usedA = 0;
        long usedB = 0;
        int matches = 0;
        for (int i = 0; i < la; i++) {
            int from = Math.max(0, i - window);
            int to = Math.min(lb - 1, i + window);
            char c = a.charAt(i);
            for (int j = from; j <= to; j++) {
                if ((usedB & (1L << j)) == 0 && b.charAt(j) == c) {
                    usedA |= 1L << i;
                    usedB |= 1L << j;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0.0;
        }
        int transpositions = 0;
        int k = 0;
        for (int i = 0; i < la; i++) {
            if ((usedA & (1L << i)) != 0) {
                while ((usedB & (1L << k)) == 0) {
                    k++;
                }
                if (a.charAt(i) != b.charAt(k)) {
                    transpositions++;
                }
                k++;
            }
        }
        return score(matches, transpositions / 2, la, lb);
    }

    private static double score(int m, int t, int la, int lb) {
        return ((double) m / la + (double) m / lb + (double) (m - t) / m) / 3.0;
    }

    /**
     * An upper bound of {@link #similarity}, computed in linear time without allocating: every matched character
     * of one string must occur somewhere in the other, so counting those characters bounds the number of
     * matches from above. Comparisons call it first to skip the full computation for clearly different values
     * (different people's e-mail addresses, mostly).
     */
    public static double upperBound(CharSequence a, CharSequence b) {
        int la = a.length();
        int lb = b.length();
        if (la == 0 || lb == 0) {
            return 0.0;
        }
        long a0 = 0;
        long a1 = 0;
        long b0 = 0;
        long b1 = 0;
        for (int i = 0; i < la; i++) {
            int c = Math.min(a.charAt(i), 127);
            if (c < 64) {
                a0 |= 1L << c;
            } else {
                a1 |= 1L << (c - 64);
            }
        }
        for (int j = 0; j < lb; j++) {
            int c = Math.min(b.charAt(j), 127);
            if (c < 64) {
                b0 |= 1L << c;
            } else {
                b1 |= 1L << (c - 64);
            }
        }
        int inB = 0;
        for (int i = 0; i < la; i++) {
            int c = Math.min(a.charAt(i), 127);
            // Characters above 127 share one bucket, which only loosens the bound.
            if (c < 64 ? (b0 & (1L << c)) != 0 : (b1 & (1L << (c - 64))) != 0) {
                inB++;
            }
        }
        int inA = 0;
        for (int j = 0; j < lb; j++) {
            int c = Math.min(b.charAt(j), 127);
            if (c < 64 ? (a0 & (1L << c)) != 0 : (a1 & (1L << (c - 64))) != 0) {
                inA++;
            }
        }
        int m = Math.min(inA, inB);
        if (m == 0) {
            return 0.0;
        }
        double jaro = ((double) m / la + (double) m / lb + 1.0) / 3.0;
        int limit = Math.min(4, Math.min(la, lb));
        int prefix = 0;
        while (prefix < limit && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1.0 - jaro);
    }

    /** Jaro-Winkler similarity of two strings. */
    public static double similarity(CharSequence a, CharSequence b) {
        double jaro = jaro(a, b);
        if (jaro <= 0.7) {
            return jaro;
        }
        int limit = Math.min(4, Math.min(a.length(), b.length()));
        int prefix = 0;
        while (prefix < limit && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1.0 - jaro);
    }
}
