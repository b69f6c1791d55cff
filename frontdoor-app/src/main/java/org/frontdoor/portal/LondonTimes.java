package org.frontdoor.portal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Times as GOV.UK writes them, in UK time whatever the server's zone: "12pm on 31 March 2027",
 * "9:30am on 1 October 2026", "midnight on 1 April 2027".
 */
final class LondonTimes {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private LondonTimes() {
    }

    static String at(Instant instant) {
        var local = instant.atZone(LONDON);
        int hour = local.getHour();
        int minute = local.getMinute();
        String time;
        if (hour == 0 && minute == 0) {
            time = "midnight";
        } else {
            int twelve = hour % 12 == 0 ? 12 : hour % 12;
            time = twelve + (minute == 0 ? "" : String.format(Locale.UK, ":%02d", minute)) + (hour < 12 ? "am" : "pm");
        }
        return time + " on " + DATE.format(local);
    }

    static String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(LONDON));
    }

    static String dateOf(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
