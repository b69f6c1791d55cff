package org.frontdoor.grants;

import java.util.List;

/** A programme definition that cannot be published, with every problem found (field and message). */
public class InvalidProgramme extends RuntimeException {

    private final List<String> problems;

    public InvalidProgramme(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
