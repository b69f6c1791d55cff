package org.frontdoor.linkage.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontdoor.linkage.People.person;

import org.junit.jupiter.api.Test;

class NameComparisonTest {

    private final NameComparison given = NameComparison.givenName();
    private final NameComparison surname = NameComparison.surname();

    private String givenLevel(String a, String b) {
        int level = given.level(person(a, "smith", null), person(b, "smith", null));
        return given.levelLabels().get(level - 1);
    }

    @Test
    void matchesNicknameToFullName() {
        assertThat(givenLevel("Bob", "Robert")).isEqualTo("nickname");
        assertThat(givenLevel("Bill", "William")).isEqualTo("nickname");
    }

    @Test
    void matchesInitialToFullName() {
        assertThat(givenLevel("J.", "Joanna")).isEqualTo("initial");
    }

    @Test
    void gradesTyposByEditDistanceThenJaroWinkler() {
        assertThat(givenLevel("Jonathon", "Jonathan")).isEqualTo("levenshtein<=1");
        assertThat(givenLevel("Katherine", "Kathreen")).startsWith("jaro-winkler");
        assertThat(givenLevel("Zoe", "Mark")).isEqualTo("else");
    }

    @Test
    void countsSwappedGivenNameAndSurnameOnce() {
        var a = person("smith", "john", "1980-01-01");
        var b = person("john", "smith", "1980-01-01");
        assertThat(given.levelLabels().get(given.level(a, b) - 1)).isEqualTo("swapped with surname");
        assertThat(surname.level(a, b)).isEqualTo(Comparison.MISSING);
    }

    @Test
    void missingNameCarriesNoEvidence() {
        assertThat(given.level(person(null, "smith", null), person("john", "smith", null)))
                .isEqualTo(Comparison.MISSING);
    }
}
