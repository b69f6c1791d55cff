package org.frontdoor.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

    private final WorkingCalendar englandAndWales = new WorkingCalendar("england-and-wales",
            Set.of(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 1)));

    @Test
    void skipsWeekendsAndBankHolidays() {
        // Thursday 24 December 2026: Christmas Day (Friday), the weekend and the Boxing Day substitute (Monday).
        assertThat(englandAndWales.addWorkingDays(LocalDate.of(2026, 12, 24), 1)).isEqualTo(LocalDate.of(2026, 12, 29));
        assertThat(englandAndWales.addWorkingDays(LocalDate.of(2026, 12, 24), 4)).isEqualTo(LocalDate.of(2027, 1, 4));
    }

    @Test
    void zeroWorkingDaysIsTheSameDay() {
        assertThat(englandAndWales.addWorkingDays(LocalDate.of(2026, 12, 26), 0)).isEqualTo(LocalDate.of(2026, 12, 26));
    }

    @Test
    void countsWorkingDaysBetweenTwoDates() {
        assertThat(englandAndWales.workingDaysBetween(LocalDate.of(2026, 12, 24), LocalDate.of(2027, 1, 4))).isEqualTo(4);
        assertThat(englandAndWales.workingDaysBetween(LocalDate.of(2027, 1, 4), LocalDate.of(2026, 12, 24))).isEqualTo(-4);
    }

    @Test
    void aWeekdayThatIsNotAHolidayIsAWorkingDay() {
        assertThat(englandAndWales.isWorkingDay(LocalDate.of(2026, 11, 23))).isTrue();
        assertThat(englandAndWales.isWorkingDay(LocalDate.of(2026, 11, 22))).isFalse();
        assertThat(englandAndWales.isWorkingDay(LocalDate.of(2026, 12, 28))).isFalse();
    }
}
