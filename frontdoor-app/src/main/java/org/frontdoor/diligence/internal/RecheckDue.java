package org.frontdoor.diligence.internal;

import java.util.UUID;

/** A case entered a state that some service runs its checks again on: the outbox entry that gets them rerun. */
record RecheckDue(UUID caseId, String state) {
}
