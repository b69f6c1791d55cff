package org.frontdoor.diligence.internal.registers;

import org.frontdoor.screening.names.NameMatcher;
import org.frontdoor.screening.names.NameScore;
import org.frontdoor.screening.names.Schema;

/**
 * Compares the organisation name an applicant gave with the name on a register, with the
 * screening engine's name matcher, so that legal forms, case and punctuation do not count
 * ({@code Acme Ltd} is {@code ACME LIMITED}) while a different name does.
 */
final class NameComparison {

    /** The engine's own threshold: at or above it the names are the same organisation's. */
    static final double SAME_AT = NameMatcher.DEFAULT_THRESHOLD;

    private final NameMatcher matcher = new NameMatcher();

    /** The verdict on two names; {@code given} may be null (nothing to compare). */
    Compared compare(String given, String registered) {
        if (given == null || given.isBlank() || registered == null || registered.isBlank()) {
            return new Compared(given, registered, null);
        }
        return new Compared(given, registered, matcher.score(given, registered, Schema.ORGANIZATION));
    }

    /** Two names and their score; {@code score} is null when one name was missing. */
    record Compared(String given, String registered, NameScore score) {

        boolean compared() {
            return score != null;
        }

        boolean same() {
            return score != null && score.score() >= SAME_AT;
        }

        String explained() {
            if (score == null) {
                return given == null || given.isBlank() ? "not compared: the application gives no organisation name"
                        : "not compared: the register gives no name";
            }
            return (same() ? "matches" : "differs") + " (" + score.explain() + ")";
        }
    }
}
