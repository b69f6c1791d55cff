package org.frontdoor.audit;

import java.util.Map;
import java.util.Objects;

/**
 * Something to record in the audit log.
 *
 * @param action      what happened, in the past tense or as a read (for example {@code VIEWED}, {@code SIGNED_IN})
 * @param subjectType the kind of record concerned (for example {@code ACCOUNT})
 * @param subjectId   the record's identifier, or null when the event concerns no single record
 * @param purpose     why it happened, in words a citizen could read
 * @param details     extra facts; never passwords, tokens or other secrets
 */
public record AuditEvent(String action, String subjectType, String subjectId, String purpose, Map<String, ?> details) {

    public AuditEvent {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(purpose, "purpose");
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    /** A read of personal data, which must always say why. */
    public static AuditEvent read(String subjectType, String subjectId, String purpose) {
        return new AuditEvent("VIEWED", subjectType, subjectId, purpose, Map.of());
    }

    public static AuditEvent change(String action, String subjectType, String subjectId, String purpose, Map<String, ?> details) {
        return new AuditEvent(action, subjectType, subjectId, purpose, details);
    }
}
