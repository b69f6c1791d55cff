package org.frontdoor.services;

/**
 * One mistake in a service definition, precise enough to fix without searching.
 *
 * @param file  the definition's file name
 * @param line  1-based line in the file
 * @param field the path of the field, for example {@code form.pages[2].questions[0].type}
 */
public record DefinitionProblem(String file, int line, String field, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + field + ": " + message;
    }
}
