package org.frontdoor.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Dates on the grant pages are UK dates, whatever the server's zone. */
class GrantWordingTest {

    @Test
    void lateEveningInUkSummerTimeIsAlreadyTheNextDay() {
        assertThat(LondonDates.of(Instant.parse("2027-03-31T23:30:00Z"))).isEqualTo("1 April 2027");
    }

    @Test
    void noDateIsBlank() {
        assertThat(LondonDates.of((Instant) null)).isEmpty();
        assertThat(LondonDates.of((LocalDate) null)).isEmpty();
        assertThat(LondonDates.of(LocalDate.of(2027, 5, 1))).isEqualTo("1 May 2027");
    }
}
