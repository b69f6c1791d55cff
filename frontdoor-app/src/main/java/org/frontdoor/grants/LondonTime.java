package org.frontdoor.grants;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times as GOV.UK style writes them, in UK time: "midday on 31 March 2027", "9:30am on 1 October 2026", "midnight on 1 May 2027". */
public final class LondonTime {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private LondonTime() {
    }

    /** "31 March 2027"; empty for no date, so a page shows nothing rather than a placeholder. */
    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** The UK calendar day of the instant, as {@link #date(LocalDate)} writes it; empty for none. */
    public static String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(LONDON));
    }

    public static String describe(Instant instant) {
        var time = instant.atZone(LONDON);
        int hour = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
        var suffix = time.getHour() < 12 ? "am" : "pm";
        String clock;
        if (time.getHour() == 0 && time.getMinute() == 0) {
            clock = "midnight";
        } else if (time.getHour() == 12 && time.getMinute() == 0) {
            clock = "midday";
        } else {
            clock = hour + (time.getMinute() == 0 ? "" : ":" + String.format(Locale.UK, "%02d", time.getMinute())) + suffix;
        }
        return clock + " on " + DATE.format(time);
    }
}
