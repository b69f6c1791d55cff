package org.frontdoor.diligence.internal.funding;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * How alike two descriptions of what money is for are, in a way a caseworker can check by eye: each
 * text becomes the set of its content words' stems, and the score is the cosine of the two sets
 * (shared stems divided by the geometric mean of the two set sizes, 0 to 1). A short 360Giving title
 * against a long application summary is not punished as it would be by the share of all words
 * (Jaccard), and no corpus statistics are needed, so the score of a pair never changes when other
 * grants are imported. The shared words are the explanation.
 *
 * <p>Stop words include the words every grant text uses (grant, fund, project, community, ...): they
 * say nothing about the purpose and would make unrelated grants look alike.
 */
final class PurposeSimilarity {

    /** Enough text to describe any purpose; bounds the work on hostile input. */
    static final int MAX_TEXT = 10_000;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Set<String> STOP = Set.of(
            "a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been", "being", "but", "by",
            "can", "could", "do", "each", "for", "from", "had", "has", "have", "her", "his", "how", "i", "in", "into", "is",
            "it", "its", "more", "most", "my", "no", "not", "of", "on", "or", "other", "our", "out", "over", "per", "so",
            "some", "such", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "those", "to",
            "up", "us", "use", "used", "using", "very", "was", "we", "were", "what", "when", "where", "which", "who", "whom",
            "why", "will", "with", "would", "you", "your",
            // Words of every grant application, whatever it is for.
            "grant", "grants", "fund", "funds", "funding", "funded", "project", "projects", "programme", "support",
            "supporting", "help", "helping", "provide", "providing", "new", "community", "communities", "local", "people",
            "year", "years", "organisation", "charity", "towards", "pay", "cost", "costs");

    private PurposeSimilarity() {
    }

    /**
     * The score and the shared words of two texts, each shared word as the first text wrote it.
     *
     * @return a score of 0 with no shared words when either text has no content words
     */
    static Likeness of(String one, String other) {
        Map<String, String> a = stems(one);
        Map<String, String> b = stems(other);
        if (a.isEmpty() || b.isEmpty()) {
            return new Likeness(0, new TreeSet<>());
        }
        var shared = new TreeSet<String>();
        a.forEach((stem, word) -> {
            if (b.containsKey(stem)) {
                shared.add(word);
            }
        });
        double score = shared.size() / Math.sqrt((double) a.size() * b.size());
        return new Likeness(score, shared);
    }

    /** The distinct stems of the content words of a text, each with the first word that had it. */
    static Map<String, String> stems(String text) {
        var stems = new HashMap<String, String>();
        if (text == null || text.isBlank()) {
            return stems;
        }
        String bounded = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        String folded = MARKS.matcher(Normalizer.normalize(bounded, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT);
        for (String word : NOT_WORD.split(folded)) {
            if (word.length() > 1 && word.length() <= 40 && !STOP.contains(word)) {
                String stem = stem(word);
                if (stem.length() > 1 && !STOP.contains(stem)) {
                    stems.putIfAbsent(stem, word);
                }
            }
        }
        return stems;
    }

    /**
     * A light English stemmer: plural and verb endings only (roofs → roof, repairing and repaired →
     * repair, libraries → library). Stronger stemmers conflate words a caseworker would not
     * (university and universe), which makes the evidence harder to trust.
     */
    static String stem(String word) {
        String stem = suffixless(word);
        // replace, replacing and replaced meet at replac; village and villages at villag.
        return stem.length() > 4 && stem.endsWith("e") ? stem.substring(0, stem.length() - 1) : stem;
    }

    private static String suffixless(String word) {
        String w = word;
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("sses")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("ing") && w.length() > 5) {
            return undouble(w.substring(0, w.length() - 3));
        }
        if (w.endsWith("ed") && w.length() > 4) {
            return undouble(w.substring(0, w.length() - 2));
        }
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is") && w.length() > 3) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** fitting → fitt → fit; but fill stays fill. */
    private static String undouble(String stem) {
        int n = stem.length();
        if (n > 3 && stem.charAt(n - 1) == stem.charAt(n - 2) && "bdgmnprt".indexOf(stem.charAt(n - 1)) >= 0) {
            return stem.substring(0, n - 1);
        }
        return stem;
    }

    /**
     * @param score  0 (nothing shared) to 1 (the same content words)
     * @param shared the words both texts have (by stem), as the first text wrote them, in alphabetical order
     */
    record Likeness(double score, SortedSet<String> shared) {

        /** The score to two decimals, as evidence shows it. */
        String rounded() {
            return String.format(Locale.ROOT, "%.2f", score);
        }
    }
}
