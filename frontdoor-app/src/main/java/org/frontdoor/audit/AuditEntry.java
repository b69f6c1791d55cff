package org.frontdoor.audit;

import java.time.Instant;

/** One recorded audit entry as stored; {@code chainSeq} is null until the entry is sealed into the chain. */
public record AuditEntry(
        long id,
        Instant occurredAt,
        String actorId,
        String actorName,
        String action,
        String subjectType,
        String subjectId,
        String purpose,
        String details,
        String requestId,
        Long chainSeq,
        String previousHash,
        String hash) {
}
