package org.frontdoor.linkage.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontdoor.linkage.People.person;

import org.junit.jupiter.api.Test;

class DateComparisonTest {

    private final DateComparison dates = new DateComparison();

    private String level(String a, String b) {
        int level = dates.level(person("a", "b", a), person("a", "b", b));
        return level == 0 ? "missing" : dates.levelLabels().get(level - 1);
    }

    @Test
    void matchesTransposedDayAndMonth() {
        assertThat(level("1980-03-07", "1980-07-03")).isEqualTo("day and month transposed");
    }

    @Test
    void matchesAcrossFormats() {
        assertThat(level("19800307", "07/03/1980")).isEqualTo("exact");
    }

    @Test
    void gradesOneDigitOffAndOneComponentOff() {
        assertThat(level("1980-03-07", "1980-03-08")).isEqualTo("one digit off");
        assertThat(level("1980-03-07", "1980-03-19")).isEqualTo("one component off");
    }

    @Test
    void fallsBackToSameYear() {
        assertThat(level("1980-03-07", "1980-11-21")).isEqualTo("same year");
        assertThat(level("1980", "1980-11-21")).isEqualTo("same year");
        assertThat(level("1980-03-07", "1955-11-21")).isEqualTo("else");
        assertThat(level("", "1955-11-21")).isEqualTo("missing");
    }
}
