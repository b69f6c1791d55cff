package org.frontdoor.linkage.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.frontdoor.linkage.io.ConformanceVectors;
import org.junit.jupiter.api.Test;

class LevenshteinTest {

    @Test
    void matchesConformanceVectors() {
        for (String[] v : ConformanceVectors.load("levenshtein.csv")) {
            assertThat(Levenshtein.distance(v[0], v[1])).as("%s / %s", v[0], v[1]).isEqualTo(Integer.parseInt(v[2]));
        }
    }

    @Test
    void boundedCheckAgreesWithDistanceOnEveryShortPair() {
        String[] words = {"", "a", "ab", "ba", "abc", "acb", "abd", "abcd", "xbcd", "bcd", "smith", "smyth", "smiths",
                "simth", "jon", "john", "joan"};
        for (String a : words) {
            for (String b : words) {
                int distance = Levenshtein.distance(a, b);
                for (int max = 0; max <= 3; max++) {
                    assertThat(Levenshtein.within(a, b, max)).as("%s / %s <= %d", a, b, max)
                            .isEqualTo(distance <= max);
                }
            }
        }
    }

    @Test
    void bandedCheckAgreesWithDistanceOnLongerRandomStrings() {
        java.util.Random random = new java.util.Random(11);
        for (int n = 0; n < 5_000; n++) {
            String a = randomWord(random);
            String b = random.nextBoolean() ? mutate(a, random) : randomWord(random);
            int distance = Levenshtein.distance(a, b);
            for (int max = 0; max <= 4; max++) {
                assertThat(Levenshtein.within(a, b, max)).as("%s / %s <= %d", a, b, max).isEqualTo(distance <= max);
            }
        }
    }

    private static String randomWord(java.util.Random random) {
        StringBuilder s = new StringBuilder();
        int length = random.nextInt(30);
        for (int i = 0; i < length; i++) {
            s.append((char) ('a' + random.nextInt(4)));
        }
        return s.toString();
    }

    private static String mutate(String word, java.util.Random random) {
        StringBuilder s = new StringBuilder(word);
        for (int edits = random.nextInt(4); edits > 0; edits--) {
            int i = s.isEmpty() ? 0 : random.nextInt(s.length());
            switch (random.nextInt(3)) {
                case 0 -> s.insert(i, (char) ('a' + random.nextInt(4)));
                case 1 -> {
                    if (!s.isEmpty()) {
                        s.deleteCharAt(i);
                    }
                }
                default -> {
                    if (!s.isEmpty()) {
                        s.setCharAt(i, (char) ('a' + random.nextInt(4)));
                    }
                }
            }
        }
        return s.toString();
    }
}
