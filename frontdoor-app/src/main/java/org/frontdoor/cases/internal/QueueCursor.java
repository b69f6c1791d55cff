package org.frontdoor.cases.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;
import org.frontdoor.platform.InvalidInput;

/**
 * Where a page of a worklist ended: the sort key of its last case. Opaque to callers, so the
 * encoding can change; a cursor that does not decode is refused, never guessed at.
 *
 * @param dueOn null for a case with no due date (those sort last)
 */
record QueueCursor(LocalDate dueOn, Instant submittedAt, UUID id) {

    static QueueCursor of(Cases.StoredCase c) {
        return new QueueCursor(c.dueOn(), c.submittedAt(), c.id());
    }

    /** The due date as PostgreSQL reads it, with 'infinity' for none. */
    String dueKey() {
        return dueOn == null ? "infinity" : dueOn.toString();
    }

    String encode() {
        var micros = ChronoUnit.MICROS.between(Instant.EPOCH, submittedAt);
        var text = dueKey() + "|" + micros + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    static QueueCursor decode(String cursor) {
        try {
            var parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length != 3) {
                throw new IllegalArgumentException("three parts expected");
            }
            var due = parts[0].equals("infinity") ? null : LocalDate.parse(parts[0]);
            var submitted = Instant.EPOCH.plus(Long.parseLong(parts[1]), ChronoUnit.MICROS);
            return new QueueCursor(due, submitted, UUID.fromString(parts[2]));
        } catch (RuntimeException broken) {
            throw InvalidInput.of("after", "This page link is broken or out of date; go back to the first page of the list");
        }
    }
}
