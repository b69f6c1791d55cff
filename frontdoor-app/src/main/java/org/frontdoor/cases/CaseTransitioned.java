package org.frontdoor.cases;

import java.util.UUID;

/** A case moved from one state to another; {@code notifyCitizen} says whether the citizen should be told. */
public record CaseTransitioned(UUID caseId, String reference, String transition, String fromState, String toState,
                               UUID actorId, boolean notifyCitizen) {
}
