package org.frontdoor.grants.internal;

import java.util.List;
import org.frontdoor.platform.InvalidInput.FieldProblem;

/** The reasons and notes staff give with decisions and money changes: required, and at most 5,000 characters. */
final class StaffText {

    static final int MAX_LENGTH = 5_000;

    private StaffText() {
    }

    /**
     * The text stripped; a problem on {@code field} when it is empty ({@code missing}) or too long
     * ("The {@code what} must be 5000 characters or fewer").
     */
    static String required(String text, String field, String missing, String what, List<FieldProblem> problems) {
        var stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            problems.add(new FieldProblem(field, missing));
        } else if (stripped.length() > MAX_LENGTH) {
            problems.add(new FieldProblem(field, "The " + what + " must be " + MAX_LENGTH + " characters or fewer"));
        }
        return stripped;
    }
}
