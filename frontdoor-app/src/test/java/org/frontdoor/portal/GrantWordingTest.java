package org.frontdoor.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.frontdoor.grants.LondonTime;
import org.junit.jupiter.api.Test;

/** Dates on the grant pages are UK dates, whatever the server's zone. */
class GrantWordingTest {

    @Test
    void lateEveningInUkSummerTimeIsAlreadyTheNextDay() {
        assertThat(LondonTime.date(Instant.parse("2027-03-31T23:30:00Z"))).isEqualTo("1 April 2027");
    }

    @Test
    void noDateIsBlank() {
        assertThat(LondonTime.date((Instant) null)).isEmpty();
        assertThat(LondonTime.date((LocalDate) null)).isEmpty();
        assertThat(LondonTime.date(LocalDate.of(2027, 5, 1))).isEqualTo("1 May 2027");
    }
}
