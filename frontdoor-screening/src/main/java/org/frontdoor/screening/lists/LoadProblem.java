package org.frontdoor.screening.lists;

/**
 * A record that could not be loaded and was skipped.
 *
 * @param source   the file
 * @param position where in the file: "line 17" or "record 3 (line 120)"
 * @param reason   what was wrong
 */
public record LoadProblem(String source, String position, String reason) {

    @Override
    public String toString() {
        return source + " " + position + ": " + reason;
    }
}
