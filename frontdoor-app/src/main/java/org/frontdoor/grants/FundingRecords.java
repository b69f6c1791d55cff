package org.frontdoor.grants;

import java.math.BigDecimal;
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
     * The applicant of one grant application.
     *
     * @param orgId         the organisation's 360Giving identifier (GB-COH-…, GB-CHC-…), or null for an individual
     * @param recipientName who the money would go to: the organisation's or the individual's name
     */
    record GrantApplicant(UUID caseId, String programmeId, ApplicantKind kind, String orgId, String recipientName,
                          BigDecimal amountRequested) {
    }
}
