package org.frontdoor.linkage.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.frontdoor.linkage.io.ConformanceVectors;
import org.junit.jupiter.api.Test;

class JaroWinklerTest {

    @Test
    void matchesJaroWinklerConformanceVectors() {
        List<String[]> vectors = ConformanceVectors.load("jaro_winkler.csv");
        assertThat(vectors).hasSizeGreaterThan(10);
        for (String[] v : vectors) {
            assertThat(JaroWinkler.similarity(v[0], v[1])).as("%s / %s", v[0], v[1])
                    .isCloseTo(Double.parseDouble(v[2]), within(0.0011));
        }
    }

    @Test
    void matchesJaroConformanceVectors() {
        for (String[] v : ConformanceVectors.load("jaro_distance.csv")) {
            assertThat(JaroWinkler.jaro(v[0], v[1])).as("%s / %s", v[0], v[1])
                    .isCloseTo(Double.parseDouble(v[2]), within(0.0011));
        }
    }

    @Test
    void handlesStringsLongerThanSixtyFourCharacters() {
        String a = "a".repeat(70) + "bc";
        String b = "a".repeat(70) + "cb";
        assertThat(JaroWinkler.similarity(a, b)).isBetween(0.95, 1.0);
        assertThat(JaroWinkler.similarity(a, a)).isEqualTo(1.0);
    }

    @Test
    void upperBoundIsNeverBelowTheSimilarity() {
        String[] words = {"", "a", "martha", "marhta", "dixon", "dicksonx", "robert255@smith.net",
                "roberta25@smith.net", "ben.wardle69@example.com", "andrea.coleman23@post.example", "jos\u00e9",
                "jose", "street", "streets", "0123456", "012345"};
        for (String a : words) {
            for (String b : words) {
                assertThat(JaroWinkler.upperBound(a, b)).as("%s / %s", a, b)
                        .isGreaterThanOrEqualTo(JaroWinkler.similarity(a, b) - 1e-12);
            }
        }
        assertThat(JaroWinkler.upperBound("ben.wardle69@example.com", "andrea.coleman23@post.example"))
                .isLessThan(0.9);
    }

    @Test
    void emptyStringIsSimilarToNothing() {
        assertThat(JaroWinkler.similarity("", "")).isZero();
        assertThat(JaroWinkler.similarity("", "abc")).isZero();
    }
}
