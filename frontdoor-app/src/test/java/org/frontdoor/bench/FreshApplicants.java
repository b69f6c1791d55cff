package org.frontdoor.bench;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Queue;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.frontdoor.linkage.synth.FrequencyTables;
import org.frontdoor.platform.Sha256;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Applicants the platform has never seen, one per submission ({@code bench/intake --fresh N}), so that
 * every submission links a new person under the registry's lock rather than an applicant already known.
 * Made in bulk with SQL: registration would hash each password slowly, on purpose; here they share one
 * hash (they never sign in with it), and each gets an API token the way the platform stores them
 * (its SHA-256). Names are drawn from the linkage engine's frequency tables (from the FEBRL and
 * Splink data sets), so common names make large blocks and some new applicants share a full name
 * with an earlier one, as in a real population; email addresses are all different.
 */
final class FreshApplicants {

    private static final SecureRandom RANDOM = new SecureRandom();

    private FreshApplicants() {
    }

    /** {@code count} new verified citizens, each with a token; returns the tokens, to be handed out once each. */
    static Queue<String> make(JdbcClient jdbc, JdbcTemplate batches, int count) {
        var run = UUID.randomUUID().toString().substring(0, 8);
        var passwordHash = jdbc.sql("select password_hash from accounts where password_hash is not null limit 1").query(String.class).single();
        var names = names(count);
        var ids = jdbc.sql("""
                insert into accounts (id, email, display_name, password_hash, kind, email_verified_at)
                select gen_random_uuid(), 'fresh-' || n || '-' || ? || '@example.org', name, ?, 'CITIZEN', now()
                from unnest(?::text[]) with ordinality as named (name, n)
                returning id""").params(run, passwordHash, names).query(UUID.class).list();
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

    /** Full names with the skew of real ones; the same seed every run, so runs meet the same names. */
    private static String[] names(int count) {
        var tables = FrequencyTables.builtIn();
        var random = new SplittableRandom(20261207L);
        var names = new String[count];
        for (int i = 0; i < count; i++) {
            names[i] = capitalised(tables.givenName(random)) + " " + capitalised(tables.surname(random));
        }
        return names;
    }

    private static String capitalised(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static void insertTokens(JdbcTemplate batches, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            batches.batchUpdate("insert into api_tokens (id, account_id, name, token_hash, expires_at) values (?, ?, 'benchmark', ?, now() + interval '1 day')",
                    rows);
            rows.clear();
        }
    }
}
