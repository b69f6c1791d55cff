package org.frontdoor.services.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import org.frontdoor.services.WorkingCalendar;
import tools.jackson.databind.json.JsonMapper;

/** Reads bank holidays in the format of the GOV.UK feed: one object per division with its events. */
final class BankHolidayFeed {

    private BankHolidayFeed() {
    }

    static Map<String, WorkingCalendar> read(InputStream json, JsonMapper mapper) {
        try (json) {
            var root = mapper.readTree(json);
            var calendars = new HashMap<String, WorkingCalendar>();
            for (var division : DefinitionReader.CALENDARS) {
                var days = new HashSet<LocalDate>();
                var events = root.path(division).path("events");
                if (!events.isArray() || events.isEmpty()) {
                    throw new IllegalStateException("The bank holiday data has no events for " + division);
                }
                events.forEach(event -> days.add(LocalDate.parse(event.path("date").asString())));
                calendars.put(division, new WorkingCalendar(division, days));
            }
            return Map.copyOf(calendars);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
