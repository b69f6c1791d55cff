package org.frontdoor.services.internal;

import java.util.ArrayList;
import java.util.List;
import org.frontdoor.services.DefinitionProblem;

/** The problems found in one definition file, in the order met. */
final class Problems {

    private final String file;
    private final List<DefinitionProblem> found = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    void add(int line, String field, String message) {
        found.add(new DefinitionProblem(file, line, field, message));
    }

    List<DefinitionProblem> all() {
        return List.copyOf(found);
    }

    boolean isEmpty() {
        return found.isEmpty();
    }
}
