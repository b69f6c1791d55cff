package org.frontdoor.grants.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.frontdoor.grants.PayingGrants.PaymentRun;
import org.frontdoor.grants.PayingGrants.RunStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Payment runs and their files. */
@Repository
class StoredRuns {

    private static final String COLUMNS = "id, message_id, status, execution_date, payment_count, control_sum, created_at, closed_at";

    private final JdbcClient jdbc;

    StoredRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, String messageId, LocalDate executionDate, int count, BigDecimal controlSum, byte[] file, UUID by) {
        jdbc.sql("""
                insert into payment_runs (id, message_id, status, execution_date, payment_count, control_sum, file, created_by)
                values (?, ?, 'CREATED', ?, ?, ?, ?, ?)
                """).params(id, messageId, Date.valueOf(executionDate), count, controlSum, file, by).update();
    }

    Optional<PaymentRun> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from payment_runs where id = ?").param(id).query((rs, n) -> run(rs)).optional();
    }

    /** Locks the run so that confirming and failing it take turns. */
    Optional<PaymentRun> lock(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from payment_runs where id = ? for no key update").param(id).query((rs, n) -> run(rs)).optional();
    }

    List<PaymentRun> recent() {
        return jdbc.sql("select " + COLUMNS + " from payment_runs order by created_at desc limit 100").query((rs, n) -> run(rs)).list();
    }

    Optional<byte[]> file(UUID id) {
        return jdbc.sql("select file from payment_runs where id = ?").param(id).query(byte[].class).optional();
    }

    void close(UUID id, RunStatus status, UUID by) {
        jdbc.sql("update payment_runs set status = ?, closed_by = ?, closed_at = now() where id = ?").params(status.name(), by, id).update();
    }

    private static PaymentRun run(ResultSet rs) throws SQLException {
        var closed = rs.getTimestamp("closed_at");
        return new PaymentRun(rs.getObject("id", UUID.class), rs.getString("message_id"), RunStatus.valueOf(rs.getString("status")),
                rs.getDate("execution_date").toLocalDate(), rs.getInt("payment_count"), rs.getBigDecimal("control_sum"),
                rs.getTimestamp("created_at").toInstant(), closed == null ? null : closed.toInstant());
    }
}
