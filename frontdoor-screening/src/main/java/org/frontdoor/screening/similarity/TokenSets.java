package org.frontdoor.screening.similarity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Set-based similarity over whitespace-separated words. */
public final class TokenSets {

    private TokenSets() {
    }

    /**
     * Jaccard index of the sets of whitespace-separated words of {@code a} and {@code b}: size of
     * the intersection over size of the union; 0 when both are empty.
     */
    public static double jaccard(String a, String b) {
        Set<String> left = words(a);
        Set<String> right = words(b);
        Set<String> union = new HashSet<>(left);
        union.addAll(right);
        if (union.isEmpty()) {
            return 0.0;
        }
        left.retainAll(right);
        return (double) left.size() / union.size();
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String w : List.of(text.trim().split("\\s+"))) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }
}
