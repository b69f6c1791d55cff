package org.frontdoor.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class GrantTextTest {

    private final GrantText text = GrantText.INSTANCE;

    @Test
    void writesDaysToOneDecimalAndOneDayInTheSingular() {
        assertThat(text.days(1.0)).isEqualTo("1 day");
        assertThat(text.days(2.0)).isEqualTo("2 days");
        assertThat(text.days(12.345)).isEqualTo("12.3 days");
        assertThat(text.days(0.04)).isEqualTo("Less than a day");
        assertThat(text.days(null)).isEmpty();
    }

    @Test
    void writesScoresWithoutTrailingZerosAndMissingFiguresAsNothingRatherThanZero() {
        assertThat(text.score(new BigDecimal("72.50"))).isEqualTo("72.5");
        assertThat(text.score(new BigDecimal("80.00"))).isEqualTo("80");
        assertThat(text.pounds(null)).isEmpty();
        assertThat(text.pounds(new BigDecimal("6000.00"))).isEqualTo("£6,000");
        assertThat(text.exact(new BigDecimal("6000"))).isEqualTo("£6,000.00");
    }

    @Test
    void writesTimesInUkTime() {
        assertThat(text.time(Instant.parse("2026-07-01T08:30:00Z"))).isEqualTo("9:30am on 1 July 2026");
        assertThat(text.time(null)).isEmpty();
    }
}
