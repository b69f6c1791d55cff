package org.frontdoor.bench;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.frontdoor.platform.Sha256;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Applicants the platform has never seen, one per submission ({@code bench/intake --fresh N}), so that
 * every submission links a new person under the registry's lock rather than an applicant already known.
 * Made in bulk with SQL: registration would hash each password slowly, on purpose; here they share one
 * hash (they never sign in with it), and each gets an API token the way the platform stores them
 * (its SHA-256). Names differ person by person, as real applicants' do.
 */
final class FreshApplicants {

    private static final SecureRandom RANDOM = new SecureRandom();

    private FreshApplicants() {
    }

    /** {@code count} new verified citizens, each with a token; returns the tokens, to be handed out once each. */
    static Queue<String> make(JdbcClient jdbc, JdbcTemplate batches, int count) {
        var run = UUID.randomUUID().toString().substring(0, 8);
        var passwordHash = jdbc.sql("select password_hash from accounts where password_hash is not null limit 1").query(String.class).single();
        var ids = jdbc.sql("""
                insert into accounts (id, email, display_name, password_hash, kind, email_verified_at)
                select gen_random_uuid(), 'fresh-' || n || '-' || ? || '@example.org', 'Applicant Fresh' || n || 'x' || ?, ?, 'CITIZEN', now()
                from generate_series(1, ?) n
                returning id""").params(run, run, passwordHash, count).query(UUID.class).list();
        jdbc.sql("insert into account_roles (account_id, role) select unnest(?::uuid[]), 'CITIZEN'").param(ids.toArray(UUID[]::new)).update();
        var tokens = new ConcurrentLinkedQueue<String>();
        var rows = new ArrayList<Object[]>(1_000);
        for (var id : ids) {
            var bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            var token = "fd_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            tokens.add(token);
            rows.add(new Object[] {UUID.randomUUID(), id, Sha256.hex(token)});
            if (rows.size() == 1_000) {
                insertTokens(batches, rows);
            }
        }
        insertTokens(batches, rows);
        return tokens;
    }

    private static void insertTokens(JdbcTemplate batches, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            batches.batchUpdate("insert into api_tokens (id, account_id, name, token_hash, expires_at) values (?, ?, 'benchmark', ?, now() + interval '1 day')",
                    rows);
            rows.clear();
        }
    }
}
