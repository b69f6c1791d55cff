package org.frontdoor.services;

import java.util.List;
import java.util.stream.Collectors;

/** A service definition that cannot be used, with every problem found in it. */
public class InvalidDefinition extends RuntimeException {

    private final List<DefinitionProblem> problems;

    public InvalidDefinition(List<DefinitionProblem> problems) {
        super(problems.stream().map(DefinitionProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<DefinitionProblem> problems() {
        return problems;
    }
}
