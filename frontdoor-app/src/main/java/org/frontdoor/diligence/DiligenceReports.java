package org.frontdoor.diligence;

import java.util.Optional;
import java.util.UUID;
import org.frontdoor.identity.SignedInAccount;
import org.frontdoor.platform.InvalidInput;

/**
 * Reading due-diligence reports and overriding their rating. Reports are for staff only: staff of
 * the team the case is routed to, and admins. Anyone else, citizens included, is told there is no
 * report, exactly as when there is none.
 */
public interface DiligenceReports {

    /** The case's report if the reader may see it; every read is audited. */
    Optional<DiligenceReport> forCase(SignedInAccount reader, UUID caseId);

    /**
     * What the applicant of a case (or someone following it, such as a colleague at the
     * organisation) is told about its checks: for each check that did not pass and whose source
     * allows it, a sentence saying what to put right. Never the rating, never a sanctions result.
     * Empty for anyone else. Audited when there is something to tell.
     */
    java.util.List<String> forApplicant(SignedInAccount applicant, UUID caseId);

    /** Whether this person may override ratings (team leads of the case's team, and admins). */
    boolean mayOverride(SignedInAccount person);

    /**
     * Records an override of the case's rating with a reason, audited, and returns the report.
     *
     * @throws InvalidInput when the rating or reason is missing
     * @throws org.frontdoor.platform.web.NotFound when there is no report the person may see
     * @throws org.springframework.security.access.AccessDeniedException when they may see it but not override
     */
    DiligenceReport override(SignedInAccount person, UUID caseId, String rating, String reason);

    /**
     * Asks for every check of the case to run again, for example after the applicant corrected their
     * bank details or a register was down; the checks run in the background (a slow register never
     * holds the person up) and the report shows them as running until they finish. Audited.
     *
     * @throws org.frontdoor.platform.web.NotFound when there is no report the person may see
     */
    void checkAgain(SignedInAccount person, UUID caseId);
}
