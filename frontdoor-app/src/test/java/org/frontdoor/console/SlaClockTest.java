package org.frontdoor.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.frontdoor.services.WorkingCalendar;
import org.junit.jupiter.api.Test;

class SlaClockTest {

    private final WorkingCalendar weekdays = new WorkingCalendar("weekdays", Set.of());
    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

    @Test
    void countsWorkingDaysLeftOrOverdue() {
        assertThat(CaseworkPages.slaClock(weekdays, weekdays.addWorkingDays(today, 3))).isEqualTo("3 working days left");
        assertThat(CaseworkPages.slaClock(weekdays, weekdays.addWorkingDays(today, 1))).isEqualTo("1 working day left");
        assertThat(CaseworkPages.slaClock(weekdays, today)).isEqualTo("Due today");
        var twoWorkingDaysAgo = today.minusDays(1);
        while (weekdays.workingDaysBetween(twoWorkingDaysAgo, today) < 2) {
            twoWorkingDaysAgo = twoWorkingDaysAgo.minusDays(1);
        }
        assertThat(CaseworkPages.slaClock(weekdays, twoWorkingDaysAgo)).isEqualTo("Overdue by 2 working days");
    }
}
