package org.frontdoor.audit.internal;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The last sealed link of the audit chain. */
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

    void moveTo(Link link) {
        jdbc.sql("""
                insert into audit_chain_head (singleton, chain_seq, hash) values (true, ?, ?)
                on conflict (singleton) do update set chain_seq = excluded.chain_seq, hash = excluded.hash""")
                .params(link.chainSeq(), link.hash())
                .update();
    }

    record Link(long chainSeq, String hash) {
    }
}
