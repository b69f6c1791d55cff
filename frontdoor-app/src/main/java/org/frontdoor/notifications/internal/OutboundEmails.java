package org.frontdoor.notifications.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class OutboundEmails {

    private final JdbcClient jdbc;

    OutboundEmails(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void queue(UUID id, String recipient, String subject, String body) {
        jdbc.sql("insert into outbound_emails (id, recipient, subject, body, status) values (?, ?, ?, ?, 'QUEUED')")
                .params(id, recipient, subject, body)
                .update();
    }

    Optional<OutboundEmail> find(UUID id) {
        return jdbc.sql("select * from outbound_emails where id = ?").param(id).query(OutboundEmail.class).optional();
    }

    void markDelivered(UUID id, String status) {
        jdbc.sql("update outbound_emails set status = ?, sent_at = now(), failure = null where id = ?")
                .params(status, id).update();
    }

    void markFailed(UUID id, String failure) {
        jdbc.sql("update outbound_emails set status = 'FAILED', failure = ? where id = ?").params(failure, id).update();
    }

    List<OutboundEmail> latest(int limit) {
        return jdbc.sql("select * from outbound_emails order by queued_at desc limit ?").param(limit)
                .query(OutboundEmail.class).list();
    }

    record OutboundEmail(UUID id, String recipient, String subject, String body, String status, String failure,
                         Instant queuedAt, Instant sentAt) {
    }
}
