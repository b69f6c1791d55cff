package org.frontdoor.screening.similarity;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The fast paths of the comparators agree with the plain definitions. */
class ComparatorFastPathTest {

    @Test
    void levenshteinWithinGivesTheDistanceOrOneMoreThanTheLimit() {
        Random random = new Random(11);
        for (int n = 0; n < 20_000; n++) {
            String a = word(random);
            String b = random.nextBoolean() ? word(random) : mistyped(a, random);
            int distance = EditDistance.levenshtein(a, b);
            for (int limit = 0; limit <= 4; limit++) {
                assertThat(EditDistance.levenshteinWithin(a, b, limit)).as("%s / %s within %d", a, b, limit)
                        .isEqualTo(Math.min(distance, limit + 1));
            }
        }
    }

    @Test
    void jaroOfStringsOverSixtyFourCharactersTakesTheGeneralPathAlike() {
        // Words take a path with bit masks; longer strings the general one. One swap in every
        // ten letters costs the same share either way.
        String a = "abcdefghij".repeat(7);
        String b = "abcdefhgij".repeat(7);
        assertThat(JaroWinkler.jaro(a, a)).isEqualTo(1.0);
        assertThat(JaroWinkler.jaro(a, b)).isCloseTo(JaroWinkler.jaro(a.substring(0, 60), b.substring(0, 60)),
                org.assertj.core.api.Assertions.within(0.01));
    }

    private static String word(Random random) {
        StringBuilder w = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
            w.append((char) ('a' + random.nextInt(5)));
        }
        return w.toString();
    }

    private static String mistyped(String a, Random random) {
        StringBuilder w = new StringBuilder(a);
        for (int edits = random.nextInt(4); edits > 0; edits--) {
            int at = w.isEmpty() ? 0 : random.nextInt(w.length());
            switch (random.nextInt(3)) {
                case 0 -> w.insert(at, (char) ('a' + random.nextInt(5)));
                case 1 -> {
                    if (!w.isEmpty()) {
                        w.deleteCharAt(at);
                    }
                }
                default -> {
                    if (!w.isEmpty()) {
                        w.setCharAt(at, (char) ('a' + random.nextInt(5)));
                    }
                }
            }
        }
        return w.toString();
    }
}
