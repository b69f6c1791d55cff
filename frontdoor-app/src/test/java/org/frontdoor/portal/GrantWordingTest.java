package org.frontdoor.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** Money and times on the grant pages read as GOV.UK writes them, in UK time. */
class GrantWordingTest {

    @Test
    void wholePoundsHaveNoPence() {
        assertThat(Pounds.text(new BigDecimal("25000.00"))).isEqualTo("£25,000");
        assertThat(Pounds.range(new BigDecimal("1000.00"), new BigDecimal("25000"))).isEqualTo("£1,000 to £25,000");
    }

    @Test
    void penceShowOnlyWhenThereAreSome() {
        assertThat(Pounds.text(new BigDecimal("1250.5"))).isEqualTo("£1,250.50");
    }

    @Test
    void middayInSummerTimeIsTwelvePm() {
        assertThat(LondonTimes.at(london(2027, 3, 31, 12, 0))).isEqualTo("12pm on 31 March 2027");
    }

    @Test
    void morningTimesWithMinutesInWinter() {
        assertThat(LondonTimes.at(london(2026, 12, 1, 9, 30))).isEqualTo("9:30am on 1 December 2026");
    }

    @Test
    void midnightIsSaidInWords() {
        assertThat(LondonTimes.at(london(2027, 4, 1, 0, 0))).isEqualTo("midnight on 1 April 2027");
    }

    private static Instant london(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(LondonTimes.LONDON).toInstant();
    }
}
