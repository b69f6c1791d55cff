package org.frontdoor.platform;

import java.util.ArrayList;
import java.util.List;
import org.frontdoor.platform.InvalidInput.FieldProblem;

/** Collects field problems in page order and throws them together, so the person sees every mistake at once. */
public final class FieldChecks {

    private final List<FieldProblem> problems = new ArrayList<>();

    public FieldChecks reject(String field, String message) {
        if (!has(field)) {
            problems.add(new FieldProblem(field, message));
        }
        return this;
    }

    public boolean has(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }
}
