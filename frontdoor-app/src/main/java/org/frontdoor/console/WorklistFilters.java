package org.frontdoor.console;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;
import org.frontdoor.cases.WorklistQuery;
import org.frontdoor.cases.Worklists;
import org.frontdoor.platform.InvalidInput;

/**
 * The worklist filters as the page's form sends them: all text, so that whatever was typed comes
 * back in the form. A date that is not a date is refused with a message; choices that are not on
 * offer (a view or sort order someone typed into the address) fall back to the default.
 */
record WorklistFilters(String view, String service, String state, String team, String assignee, String submittedFrom, String submittedTo,
                       String answerField, String answerValue, String sort, String after, String q) {

    WorklistFilters {
        view = orEmpty(view);
        service = orEmpty(service);
        state = orEmpty(state);
        team = orEmpty(team);
        assignee = orEmpty(assignee);
        submittedFrom = orEmpty(submittedFrom);
        submittedTo = orEmpty(submittedTo);
        answerField = orEmpty(answerField);
        answerValue = orEmpty(answerValue);
        sort = orEmpty(sort);
        after = orEmpty(after);
        q = orEmpty(q);
    }

    Worklists.View chosenView() {
        return Arrays.stream(Worklists.View.values()).filter(v -> v.name().equals(view)).findFirst().orElse(Worklists.View.TEAM);
    }

    WorklistQuery.Sort chosenSort() {
        return Arrays.stream(WorklistQuery.Sort.values()).filter(s -> s.name().equals(sort)).findFirst().orElse(WorklistQuery.Sort.DUE);
    }

    /** The filters as a query; answer filters only apply with a service chosen. */
    WorklistQuery query(String serviceId) {
        return new WorklistQuery(chosenView(), serviceId, state, team, uuid(assignee), date(submittedFrom, "submittedFrom"),
                date(submittedTo, "submittedTo"), serviceId == null ? null : answerField, answerValue, null, false, chosenSort(),
                after, WorklistQuery.DEFAULT_LIMIT);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text.strip();
    }

    private static UUID uuid(String text) {
        try {
            return text.isBlank() ? null : UUID.fromString(text);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    private static LocalDate date(String text, String field) {
        try {
            return text.isBlank() ? null : LocalDate.parse(text);
        } catch (DateTimeParseException notADate) {
            throw InvalidInput.of(field, "Enter a real date, like 2026-11-01");
        }
    }
}
