package org.frontdoor.cases;

import java.util.UUID;

/**
 * A request to move a case along its life cycle.
 *
 * @param expectedVersion the case version the person was looking at; if the case changed since, the request is refused
 * @param note            text for the timeline; required when the transition requires a note
 * @param decision        the decision recorded (for example "approved"); required when the transition requires one
 */
public record Transition(UUID caseId, String transitionId, int expectedVersion, String note, String decision) {
}
