package org.frontdoor.diligence.internal;

import java.util.UUID;

/** Someone asked for a case's due-diligence checks to run again. */
record ChecksRequested(UUID caseId) {
}
