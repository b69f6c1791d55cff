package org.frontdoor.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import io.micrometer.core.instrument.MeterRegistry;
import javax.sql.DataSource;
import org.frontdoor.FrontdoorApplication;
import org.frontdoor.identity.AccountKind;
import org.frontdoor.identity.ApiTokens;
import org.frontdoor.identity.NewCitizen;
import org.frontdoor.identity.Registration;
import org.frontdoor.identity.Role;
import org.frontdoor.identity.SignedInAccount;
import org.frontdoor.support.TestEnvironment;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Case intake and reads over real HTTP against the platform on its own embedded PostgreSQL, with a
 * raw-JDBC baseline doing the same inserts on the same database in the same run.
 *
 * <pre>bench/intake [--seconds 20] [--clients 32] [--pool 32] [--writers 1] [--fresh 0] [--warmup 240] [--read-warmup 60] [--cases 1000000] [--jfr file] [--jfr-reads file] [--statements 20]</pre>
 *
 * Intake is timed after unrecorded submissions have let the JIT compiler settle: rounds of 10
 * seconds until it compiles for under a second of one, at most {@code --warmup} seconds
 * ({@code warmup_s} says how long it took: about 100 s of this load on two cores). Until then C2
 * takes a quarter or more of the JVM's CPU (see {@code jit_s}, the compiler's time during the timed
 * window; a run whose {@code jit_s} is a large share of {@code seconds} measured warm-up, not the
 * platform). The clients are {@link LoadClient}s: plain keep-alive HTTP/1.1, cheap on the CPU the
 * platform shares with them.
 *
 * {@code --seconds 0} skips intake and its baseline (their keys print NaN). Reads are measured after
 * {@code --read-warmup} seconds of unrecorded reads ({@code reads_jit_s} shows what compiling was
 * left), first from one client, then from {@code min(clients, 8)} at once (the
 * {@code case_p99_ms} and {@code worklist_p99_ms} of the last line), then a caseworker of two teams
 * going through every worklist view, filter and order: each on its own from one client (printed
 * by name; {@code worklists_1c_*}), then all in turn from {@code min(clients, 8)} ({@code worklists_*}).
 * {@code cpu_ms_per_submission} and {@code cpu_ms_per_read} are this JVM's CPU time (platform and
 * load clients) per unit of work: steadier than rates on a shared machine, for comparing builds.
 * {@code db_cpu_ms_per_submission} is the PostgreSQL server's CPU time per submission, and the
 * {@code baseline_*cpu_ms_per_submission} keys the same two for the raw baseline's inserts: on two
 * cores, 2,000 a second leaves 1 ms of CPU in all per submission.
 *
 * Last line: key=value pairs.
 */
public final class IntakeBenchmark {

    private static final String ANSWERS = """
            {"service":"help-abroad","answers":{"helpType":"passport","country":"Spain","lostOn":"2026-11-20","phone":"+34 600 123 456"}}""";

