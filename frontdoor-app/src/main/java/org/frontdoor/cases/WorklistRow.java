package org.frontdoor.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One case in a staff worklist; {@code breaching} when its SLA date has passed; {@code assigneeId}
 * and {@code assigneeName} null while nobody holds it.
 */
public record WorklistRow(UUID id, String reference, String serviceName, String state, String stateLabel, String team,
                          LocalDate dueOn, Instant submittedAt, boolean breaching, UUID assigneeId, String assigneeName) {
}
