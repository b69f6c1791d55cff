package org.frontdoor.services;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Working days in one part of the UK: Monday to Friday except its bank holidays, which come from
 * data (the GOV.UK bank holidays feed format), never from code.
 */
public final class WorkingCalendar {

    private final String name;
    private final Set<LocalDate> holidays;
    private final LocalDate knownUntil;

    public WorkingCalendar(String name, Set<LocalDate> holidays) {
        this.name = name;
        this.holidays = Set.copyOf(holidays);
        this.knownUntil = holidays.stream().max(LocalDate::compareTo).orElse(LocalDate.MIN);
    }

    public String name() {
        return name;
    }

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /** The day that is {@code workingDays} working days after {@code start} (a due date for an SLA). */
    public LocalDate addWorkingDays(LocalDate start, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must not be negative");
        }
        var day = start;
        for (int left = workingDays; left > 0; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** Working days after {@code from} up to and including {@code to}; negative when {@code to} is earlier. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (var day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** The last bank holiday in the data: due dates after it ignore holidays not yet published. */
    public LocalDate knownUntil() {
        return knownUntil;
    }
}
