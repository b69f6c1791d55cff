package org.frontdoor.diligence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The due-diligence report of one case: every check's result with its evidence, the rating the
 * rules give them and, when a team lead or admin overrode it, the override in force.
 *
 * @param expectedChecks the checks configured for the service when the case was submitted
 * @param completedAt    when the last check finished, or null while checks are still running
 * @param override       the latest override, or null
 * @param alert          why the report needs a person's attention again (a sanctions list update
 *                       found a new hit after the case was checked), or null
 */
public record DiligenceReport(UUID caseId, String reference, String serviceId, List<String> expectedChecks,
                              List<CheckResult> results, RiskRating computed, Override override,
                              Instant completedAt, Alert alert) {

    public DiligenceReport {
        expectedChecks = List.copyOf(expectedChecks);
        results = List.copyOf(results);
    }

    /** The rating that counts: the override if there is one, otherwise the rules' rating. */
    public RiskRating.Rating rating() {
        return override != null ? override.rating() : computed.rating();
    }

    /** True while some configured checks have not reported. */
    public boolean pending() {
        return completedAt == null;
    }

    /** Something found after the checks had run that a person must look at, and when. */
    public record Alert(String message, Instant at) {
    }

    /** A person's decision to rate the case differently, with why. */
    public record Override(RiskRating.Rating rating, String reason, UUID byId, String byName, Instant at) {
    }
}
