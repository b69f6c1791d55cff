package org.frontdoor.cases;

import java.util.UUID;

/**
 * A citizen submitted an application and it became a case. Published inside the transaction that
 * stores the case, on the thread that writes it, which has no signed-in principal: a listener needing
 * the applicant takes {@link #applicantId()}.
 */
public record CaseSubmitted(UUID caseId, String reference, String serviceId, UUID applicantId, String team) {
}
