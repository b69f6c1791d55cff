package org.frontdoor.audit;

import java.util.Objects;

/**
 * An event with who did it and in which request, for recording later on another thread (a writer
 * that records what several requests handed in, together).
 *
 * @param requestId the request it happened in, or null outside one
 */
public record ActedEvent(AuditActor actor, String requestId, AuditEvent event) {

    public ActedEvent {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(event, "event");
    }
}
