package org.frontdoor.cases;

import java.util.UUID;
import org.frontdoor.documents.Upload;

/**
 * A request to move a case along its life cycle.
 *
 * @param expectedVersion the case version the person was looking at; if the case changed since, the request is refused
 * @param note            text for the timeline; required when the transition requires a note
 * @param decision        the decision recorded (for example "approved"); required when the transition requires one
 * @param document        a file sent with the transition (such as a decision letter), or null
 * @param documentId      instead of a file, a document already on the case, or null
 */
public record Transition(UUID caseId, String transitionId, int expectedVersion, String note, String decision, Upload document,
                         UUID documentId) {

    public Transition(UUID caseId, String transitionId, int expectedVersion, String note, String decision) {
        this(caseId, transitionId, expectedVersion, note, decision, null, null);
    }
}
