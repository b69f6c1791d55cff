package org.frontdoor.grants;

import java.math.BigDecimal;
import java.util.UUID;

/** Money was awarded to an application: it is committed in the ledger. */
public record GrantAwarded(UUID caseId, String programmeId, String orgId, BigDecimal amount) {
}
