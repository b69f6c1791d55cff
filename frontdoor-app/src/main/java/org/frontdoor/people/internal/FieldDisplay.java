package org.frontdoor.people.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.frontdoor.linkage.record.PersonField;

/**
 * A stored value as pages show it: dates of birth in words (3 November 1979), as every other date in the
 * console, so a transposed day and month is as plain to a reviewer as a wrong year. The API keeps the
 * stored value. Plain Java.
 */
final class FieldDisplay {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private FieldDisplay() {
    }

    static String shown(PersonField field, String value) {
        if (value == null || field != PersonField.DATE_OF_BIRTH) {
            return value;
        }
        try {
            return LocalDate.parse(value.strip()).format(LONG_DATE);
        } catch (DateTimeParseException e) {
            return value; // stored before dates were checked, or by a source that sends another form: show it as sent
        }
    }
}
