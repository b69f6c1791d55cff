package org.frontdoor.cases.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The cases table. Answers are stored as JSON exactly as checked. */
@Repository
class Cases {

    private static final String SELECT = """
            select id, reference, service_id, service_version, applicant_id, team, state, answers::text as answers,
                   submitted_at, due_on, idempotency_fingerprint, lock_version from cases""";

    private final JdbcClient jdbc;

    Cases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long nextReferenceNumber() {
        return jdbc.sql("select nextval('case_reference_seq')").query(Long.class).single();
    }

    /** Inserts unless this applicant already used the idempotency key; returns whether it inserted. */
    boolean insert(StoredCase c, String idempotencyKey, String fingerprint) {
        return jdbc.sql("""
                insert into cases (id, reference, service_id, service_version, applicant_id, team, state, answers,
                                   submitted_at, state_entered_at, due_on, idempotency_key, idempotency_fingerprint)
                values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?)
                on conflict (applicant_id, idempotency_key) do nothing""")
                .params(c.id(), c.reference(), c.serviceId(), c.serviceVersion(), c.applicantId(), c.team(), c.state(),
                        c.answersJson(), java.sql.Timestamp.from(c.submittedAt()), java.sql.Timestamp.from(c.submittedAt()),
                        c.dueOn(), idempotencyKey, fingerprint)
                .update() == 1;
    }

    Optional<StoredCase> byIdempotencyKey(UUID applicantId, String key) {
        return jdbc.sql(SELECT + " where applicant_id = ? and idempotency_key = ?").params(applicantId, key)
                .query(Cases::row).optional();
    }

    Optional<StoredCase> byId(UUID id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(Cases::row).optional();
    }

    Optional<StoredCase> byReference(String reference) {
        return jdbc.sql(SELECT + " where reference = upper(?)").param(reference.strip()).query(Cases::row).optional();
    }

    List<StoredCase> ofApplicant(UUID applicantId, int limit) {
        return jdbc.sql(SELECT + " where applicant_id = ? order by submitted_at desc limit ?").params(applicantId, limit)
                .query(Cases::row).list();
    }

    private static StoredCase row(ResultSet rs, int n) throws SQLException {
        var due = rs.getObject("due_on", LocalDate.class);
        return new StoredCase(rs.getObject("id", UUID.class), rs.getString("reference"), rs.getString("service_id"),
                rs.getInt("service_version"), rs.getObject("applicant_id", UUID.class), rs.getString("team"),
                rs.getString("state"), rs.getString("answers"), rs.getTimestamp("submitted_at").toInstant(), due,
                rs.getString("idempotency_fingerprint"), rs.getInt("lock_version"));
    }

    /**
     * Moves the case to a state if it is still at the version the person saw; returns whether it
     * did. The version check and the update are one statement, so of two people acting at once
     * exactly one succeeds.
     */
    boolean moveTo(UUID id, int expectedVersion, String state, LocalDate dueOn, boolean open) {
        return jdbc.sql("""
                update cases set state = ?, due_on = ?, open = ?, state_entered_at = now(), lock_version = lock_version + 1
                where id = ? and lock_version = ?""")
                .params(state, dueOn, open, id, expectedVersion)
                .update() == 1;
    }

    /**
     * Open cases, most urgent first. Each team is read as its own branch in index order and the
     * branches are merged, so a page costs the same at a million cases as at a thousand.
     *
     * @param teams     lowercase team names to include, or null for every team
     * @param dueBefore only cases due on or before this day, or null
     * @param serviceId only this service's cases, or null
     */
    List<StoredCase> open(List<String> teams, LocalDate dueBefore, String serviceId, int limit) {
        var filter = " and (cast(? as date) is null or due_on <= cast(? as date)) and (cast(? as text) is null or service_id = cast(? as text))";
        var order = " order by due_on nulls last, submitted_at limit ?";
        var params = new java.util.ArrayList<Object>();
        String sql;
        if (teams == null) {
            sql = SELECT + " where open" + filter + order;
            params.addAll(java.util.Arrays.asList(dueBefore, dueBefore, serviceId, serviceId, limit));
        } else {
            var branches = new java.util.ArrayList<String>();
            for (var team : teams) {
                branches.add("(" + SELECT + " where open and lower(team) = ?" + filter + order + ")");
                params.addAll(java.util.Arrays.asList(team, dueBefore, dueBefore, serviceId, serviceId, limit));
            }
            sql = "select * from (" + String.join(" union all ", branches) + ") merged" + order;
            params.add(limit);
        }
        return jdbc.sql(sql).params(params).query(Cases::row).list();
    }

    record StoredCase(UUID id, String reference, String serviceId, int serviceVersion, UUID applicantId, String team,
                      String state, String answersJson, Instant submittedAt, LocalDate dueOn, String fingerprint,
                      int version) {
    }
}
