package org.frontdoor.portal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.frontdoor.grants.LondonTime;

/** Dates as GOV.UK writes them ("1 April 2027"), on the UK calendar whatever the server's zone; blank when there is none. */
final class LondonDates {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private LondonDates() {
    }

    static String of(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(LondonTime.LONDON));
    }

    static String of(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