    public static void main(String[] args) throws Exception {
        int seconds = Options.option(args, "--seconds", 20);
        int clients = Options.option(args, "--clients", 32);
        // Connections, not clients, decide how many PostgreSQL backends compete for the two cores.
        int pool = Options.option(args, "--pool", 32);
        // 0: the same 32 applicants apply again and again; N: N new applicants, one per submission.
        int fresh = Options.option(args, "--fresh", 0);
        int cases = Options.option(args, "--cases", 1_000_000);
        int warmup = Options.option(args, "--warmup", 240);
        int readWarmup = Options.option(args, "--read-warmup", 60);
        int readers = Math.min(clients, 8);
        // Writers of grouped submissions (ADR 34); the platform's own default unless asked.
        int writers = Options.option(args, "--writers", 1);
        var data = Files.createTempDirectory("frontdoor-bench");
        try (var app = new SpringApplicationBuilder(FrontdoorApplication.class).run(
                "--frontdoor.test.own-database=true", "--frontdoor.database.embedded.data-directory=" + data.resolve("pg"),
                "--frontdoor.database.embedded.port=" + TestEnvironment.freePort(), "--server.port=0",
                "--logging.level.root=WARN", "--spring.datasource.hikari.maximum-pool-size=" + pool,
                "--frontdoor.cases.intake-writers=" + writers,
                // The test settings name the lists relative to the module; the benchmark runs from the repository root.
                "--frontdoor.diligence.sanctions.lists=frontdoor-app/src/test/resources/diligence/lists",
                "--frontdoor.database.embedded.server[shared_preload_libraries]=pg_stat_statements")) {
            var port = ((WebServerApplicationContext) app).getWebServer().getPort();
            var jdbc = app.getBean(JdbcClient.class);
            var intake = new Run(0, Double.NaN, Double.NaN, Double.NaN);
            double drain = 0;
            long backlogBefore = 0;
            long backlogAfter = 0;
            long backlogLeft = 0;
            double intakeJit = Double.NaN;
            double intakeCpu = Double.NaN;
            double intakeDbCpu = Double.NaN;
            double baselineCpu = Double.NaN;
            double baselineDbCpu = Double.NaN;
            double baseline = Double.NaN;
            double meanGroup = Double.NaN;
            int warmedUp = 0;
            // --seconds 0 skips intake and its baseline, for quicker read measurements.
            if (seconds > 0) {
                var returning = applicantTokens(app, clients);
                IntFunction<String> tokens = returning::get;
                if (fresh > 0) {
                    progress("making " + fresh + " new applicants, one per submission");
                    var unused = FreshApplicants.make(jdbc, app.getBean(JdbcTemplate.class), fresh);
                    tokens = client -> unused.poll();
                }
                warmedUp = warmUp(port, tokens, clients, warmup);
                progress("intake over HTTP: " + clients + " clients, " + seconds + " s");
                var statements = new Statements(jdbc);
                var recording = Profile.startIfAsked(args);
                var work = JvmWork.start();
                var databaseWork = DatabaseWork.start(jdbc);
                backlogBefore = backlog(jdbc);
                var grouping = Grouping.start(app);
                intake = submit(port, tokens, clients, seconds);
                meanGroup = grouping.meanGroup();
                backlogAfter = backlog(jdbc);
                intakeJit = work.jitSeconds();
                intakeCpu = work.cpuMillis() / intake.submitted();
                intakeDbCpu = databaseWork.cpuMillis() / intake.submitted();
                Profile.stop(recording);
                // What the submissions left to do after commit (person linking, any checks) must be done
                // before the baseline runs, or it would slow the baseline and flatter the ratio.
                drain = drain(jdbc);
                backlogLeft = backlog(jdbc);
                if (backlogLeft > 0) {
                    progress(backlogLeft + " left after five minutes of draining: the baseline runs beside them, which flatters the ratio");
                }
                statements.printBusiest(Options.option(args, "--statements", 0), intake.submitted());
                progress("raw JDBC baseline: same inserts, same database");
                var baselineWork = JvmWork.start();
                var baselineDatabaseWork = DatabaseWork.start(jdbc);
                var raw = baseline(app.getBean(DataSource.class), jdbc, clients, seconds);
                baseline = raw.perSecond();
                baselineCpu = baselineWork.cpuMillis() / raw.submitted();
                baselineDbCpu = baselineDatabaseWork.cpuMillis() / raw.submitted();
                // The baseline's stand-in outbox rows have no listener behind them; leave none for start-up to retry.
                jdbc.sql("delete from event_publication where listener_id = 'baseline'").update();
            }
            progress("loading " + cases + " cases");
            CaseReadLoad.load(jdbc, cases);
            var reads = new CaseReadLoad(port, staffToken(app, "admin@frontdoor.example", EnumSet.of(Role.ADMIN)),
                    staffToken(app, "caseworker@frontdoor.example", EnumSet.of(Role.CASEWORKER)), jdbc);
            progress("warming up the reads: " + readWarmup + " s");
            reads.warmUp(readers, readWarmup);
            progress("reading whole cases and worklists: 1 client");
            var single = reads.adminPass(1, 1000);
            progress("reading whole cases and worklists: " + readers + " clients");
            var statements = new Statements(jdbc);
            var recording = Profile.startIfAsked(args, "--jfr-reads");
            var readWork = JvmWork.start();
            var concurrent = reads.adminPass(readers, 500);
            double readJit = readWork.jitSeconds();
            double readCpu = readWork.cpuMillis() / (readers * 600.0);
            Profile.stop(recording);
            statements.printBusiest(Options.option(args, "--statements", 0), (long) readers * 500);
            progress("a caseworker's worklists, each view and filter on its own: 1 client");
            var worklistStatements = new Statements(jdbc);
            var shapes = reads.caseworkerShapes(50);
            progress("a caseworker's worklists, every view and filter: " + readers + " clients");
            var worklists = reads.caseworkerPass(readers, 325);
            worklistStatements.printBusiest(Options.option(args, "--statements", 0), CaseReadLoad.worklistPages(50, readers, 325));
            // The outbox work the timed window added (its backlog's growth) at the rate the drain worked
            // it off alone: the time the window's submissions really took, all their work included.
            double drainPerSecond = (backlogAfter - backlogLeft) / drain;
            double ownDrain = backlogAfter == 0 ? 0 : Math.max(0, backlogAfter - backlogBefore) / drainPerSecond;
            System.out.printf("submissions_per_s=%.0f baseline_per_s=%.0f ratio=%.2f p50_ms=%.2f p99_ms=%.2f drain_s=%.1f "
                            + "backlog_before=%d backlog_after=%d backlog_left=%d drain_per_s=%.0f with_drain_per_s=%.0f cases=%d case_p99_ms=%.2f worklist_p99_ms=%.2f case_p50_ms=%.2f worklist_p50_ms=%.2f "
                            + "case_1c_p50_ms=%.2f case_1c_p99_ms=%.2f worklist_1c_p50_ms=%.2f worklist_1c_p99_ms=%.2f "
                            + "worklists_1c_p50_ms=%.2f worklists_1c_p99_ms=%.2f worklists_p50_ms=%.2f worklists_p99_ms=%.2f jit_s=%.1f cpu_ms_per_submission=%.2f db_cpu_ms_per_submission=%.2f "
                            + "baseline_cpu_ms_per_submission=%.2f baseline_db_cpu_ms_per_submission=%.2f reads_jit_s=%.1f "
                            + "cpu_ms_per_read=%.2f mean_group=%.1f clients=%d pool=%d writers=%d fresh=%d seconds=%d warmup=%d warmup_s=%d%n",
                    intake.perSecond(), baseline, intake.perSecond() / baseline, intake.p50(), intake.p99(), drain,
                    backlogBefore, backlogAfter, backlogLeft, drainPerSecond, intake.submitted() / (intake.submitted() / intake.perSecond() + ownDrain),
                    jdbc.sql("select count(*) from cases").query(Long.class).single(),
                    concurrent.caseP99(), concurrent.worklistP99(), concurrent.caseP50(), concurrent.worklistP50(),
                    single.caseP50(), single.caseP99(), single.worklistP50(), single.worklistP99(),
                    shapes.worklistP50(), shapes.worklistP99(), worklists.worklistP50(), worklists.worklistP99(), intakeJit, intakeCpu, intakeDbCpu, baselineCpu, baselineDbCpu,
                    readJit, readCpu, meanGroup, clients, pool, writers, fresh, seconds,
                    warmup, warmedUp);
        }
    }

