package org.frontdoor.bench;

import java.time.Duration;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * CPU time the PostgreSQL server spent during a timed phase: its postmaster and every process
 * under it (the pool's backends, WAL writer, checkpointer, autovacuum). With {@link JvmWork} this
 * gives the whole cost of a unit of work on the machine, which on two cores bounds how many a second
 * any design of the platform can do. Works for a server on this machine (the embedded one), whose
 * processes this user can read.
 */
final class DatabaseWork {

    private final ProcessHandle postmaster;
    private final long cpuNanos;

    private DatabaseWork(ProcessHandle postmaster) {
        this.postmaster = postmaster;
        this.cpuNanos = cpuNanos(postmaster);
    }

    static DatabaseWork start(JdbcClient jdbc) {
        long backend = jdbc.sql("select pg_backend_pid()").query(Long.class).single();
        var postmaster = ProcessHandle.of(backend).flatMap(ProcessHandle::parent)
                .orElseThrow(() -> new IllegalStateException("PostgreSQL backend " + backend + " is not a process of this machine"));
        return new DatabaseWork(postmaster);
    }

    double cpuMillis() {
        return (cpuNanos(postmaster) - cpuNanos) / 1e6;
    }

    // A process that exits during the phase takes its time with it; the pool's backends live on.
    private static long cpuNanos(ProcessHandle postmaster) {
        return Stream.concat(Stream.of(postmaster), postmaster.descendants())
                .mapToLong(p -> p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L))
                .sum();
    }
}
