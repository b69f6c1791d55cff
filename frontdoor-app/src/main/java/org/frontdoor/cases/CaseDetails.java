package org.frontdoor.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.frontdoor.documents.StoredDocument;

/**
 * One whole case: what was asked, where it stands, what happened to it, and the documents sent with
 * it. {@code version} counts its changes; a change must name the version it was made from
 * (optimistic locking). {@code assigneeId} and {@code assigneeName} say who holds it (null:
 * nobody); {@code onBehalfOf} is the email address of the person a carer or representative applied
 * for, or null.
 */
public record CaseDetails(UUID id, String reference, String serviceId, String serviceName, int serviceVersion,
                          UUID applicantId, String team, String state, String stateLabel, String citizenStatus,
                          LocalDate dueOn, Instant submittedAt, Map<String, Object> answers, List<TimelineEntry> timeline,
                          int version, List<StoredDocument> documents, UUID assigneeId, String assigneeName,
                          String onBehalfOf) {

    /**
     * Something that happened to a case; {@code visibleToCitizen} is false for internal notes;
     * {@code byApplicant} when the applicant did it (for example, wrote the message).
     */
    public record TimelineEntry(Instant occurredAt, String kind, String fromState, String toState, String transition,
                                String text, boolean visibleToCitizen, boolean byApplicant) {
    }
}
