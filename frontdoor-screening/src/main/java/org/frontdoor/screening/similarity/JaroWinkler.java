package org.frontdoor.screening.similarity;

/**
 * Jaro and Jaro-Winkler similarity.
 *
 * <p>The Winkler prefix bonus rewards a shared beginning of up to four characters, which suits
 * personal names: typing errors cluster at the end, and transliteration variants usually agree on
 * the first letters. All methods return a value in [0, 1]; two empty strings score 0.
 */
public final class JaroWinkler {

    private static final double PREFIX_SCALE = 0.1;
    private static final double BOOST_THRESHOLD = 0.7;

    private JaroWinkler() {
    }

    /** Jaro similarity of {@code a} and {@code b}, case-sensitive. */
    public static double jaro(CharSequence a, CharSequence b) {
        int la = a.length();
        int lb = b.length();
        if (la == 0 || lb == 0) {
            return 0.0;
        }
        if (la <= Long.SIZE && lb <= Long.SIZE) {
            return jaroOfWords(a, b, la, lb);
        }
        int window = Math.max(0, Math.max(la, lb) / 2 - 1);
        boolean[] matchedA = new boolean[la];
        boolean[] matchedB = new boolean[lb];
        int matches = 0;
        for (int i = 0; i < la; i++) {
            int from = Math.max(0, i - window);
            int to = Math.min(lb - 1, i + window);
            char c = a.charAt(i);
            for (int j = from; j <= to; j++) {
                if (!matchedB[j] && b.charAt(j) == c) {
                    matchedA[i] = true;
                    matchedB[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0.0;
        }
        int halfTranspositions = 0;
        int k = 0;
        for (int i = 0; i < la; i++) {
            if (matchedA[i]) {
                while (!matchedB[k]) {
                    k++;
                }
                if (a.charAt(i) != b.charAt(k)) {
                    halfTranspositions++;
                }
                k++;
            }
        }
        double m = matches;
        return (m / la + m / lb + (m - halfTranspositions / 2) / m) / 3.0;
    }

    /**
     * {@link #jaro} for strings of at most 64 characters, every name word: the matched positions
     * are kept as bits of two longs, so the screening hot path allocates nothing here. Same
     * arithmetic as the general case, so the same result to the last bit.
     */
    private static double jaroOfWords(CharSequence a, CharSequence b, int la, int lb) {
        int window = Math.max(0, Math.max(la, lb) / 2 - 1);
        long matchedA = 0;
        long matchedB = 0;
        int matches = 0;
        for (int i = 0; i < la; i++) {
            int from = Math.max(0, i - window);
            int to = Math.min(lb - 1, i + window);
            char c = a.charAt(i);
            for (int j = from; j <= to; j++) {
                if ((matchedB & (1L << j)) == 0 && b.charAt(j) == c) {
                    matchedA |= 1L << i;
                    matchedB |= 1L << j;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0.0;
        }
        int halfTranspositions = 0;
        long restA = matchedA;
        long restB = matchedB;
        while (restA != 0) {
            int i = Long.numberOfTrailingZeros(restA);
            int k = Long.numberOfTrailingZeros(restB);
            if (a.charAt(i) != b.charAt(k)) {
                halfTranspositions++;
            }
            restA &= restA - 1;
            restB &= restB - 1;
        }
        double m = matches;
        return (m / la + m / lb + (m - halfTranspositions / 2) / m) / 3.0;
    }

    /** Jaro-Winkler similarity with the standard prefix scale 0.1 over at most four characters. */
    public static double similarity(CharSequence a, CharSequence b) {
        return similarity(a, b, false);
    }

    /**
     * Jaro-Winkler similarity; with {@code longTolerance} the extra adjustment for long strings
     * (both longer than four characters with enough agreeing characters beyond the prefix) is
     * applied, as in the original Winkler code.
     */
    public static double similarity(CharSequence a, CharSequence b, boolean longTolerance) {
        double jaro = jaro(a, b);
        if (jaro <= BOOST_THRESHOLD) {
            return jaro;
        }
        int limit = Math.min(4, Math.min(a.length(), b.length()));
        int prefix = 0;
        while (prefix < limit && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        double weight = jaro + prefix * PREFIX_SCALE * (1.0 - jaro);
        if (longTolerance) {
            int minLen = Math.min(a.length(), b.length());
            int common = commonWithinWindow(a, b);
            if (minLen > 4 && common > prefix + 1 && 2 * common >= minLen + prefix) {
                weight += (1.0 - weight) * (common - prefix - 1.0)
                        / (a.length() + b.length() - prefix * 2.0 + 2.0);
            }
        }
        return weight;
    }

    private static int commonWithinWindow(CharSequence a, CharSequence b) {
        int la = a.length();
        int lb = b.length();
        int window = Math.max(0, Math.max(la, lb) / 2 - 1);
        boolean[] matchedB = new boolean[lb];
        int matches = 0;
        for (int i = 0; i < la; i++) {
            int from = Math.max(0, i - window);
            int to = Math.min(lb - 1, i + window);
            for (int j = from; j <= to; j++) {
                if (!matchedB[j] && b.charAt(j) == a.charAt(i)) {
                    matchedB[j] = true;
                    matches++;
                    break;
                }
            }
        }
        return matches;
    }
}