    record Run(long submitted, double perSecond, double p50, double p99) {
    }

    /** How many submissions the platform wrote in each transaction, on average, from its intake meters. */
    private record Grouping(MeterRegistry meters, double groups, double submissions) {

        static Grouping start(ConfigurableApplicationContext app) {
            var meters = app.getBean(MeterRegistry.class);
            return new Grouping(meters, count(meters, "frontdoor.intake.groups"), count(meters, "frontdoor.intake.submissions"));
        }

        double meanGroup() {
            return (count(meters, "frontdoor.intake.submissions") - submissions) / (count(meters, "frontdoor.intake.groups") - groups);
        }

        private static double count(MeterRegistry meters, String name) {
            return meters.get(name).functionCounter().count();
        }
    }

    /** {@code tokens} gives the API token for a client's next submission (null: none left). */
    private static Run submit(int port, IntFunction<String> tokens, int clients, int seconds) throws Exception {
        var body = ANSWERS.getBytes(StandardCharsets.UTF_8);
        var stop = new AtomicBoolean();
        var done = new AtomicLong();
        var failures = new AtomicLong();
        var latencies = new ArrayList<Latencies>();
        var threads = new ArrayList<Thread>();
        for (int c = 0; c < clients; c++) {
            var mine = new Latencies();
            latencies.add(mine);
            int client = c;
            threads.add(Thread.ofVirtual().start(() -> {
                try (var connection = new LoadClient(port)) {
                    while (!stop.get()) {
                        var token = tokens.apply(client);
                        if (token == null) {
                            progress("--fresh ran out of new applicants: give more");
                            failures.incrementAndGet();
                            break;
                        }
                        var headers = "Authorization: Bearer " + token + "\r\nIdempotency-Key: " + UUID.randomUUID() + "\r\n";
                        long start = System.nanoTime();
                        try {
                            int status = connection.postJson("/api/v1/applications", headers, body);
                            mine.record(System.nanoTime() - start);
                            (status == 201 ? done : failures).incrementAndGet();
                        } catch (RuntimeException e) {
                            failures.incrementAndGet();
                        }
                    }
                }
            }));
        }
        long started = System.nanoTime();
        Thread.sleep(Duration.ofSeconds(seconds));
        stop.set(true);
        for (var thread : threads) {
            thread.join();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        if (failures.get() > 0) {
            progress(failures.get() + " submissions failed");
        }
        return new Run(done.get(), done.get() / elapsed, Latencies.percentileMillis(latencies, 50), Latencies.percentileMillis(latencies, 99));
    }

    /**
     * Unrecorded submissions in rounds of 10 seconds until the JIT compiler has settled (compiling
     * for under a second of a round) or {@code most} seconds have passed; returns the seconds spent.
     * On two cores C2 was still taking a quarter of the JVM's CPU after a minute of this load, so a
     * fixed warm-up measured the compiler as much as the platform.
     */
    private static int warmUp(int port, IntFunction<String> tokens, int clients, int most) throws Exception {
        int spent = 0;
        while (spent < most) {
            var round = JvmWork.start();
            int seconds = Math.min(10, most - spent);
            submit(port, tokens, clients, seconds);
            spent += seconds;
            double compiling = round.jitSeconds();
            progress(String.format("warming up: %d s, JIT compiled for %.1f s of the last %d", spent, compiling, seconds));
            if (spent >= 30 && compiling < 1.0) {
                break;
            }
        }
        return spent;
    }

    /** Work the submissions left that is not yet done: cases queued for person linking, outbox entries (any checks). */
    private static long backlog(JdbcClient jdbc) {
        return jdbc.sql("""
                select (select count(*) from people_linking_queue)
                     + (select count(*) from event_publication where completion_date is null)""").query(Long.class).single();
    }

    /** Seconds until that work is all done (at most five minutes). */
    private static double drain(JdbcClient jdbc) throws InterruptedException {
        long start = System.nanoTime();
        while (backlog(jdbc) > 0 && System.nanoTime() - start < Duration.ofMinutes(5).toNanos()) {
            Thread.sleep(100);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** The rows one submission writes (case, timeline, audit, outbox) with plain JDBC, one transaction each. */
    private static Run baseline(DataSource dataSource, JdbcClient jdbc, int clients, int seconds) throws Exception {
        var applicant = jdbc.sql("select id from accounts limit 1").query(UUID.class).single();
        var stop = new AtomicBoolean();
        var done = new AtomicLong();
        var threads = new ArrayList<Thread>();
        for (int c = 0; c < clients; c++) {
            threads.add(Thread.ofVirtual().start(() -> {
                while (!stop.get()) {
                    try (var connection = dataSource.getConnection()) {
                        connection.setAutoCommit(false);
                        var id = UUID.randomUUID();
                        try (var insert = connection.prepareStatement("""
                                insert into cases (id, reference, service_id, service_version, applicant_id, team, state, answers, due_on,
                                                   idempotency_key, idempotency_fingerprint, search_terms)
                                values (?, 'RAW-' || nextval('case_reference_seq'), 'help-abroad', 1, ?, 'Consular assistance', 'received',
                                        ?::jsonb, ?, ?, ?, to_tsvector('simple', 'Baseline Applicant baseline@example.com +34 600 123 456 +34600123456'))""")) {
                            insert.setObject(1, id);
                            insert.setObject(2, applicant);
                            insert.setString(3, "{\"helpType\":\"passport\",\"country\":\"Spain\",\"lostOn\":\"2026-11-20\",\"phone\":\"+34 600 123 456\"}");
                            insert.setObject(4, LocalDate.now().plusDays(1));
                            insert.setString(5, UUID.randomUUID().toString());
                            insert.setString(6, "x".repeat(64));
                            insert.executeUpdate();
                        }
                        try (var event = connection.prepareStatement(
                                "insert into case_events (case_id, actor_id, kind, to_state, visible_to_citizen, by_citizen) values (?, ?, 'SUBMITTED', 'received', true, true)")) {
                            event.setObject(1, id);
                            event.setObject(2, applicant);
                            event.executeUpdate();
                        }
                        try (var audit = connection.prepareStatement("""
                                insert into audit_log (actor_id, actor_name, action, subject_type, subject_id, purpose, details)
                                values (?, 'Baseline', 'SUBMITTED', 'CASE', ?, 'Baseline', '{"reference":"RAW"}'::jsonb)""")) {
                            audit.setString(1, applicant.toString());
                            audit.setString(2, id.toString());
                            audit.executeUpdate();
                        }
                        try (var outbox = connection.prepareStatement("""
                                insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, status)
                                values (?, 'baseline', 'Baseline', '{}', now(), 'PUBLISHED')""")) {
                            outbox.setObject(1, UUID.randomUUID());
                            outbox.executeUpdate();
                        }
                        connection.commit();
                        done.incrementAndGet();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            }));
        }
        long started = System.nanoTime();
        Thread.sleep(Duration.ofSeconds(seconds));
        stop.set(true);
        for (var thread : threads) {
            thread.join();
        }
        return new Run(done.get(), done.get() / ((System.nanoTime() - started) / 1e9), Double.NaN, Double.NaN);
    }

    private static List<String> applicantTokens(ConfigurableApplicationContext app, int count) {
        var registration = app.getBean(Registration.class);
        var tokens = app.getBean(ApiTokens.class);
        var jdbc = app.getBean(JdbcClient.class);
        var issued = new ArrayList<String>();
        for (int i = 0; i < count; i++) {
            var email = "bench-" + i + "-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
            var id = registration.register(new NewCitizen("Bench Applicant " + i, email, "bench applicant password", "bench applicant password"));
            jdbc.sql("update accounts set email_verified_at = now() where id = ?").param(id).update();
            var account = new SignedInAccount(id, email, "Bench Applicant", AccountKind.CITIZEN, EnumSet.of(Role.CITIZEN), Set.of(), true, null);
            issued.add(tokens.issue(account, "benchmark", Duration.ofDays(1)).token());
        }
        return issued;
    }

    private static String staffToken(ConfigurableApplicationContext app, String email, EnumSet<Role> roles) {
        var jdbc = app.getBean(JdbcClient.class);
        var id = jdbc.sql("select id from accounts where email = ?").param(email).query(UUID.class).single();
        var staff = new SignedInAccount(id, email, "Bench staff", AccountKind.STAFF, roles, Set.of(), true, null);
        return app.getBean(ApiTokens.class).issue(staff, "benchmark", Duration.ofDays(1)).token();
    }

    private static void progress(String message) {
        System.err.println("[intake] " + message);
    }
}
