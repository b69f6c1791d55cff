package org.frontdoor.audit;

/**
 * Who did something, as the audit log names them. The signed-in principal implements this, so
 * the audit log can name the actor without knowing how accounts work.
 */
public interface AuditActor {

    /** A stable identifier of the actor, never reused. */
    String auditActorId();

    /** A readable name, kept as it was at the time of the event. */
    String auditActorName();
}
