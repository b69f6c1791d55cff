package org.frontdoor.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.frontdoor.audit.ActedEvent;
import org.frontdoor.audit.AuditEntry;
import org.frontdoor.audit.AuditQuery;
import org.frontdoor.audit.internal.HashChain.SealedContent;
import org.frontdoor.platform.LikePatterns;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit_log table and the seals that chain its entries (audit_seals). Both only take inserts;
 * the database refuses anything else.
 */
@Repository
class AuditEntries {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String CONTENT = """
            a.id, a.occurred_at, a.actor_id, a.actor_name, a.action, a.subject_type, a.subject_id, a.purpose,
            a.details::text as details, a.request_id, (extract(epoch from a.occurred_at) * 1000000)::bigint as occurred_micros""";
    private static final String ENTRIES = "select " + CONTENT + ", s.chain_seq, s.previous_hash, s.hash"
            + " from audit_log a left join audit_seals s on s.entry_id = a.id ";
    private static final String NOT_SEALED = " and not exists (select 1 from audit_seals s where s.entry_id = a.id)";

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

    /**
     * The same rows as {@link #insert} once for each event, each with its own actor and request, in
     * one batch (which the driver sends as one multi-row insert).
     */
    void insertEach(List<ActedEvent> events) {
        batches.batchUpdate("""
                insert into audit_log (actor_id, actor_name, action, subject_type, subject_id, purpose, details, request_id)
                values (?, ?, ?, ?, ?, ?, ?::jsonb, ?)""", events, events.size(), (statement, acted) -> {
                    var event = acted.event();
                    statement.setString(1, acted.actor().auditActorId());
                    statement.setString(2, acted.actor().auditActorName());
                    statement.setString(3, event.action());
                    statement.setString(4, event.subjectType());
                    statement.setString(5, event.subjectId());
                    statement.setString(6, event.purpose());
                    statement.setString(7, json.writeValueAsString(event.details()));
                    statement.setString(8, acted.requestId());
                });
    }

    List<AuditEntry> search(AuditQuery query) {
        var where = new StringBuilder("where true");
        var params = new ArrayList<Object>();
        if (query.text() != null && !query.text().isBlank()) {
            where.append(" and (a.actor_name ilike ? or a.subject_id ilike ? or a.purpose ilike ? or a.actor_id = ?)");
            var like = LikePatterns.containing(query.text());
            params.addAll(List.of(like, like, like, query.text().strip()));
        }
        if (query.action() != null && !query.action().isBlank()) {
            where.append(" and a.action = ?");
            params.add(query.action().strip());
        }
        if (query.subjectType() != null && !query.subjectType().isBlank()) {
            where.append(" and a.subject_type = ?");
            params.add(query.subjectType().strip());
        }
        if (query.from() != null) {
            where.append(" and a.occurred_at >= ?");
            params.add(query.from().atStartOfDay(LONDON).toOffsetDateTime());
        }
        if (query.to() != null) {
            where.append(" and a.occurred_at < ?");
            params.add(query.to().plusDays(1).atStartOfDay(LONDON).toOffsetDateTime());
        }
        params.add(AuditQuery.PAGE_SIZE);
        params.add((long) query.page() * AuditQuery.PAGE_SIZE);
        return jdbc.sql(ENTRIES + where + " order by a.id desc limit ? offset ?")
                .params(params)
                .query(AuditEntries::entry)
                .list();
    }

    List<AuditEntry> about(String subjectType, String subjectId, int limit) {
        return jdbc.sql(ENTRIES + "where a.subject_type = ? and a.subject_id = ? order by a.id desc limit ?")
                .params(subjectType, subjectId, limit)
                .query(AuditEntries::entry)
                .list();
    }

    /**
     * Unsealed entries visible now that come after {@code after} in the order of the transaction that
     * wrote them and then as written: the order of the index on (written_in, id), which keeps the read
     * short however big the log, and lets a sealing round go on from where its last batch ended.
     */
    List<Unsealed> unsealedAfter(Position after, int limit) {
        return jdbc.sql("select " + CONTENT + ", a.written_in::text::bigint as written_in from audit_log a"
                        + " where (a.written_in, a.id) > (?::text::xid8, ?)" + NOT_SEALED
                        + " order by a.written_in, a.id limit ?")
                .params(Long.toString(after.writtenIn()), after.id(), limit)
                .query((rs, n) -> new Unsealed(new Position(rs.getLong("written_in"), rs.getLong("id")), content(rs)))
                .list();
    }

    /** Entries of transactions at or after the sealer's horizon without a seal: see {@link ChainHead#horizon}. */
    long countUnsealed(long horizon) {
        return jdbc.sql("select count(*) from audit_log a where a.written_in >= ?::text::xid8" + NOT_SEALED)
                .param(Long.toString(horizon)).query(Long.class).single();
    }

    /** Seals a batch in one round trip: sealing runs beside every write in the platform, so it must stay cheap. */
    void seal(List<Seal> seals) {
        batches.batchUpdate("insert into audit_seals (chain_seq, entry_id, previous_hash, hash) values (?, ?, ?, ?)",
                seals, seals.size(), (statement, seal) -> {
                    statement.setLong(1, seal.chainSeq());
                    statement.setLong(2, seal.id());
                    statement.setString(3, seal.previousHash());
                    statement.setString(4, seal.hash());
                });
    }

    /**
     * Streams the seals in chain order with the entries they seal, so verification runs in constant
     * memory. An entry removed after it was sealed comes back as a seal without content.
     */
    void forEachSealed(Consumer<Sealed> action) {
        jdbc.sql("select s.chain_seq, s.entry_id, s.previous_hash, s.hash, " + CONTENT
                        + " from audit_seals s left join audit_log a on a.id = s.entry_id order by s.chain_seq")
                .query(rs -> {
                    var content = rs.getObject("id") == null ? null : content(rs);
                    action.accept(new Sealed(rs.getLong("entry_id"), rs.getLong("chain_seq"),
                            rs.getString("previous_hash"), rs.getString("hash"), content));
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


    /** Where an entry comes in the sealer's reading order. */
    record Position(long writtenIn, long id) {
    }

    record Unsealed(Position position, SealedContent content) {

        long id() {
            return position.id();
        }
    }

    record Seal(long id, long chainSeq, String previousHash, String hash) {
    }

    /** {@code content} is null when the sealed entry is no longer in audit_log. */
    record Sealed(long id, long chainSeq, String previousHash, String hash, SealedContent content) {
    }
}
