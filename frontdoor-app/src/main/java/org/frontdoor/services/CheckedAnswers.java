package org.frontdoor.services;

import java.util.List;
import java.util.Map;
import org.frontdoor.platform.InvalidInput.FieldProblem;

/**
 * The answers read from one page: the values that were valid (to keep in the draft even when
 * others were not, so nothing typed is lost) and a problem per invalid field, in page order.
 * Field names in problems are the ids of the inputs on the page, so the error summary can link to them.
 */
public record CheckedAnswers(Map<String, Object> answers, List<FieldProblem> problems) {

    public boolean valid() {
        return problems.isEmpty();
    }
}
