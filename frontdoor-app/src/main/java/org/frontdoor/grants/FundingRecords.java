package org.frontdoor.grants;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the grants capability knows about who applied for money and who was funded, for the checks
 * other capabilities run on applicants (due diligence). These reads are not access-checked: the
 * callers are system processes that audit their own reads of the case.
 */
public interface FundingRecords {

    /** Who applied in a grant application's case, or empty when the case is not a grant application. */
    Optional<GrantApplicant> applicantOf(UUID caseId);

    /**
     * The grant applications made for an organisation, in every programme, newest first; one indexed
     * read however many applications there are in all.
     *
     * @param orgId the organisation's identifier as {@link OrgId} writes it
     * @param limit at most this many
     */
    List<OrganisationApplication> applicationsFor(String orgId, int limit);

    /**
     * Grants awarded to an organisation by any funder, as imported from 360Giving files, newest first,
     * awarded on or after {@code since}; one indexed read.
     *
     * @param orgId the recipient's identifier as {@link OrgId} writes it (imports store it that way)
     */
    List<PastFunding> pastFundingOf(String orgId, LocalDate since, int limit);

    /**
     * The applicant of one grant application.
     *
     * @param orgId         the organisation's 360Giving identifier (GB-COH-…, GB-CHC-…), or null for an individual
     * @param recipientName who the money would go to: the organisation's or the individual's name
     */
    record GrantApplicant(UUID caseId, String programmeId, ApplicantKind kind, String orgId, String recipientName,
                          BigDecimal amountRequested) {
    }

    /**
     * One application an organisation made.
     *
     * @param state         the case's state id, such as {@code assessment}
     * @param decision      null while undecided
     * @param amountAwarded null unless awarded
     * @param decidedAt     null while undecided
     */
    record OrganisationApplication(UUID caseId, String reference, String programmeId, String programmeName, String state,
                                   BigDecimal amountRequested, GrantApplication.Decision decision, BigDecimal amountAwarded,
                                   Instant submittedAt, Instant decidedAt) {
    }

    /**
     * One grant of the 360Giving history.
     *
     * @param grantId the 360Giving grant identifier
     * @param source  the file it was imported from
     */
    record PastFunding(String grantId, String funderName, String title, String description, String currency,
                       BigDecimal amount, LocalDate awardDate, String source) {
    }
}
