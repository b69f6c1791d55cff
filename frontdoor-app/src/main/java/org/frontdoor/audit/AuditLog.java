package org.frontdoor.audit;

import java.util.List;

/**
 * The audit log. Recording joins the caller's transaction, so an event is logged exactly when
 * the change it describes commits. The actor is the signed-in principal (or "anonymous").
 */
public interface AuditLog {

    /** Records an event by the current actor. */
    void record(AuditEvent event);

    /**
     * Records events by the current actor in one round trip, for example a read of each case in a
     * list: the same entries as {@link #record(AuditEvent)} once for each, in order.
     */
    void recordAll(List<AuditEvent> events);

    /** Records an event by a named actor, for example the system or a person not yet signed in. */
    void record(AuditActor actor, AuditEvent event);

    /**
     * Records events each by its own actor and request, in one round trip: what several requests
     * handed to one writer, recorded in the writer's transaction.
     */
    void recordEach(List<ActedEvent> events);

    /** Whom recording would name now: the signed-in principal, or anonymous. For an event recorded later, elsewhere. */
    AuditActor currentActor();

    /** Finds entries, newest first, one page of {@link AuditQuery#PAGE_SIZE}. */
    List<AuditEntry> search(AuditQuery query);

    /** Entries about one subject, newest first (for "who looked at my data"). */
    List<AuditEntry> about(String subjectType, String subjectId, int limit);

    /** Seals entries written so far into the hash chain; returns how many were sealed. */
    int sealPending();

    /** Walks the whole chain and reports the first broken link, if any. */
    ChainVerification verify();
}
