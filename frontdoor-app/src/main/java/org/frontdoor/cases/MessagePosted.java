package org.frontdoor.cases;

import java.util.UUID;

/** Someone wrote on a case; {@code byApplicant} tells whether staff or the applicant should be told. */
public record MessagePosted(UUID caseId, String reference, UUID authorId, boolean byApplicant) {
}
