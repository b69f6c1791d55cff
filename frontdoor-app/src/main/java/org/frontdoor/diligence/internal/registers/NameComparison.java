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
        NameScore score = matcher.score(given, registered, Schema.ORGANIZATION);
        boolean nothingLeft = score.matches().isEmpty() && score.unmatchedLeft().isEmpty() && score.unmatchedRight().isEmpty();
        // "! LTD" is a real company: once its legal form is set aside nothing is left to compare.
        return nothingLeft ? new Compared(given, registered, null) : new Compared(given, registered, score);
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
                if (given == null || given.isBlank()) {
                    return "not compared: the application gives no organisation name";
                }
                return registered == null || registered.isBlank() ? "not compared: the register gives no name"
                        : "not compared: nothing is left of one name once legal forms are set aside";
            }
            return (same() ? "matches" : "differs") + " (" + score.explain() + ")";
        }
    }
}
