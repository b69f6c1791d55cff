package org.frontdoor.cases;

import java.util.UUID;

/** A citizen submitted an application and it became a case. */
public record CaseSubmitted(UUID caseId, String reference, String serviceId, UUID applicantId, String team) {
}
