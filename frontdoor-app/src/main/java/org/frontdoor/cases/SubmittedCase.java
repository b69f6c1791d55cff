package org.frontdoor.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A case as created by a submission.
 *
 * @param dueOn    when the first state's SLA falls due (working days in the service's calendar), or null
 * @param replayed true when this answers a retried submission with an idempotency key already used
 */
public record SubmittedCase(UUID id, String reference, String serviceId, int serviceVersion, String state,
                            String citizenStatus, String team, LocalDate dueOn, Instant submittedAt, boolean replayed) {
}
