package org.frontdoor.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.frontdoor.audit.AuditActor;
import org.frontdoor.audit.AuditEntry;
import org.frontdoor.audit.AuditEvent;
import org.frontdoor.audit.AuditQuery;
import org.frontdoor.audit.internal.HashChain.SealedContent;
import org.frontdoor.platform.LikePatterns;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The audit_log table. Only inserts and sealing updates; the database refuses anything else. */
@Repository
class AuditEntries {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String COLUMNS = """
            id, occurred_at, actor_id, actor_name, action, subject_type, subject_id, purpose,
            details::text as details, request_id, chain_seq, previous_hash, hash,
            (extract(epoch from occurred_at) * 1000000)::bigint as occurred_micros""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final JsonMapper json;

    AuditEntries(JdbcClient jdbc, JdbcTemplate batches, JsonMapper json) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.json = json;
    }

    void insert(String actorId, String actorName, String action, String subjectType, String subjectId,
                String purpose, Map<String, ?> details, String requestId) {
        jdbc.sql("""
                insert into audit_log (actor_id, actor_name, action, subject_type, subject_id, purpose, details, request_id)
                values (?, ?, ?, ?, ?, ?, ?::jsonb, ?)""")
                .params(actorId, actorName, action, subjectType, subjectId, purpose, json.writeValueAsString(details), requestId)
                .update();
    }

    /** The same rows as {@link #insert} once for each event, in one batch. */
    void insertAll(AuditActor actor, List<AuditEvent> events, String requestId) {
        batches.batchUpdate("""
                insert into audit_log (actor_id, actor_name, action, subject_type, subject_id, purpose, details, request_id)
                values (?, ?, ?, ?, ?, ?, ?::jsonb, ?)""", events, events.size(), (statement, event) -> {
                    statement.setString(1, actor.auditActorId());
                    statement.setString(2, actor.auditActorName());
                    statement.setString(3, event.action());
                    statement.setString(4, event.subjectType());
                    statement.setString(5, event.subjectId());
                    statement.setString(6, event.purpose());
                    statement.setString(7, json.writeValueAsString(event.details()));
                    statement.setString(8, requestId);
                });
    }

    List<AuditEntry> search(AuditQuery query) {
        var where = new StringBuilder("where true");
        var params = new ArrayList<Object>();
        if (query.text() != null && !query.text().isBlank()) {
            where.append(" and (actor_name ilike ? or subject_id ilike ? or purpose ilike ? or actor_id = ?)");
            var like = LikePatterns.containing(query.text());
            params.addAll(List.of(like, like, like, query.text().strip()));
        }
        if (query.action() != null && !query.action().isBlank()) {
            where.append(" and action = ?");
            params.add(query.action().strip());
        }
        if (query.subjectType() != null && !query.subjectType().isBlank()) {
            where.append(" and subject_type = ?");
            params.add(query.subjectType().strip());
        }
        if (query.from() != null) {
            where.append(" and occurred_at >= ?");
            params.add(query.from().atStartOfDay(LONDON).toOffsetDateTime());
        }
        if (query.to() != null) {
            where.append(" and occurred_at < ?");
            params.add(query.to().plusDays(1).atStartOfDay(LONDON).toOffsetDateTime());
        }
        params.add(AuditQuery.PAGE_SIZE);
        params.add((long) query.page() * AuditQuery.PAGE_SIZE);
        return jdbc.sql("select " + COLUMNS + " from audit_log " + where + " order by id desc limit ? offset ?")
                .params(params)
                .query(AuditEntries::entry)
                .list();
    }

    List<AuditEntry> about(String subjectType, String subjectId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from audit_log where subject_type = ? and subject_id = ? order by id desc limit ?")
                .params(subjectType, subjectId, limit)
                .query(AuditEntries::entry)
                .list();
    }

    /** Unsealed entries visible now, oldest first. */
    List<Unsealed> unsealed(int limit) {
        return jdbc.sql("select " + COLUMNS + " from audit_log where hash is null order by id limit ?")
                .param(limit)
                .query((rs, n) -> new Unsealed(rs.getLong("id"), content(rs)))
                .list();
    }

    long countUnsealed() {
        return jdbc.sql("select count(*) from audit_log where hash is null").query(Long.class).single();
    }

    /** Seals a batch in one round trip: sealing runs beside every write in the platform, so it must stay cheap. */
    void seal(List<Seal> seals) {
        batches.batchUpdate("update audit_log set chain_seq = ?, previous_hash = ?, hash = ? where id = ? and hash is null",
                seals, seals.size(), (statement, seal) -> {
                    statement.setLong(1, seal.chainSeq());
                    statement.setString(2, seal.previousHash());
                    statement.setString(3, seal.hash());
                    statement.setLong(4, seal.id());
                });
    }

    /** Streams sealed entries in chain order, so verification runs in constant memory. */
    void forEachSealed(Consumer<Sealed> action) {
        jdbc.sql("select " + COLUMNS + " from audit_log where chain_seq is not null order by chain_seq")
                .query(rs -> {
                    action.accept(new Sealed(rs.getLong("id"), rs.getLong("chain_seq"),
                            rs.getString("previous_hash"), rs.getString("hash"), content(rs)));
                });
    }

    private static SealedContent content(ResultSet rs) throws SQLException {
        return new SealedContent(rs.getLong("occurred_micros"), rs.getString("actor_id"), rs.getString("actor_name"),
                rs.getString("action"), rs.getString("subject_type"), rs.getString("subject_id"),
                rs.getString("purpose"), rs.getString("details"), rs.getString("request_id"));
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        var seq = rs.getObject("chain_seq", Long.class);
        return new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("actor_id"), rs.getString("actor_name"), rs.getString("action"),
                rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("purpose"),
                rs.getString("details"), rs.getString("request_id"), seq,
                rs.getString("previous_hash"), rs.getString("hash"));
    }


    record Unsealed(long id, SealedContent content) {
    }

    record Seal(long id, long chainSeq, String previousHash, String hash) {
    }

    record Sealed(long id, long chainSeq, String previousHash, String hash, SealedContent content) {
    }
}
