package org.frontdoor.bench;

import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The statements PostgreSQL spent most time on during a benchmark's measured phase, from
 * {@code pg_stat_statements} (the embedded server preloads it for the benchmark), per unit of work:
 * where the database's share of a request goes.
 */
final class Statements {

    private final JdbcClient jdbc;
    private final Transactions before;
    private final Map<String, Long> caseIndexScans;

    /** Starts counting from now. */
    Statements(JdbcClient jdbc) {
        this.jdbc = jdbc;
        jdbc.sql("create extension if not exists pg_stat_statements").update();
        jdbc.sql("select pg_stat_statements_reset()").query().singleRow();
        this.before = transactions();
        this.caseIndexScans = caseIndexScans();
    }

    /** Scans of each index of the cases table so far: which of them the phase's queries use. */
    private Map<String, Long> caseIndexScans() {
        var scans = new TreeMap<String, Long>();
        jdbc.sql("select indexrelname, idx_scan from pg_stat_user_indexes where relname = 'cases'")
                .query(rs -> { scans.put(rs.getString(1), rs.getLong(2)); });
        return scans;
    }

    /** Commits, rollbacks and deadlocks in this database so far (PostgreSQL publishes them within a second). */
    record Transactions(long commits, long rollbacks, long deadlocks) {
    }

    private Transactions transactions() {
        return jdbc.sql("select xact_commit, xact_rollback, deadlocks from pg_stat_database where datname = current_database()")
                .query((rs, n) -> new Transactions(rs.getLong(1), rs.getLong(2), rs.getLong(3))).single();
    }

    /** Prints the {@code limit} busiest statements with their calls and milliseconds per unit of work. */
    void printBusiest(int limit, long units) {
        if (limit <= 0 || units <= 0) {
            return;
        }
        var after = transactions();
        // Rollbacks show work done twice (a batch redone piece by piece, a retried conflict).
        System.err.printf("[statements] per unit of work: %.2f commits, %.3f rollbacks, %d deadlocks%n",
                (after.commits() - before.commits()) / (double) units, (after.rollbacks() - before.rollbacks()) / (double) units,
                after.deadlocks() - before.deadlocks());
        System.err.printf("[statements] busiest %d, per unit of work (%d units): calls, ms total, ms mean%n", limit, units);
        jdbc.sql("""
                select calls, total_exec_time, mean_exec_time, left(regexp_replace(query, '\\s+', ' ', 'g'), 150) as query
                from pg_stat_statements order by total_exec_time desc limit ?""").param(limit).query((rs, n) -> {
                    System.err.printf("[statements] %6.2f %8.3f %8.3f  %s%n", rs.getLong("calls") / (double) units,
                            rs.getDouble("total_exec_time") / units, rs.getDouble("mean_exec_time"), rs.getString("query"));
                    return n;
                }).list();
        var scans = caseIndexScans();
        System.err.printf("[statements] scans of the cases table's indexes, per unit of work:%n");
        scans.forEach((index, total) -> System.err.printf("[statements] %8.3f  %s%n",
                (total - caseIndexScans.getOrDefault(index, 0L)) / (double) units, index));
    }
}
