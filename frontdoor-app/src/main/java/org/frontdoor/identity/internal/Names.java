package org.frontdoor.identity.internal;

import java.util.Optional;

/** Checks on a person's or a team's name as typed. */
final class Names {

    static final int MAX_LENGTH = 100;

    private Names() {
    }

    static String normalise(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ");
    }

    static Optional<String> problemWith(String name, String emptyMessage, String label) {
        if (name == null || name.isBlank()) {
            return Optional.of(emptyMessage);
        }
        if (name.length() > MAX_LENGTH) {
            return Optional.of(label + " must be " + MAX_LENGTH + " characters or fewer");
        }
        if (name.chars().anyMatch(c -> Character.isISOControl(c))) {
            return Optional.of(label + " must not contain control characters");
        }
        return Optional.empty();
    }
}
