package org.frontdoor.cases;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What a member of staff asks of the cases they may see. Every filter is optional (null for "any").
 *
 * @param view          which slice of the queue
 * @param serviceId     only this service's cases
 * @param state         only cases in this state (a state id of the service)
 * @param team          only this team's cases (one of the person's teams)
 * @param assigneeId    only cases held by this person
 * @param submittedFrom only cases submitted on or after this day (UK time)
 * @param submittedTo   only cases submitted on or before this day (UK time)
 * @param answerField   with {@code answerValue}: only cases whose answer to this question is, or
 *                      for a multiple choice includes, the value; needs {@code serviceId}
 * @param answerValue   see {@code answerField}
 * @param text          names, email addresses, phone numbers or postcodes in the application
 * @param includeClosed closed cases too (they are never in a queue, but can be listed)
 * @param sort          order of the results
 * @param after         the cursor of the previous page, or null for the first page
 * @param limit         cases per page, 1 to {@value #MAX_LIMIT}
 */
public record WorklistQuery(Worklists.View view, String serviceId, String state, String team, UUID assigneeId,
                            LocalDate submittedFrom, LocalDate submittedTo, String answerField, String answerValue,
                            String text, boolean includeClosed, Sort sort, String after, int limit) {

    public static final int MAX_LIMIT = 200;
    public static final int DEFAULT_LIMIT = 50;

    /** The order of a worklist. */
    public enum Sort {
        /** Soonest due first; cases waiting on the citizen last. */
        DUE,
        NEWEST,
        OLDEST
    }

    /** Blank text filters mean "any", whichever way they arrive (a form's empty field, an API parameter). */
    public WorklistQuery {
        state = blankToNull(state);
        team = blankToNull(team);
        answerField = blankToNull(answerField);
        answerValue = blankToNull(answerValue);
        text = blankToNull(text);
        after = blankToNull(after);
        view = view == null ? Worklists.View.TEAM : view;
        sort = sort == null ? Sort.DUE : sort;
        limit = limit <= 0 ? DEFAULT_LIMIT : Math.min(limit, MAX_LIMIT);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
