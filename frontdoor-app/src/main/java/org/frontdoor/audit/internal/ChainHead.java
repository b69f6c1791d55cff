package org.frontdoor.audit.internal;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The last sealed link of the audit chain, and the sealer's horizon: the oldest transaction that was
 * still running when the last sealing round began. Entries written by older transactions are sealed.
 */
@Repository
class ChainHead {

    /** Serialises sealing across every node sharing the database. */
    private static final long SEALER_LOCK = 0x4155444954L; // "AUDIT"

    private final JdbcClient jdbc;

    ChainHead(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void lockForSealing() {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(SEALER_LOCK).query(Object.class).single();
    }

    Optional<Link> current() {
        return jdbc.sql("select chain_seq, hash from audit_chain_head")
                .query((rs, n) -> new Link(rs.getLong("chain_seq"), rs.getString("hash")))
                .optional();
    }

    /** Entries of transactions older than this were all sealed by an earlier round. */
    long horizon() {
        return jdbc.sql("select horizon::text::bigint from audit_chain_head").query(Long.class).optional().orElse(0L);
    }

    /**
     * The oldest transaction running now (or the next to start, when none is). Every older one has
     * committed or rolled back, so its entries, if any, are visible to the statements that follow.
     */
    long oldestRunningTransaction() {
        return jdbc.sql("select pg_snapshot_xmin(pg_current_snapshot())::text::bigint").query(Long.class).single();
    }

    void moveTo(Link link, long horizon) {
        jdbc.sql("""
                insert into audit_chain_head (singleton, chain_seq, hash, horizon) values (true, ?, ?, ?::text::xid8)
                on conflict (singleton) do update set chain_seq = excluded.chain_seq, hash = excluded.hash, horizon = excluded.horizon""")
                .params(link.chainSeq(), link.hash(), Long.toString(horizon))
                .update();
    }

    record Link(long chainSeq, String hash) {
    }
}
