package org.frontdoor.platform;

import java.util.List;

/**
 * Input that cannot be accepted, with one message per field, written for the person who typed it.
 * Pages show it as a GOV.UK error summary; the API as a 400 problem detail listing each field.
 */
public class InvalidInput extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidInput(List<FieldProblem> problems) {
        super(problems.isEmpty() ? "Invalid input" : problems.getFirst().message());
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("InvalidInput needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public static InvalidInput of(String field, String message) {
        return new InvalidInput(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** One field's problem; {@code field} is the id of the input in the page, so the summary can link to it. */
    public record FieldProblem(String field, String message) {
    }
}
