package org.frontdoor.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
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
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Case intake and reads over real HTTP against the platform on its own embedded PostgreSQL, with a
 * raw-JDBC baseline doing the same inserts on the same database in the same run.
 *
 * <pre>bench/intake [--seconds 20] [--clients 32] [--cases 1000000] [--jfr file] [--statements 20]</pre>
 *
 * Last line: key=value pairs.
 */
public final class IntakeBenchmark {

    private static final String ANSWERS = """
            {"service":"help-abroad","answers":{"helpType":"passport","country":"Spain","lostOn":"2026-11-20","phone":"+34 600 123 456"}}""";

    public static void main(String[] args) throws Exception {
        int seconds = Options.option(args, "--seconds", 20);
        int clients = Options.option(args, "--clients", 32);
        int cases = Options.option(args, "--cases", 1_000_000);
        var data = Files.createTempDirectory("frontdoor-bench");
        try (var app = new SpringApplicationBuilder(FrontdoorApplication.class).run(
                "--frontdoor.test.own-database=true", "--frontdoor.database.embedded.data-directory=" + data.resolve("pg"),
                "--frontdoor.database.embedded.port=" + TestEnvironment.freePort(), "--server.port=0",
                "--logging.level.root=WARN", "--spring.datasource.hikari.maximum-pool-size=" + Math.max(10, clients),
                "--frontdoor.database.embedded.server[shared_preload_libraries]=pg_stat_statements")) {
            var port = ((WebServerApplicationContext) app).getWebServer().getPort();
            var tokens = applicantTokens(app, clients);
            progress("warming up");
            submit(port, tokens, clients, 5);
            progress("intake over HTTP: " + clients + " clients, " + seconds + " s");
            var statements = new Statements(app.getBean(JdbcClient.class));
            var recording = Profile.startIfAsked(args);
            var intake = submit(port, tokens, clients, seconds);
            Profile.stop(recording);
            // What the submissions left to do after commit (person linking, any checks) must be done
            // before the baseline runs, or it would slow the baseline and flatter the ratio.
            double drain = drain(app.getBean(JdbcClient.class));
            statements.printBusiest(Options.option(args, "--statements", 0), intake.submitted());
            progress("raw JDBC baseline: same inserts, same database");
            var baseline = baseline(app.getBean(DataSource.class), app.getBean(JdbcClient.class), clients, seconds);
            // The baseline's stand-in outbox rows have no listener behind them; leave none for start-up to retry.
            app.getBean(JdbcClient.class).sql("delete from event_publication where listener_id = 'baseline'").update();
            progress("loading " + cases + " cases");
            loadCases(app.getBean(JdbcClient.class), cases);
            var admin = adminToken(app);
            progress("reading whole cases and worklists");
            var reads = reads(port, admin, app.getBean(JdbcClient.class), clients);
            System.out.printf("submissions_per_s=%.0f baseline_per_s=%.0f ratio=%.2f p50_ms=%.2f p99_ms=%.2f drain_s=%.1f "
                            + "with_drain_per_s=%.0f cases=%d case_p99_ms=%.2f worklist_p99_ms=%.2f clients=%d seconds=%d%n",
                    intake.perSecond(), baseline, intake.perSecond() / baseline, intake.p50(), intake.p99(), drain,
                    intake.submitted() / (intake.submitted() / intake.perSecond() + drain),
                    app.getBean(JdbcClient.class).sql("select count(*) from cases").query(Long.class).single(),
                    reads[0], reads[1], clients, seconds);
        }
    }

    record Run(long submitted, double perSecond, double p50, double p99) {
    }

    private static Run submit(int port, List<String> tokens, int clients, int seconds) throws Exception {
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        var uri = URI.create("http://127.0.0.1:" + port + "/api/v1/applications");
        var stop = new AtomicBoolean();
        var done = new AtomicLong();
        var failures = new AtomicLong();
        var latencies = new ArrayList<Latencies>();
        var threads = new ArrayList<Thread>();
        for (int c = 0; c < clients; c++) {
            var mine = new Latencies();
            latencies.add(mine);
            var token = tokens.get(c);
            threads.add(Thread.ofVirtual().start(() -> {
                while (!stop.get()) {
                    var request = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                            .POST(HttpRequest.BodyPublishers.ofString(ANSWERS)).build();
                    long start = System.nanoTime();
                    try {
                        var response = http.send(request, HttpResponse.BodyHandlers.discarding());
                        mine.record(System.nanoTime() - start);
                        (response.statusCode() == 201 ? done : failures).incrementAndGet();
                    } catch (Exception e) {
                        failures.incrementAndGet();
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

    /** Seconds until the outbox holds no unfinished entry (at most two minutes). */
    private static double drain(JdbcClient jdbc) throws InterruptedException {
        long start = System.nanoTime();
        while (jdbc.sql("select count(*) from event_publication where completion_date is null").query(Long.class).single() > 0
                && System.nanoTime() - start < Duration.ofMinutes(2).toNanos()) {
            Thread.sleep(100);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** The rows one submission writes (case, timeline, audit, outbox) with plain JDBC, one transaction each. */
    private static double baseline(DataSource dataSource, JdbcClient jdbc, int clients, int seconds) throws Exception {
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
        return done.get() / ((System.nanoTime() - started) / 1e9);
    }

    /** Bulk benchmark data in one statement: cases spread over the demo teams, states and due dates. */
    private static void loadCases(JdbcClient jdbc, int cases) {
        jdbc.sql("""
                insert into cases (id, reference, service_id, service_version, applicant_id, team, state, answers, submitted_at,
                                   state_entered_at, due_on, open, search_terms)
                select gen_random_uuid(), 'BULK-' || n, 'help-abroad', 1, (select id from accounts order by created_at limit 1),
                       (array['Consular assistance','Consular crisis response','Victim care','Disability support'])[1 + n % 4],
                       (array['received','in-progress','awaiting-information','resolved'])[1 + n % 4],
                       jsonb_build_object('helpType', 'passport', 'country', 'Spain', 'post', 'British Embassy Madrid', 'phone', '+44 20 7946 ' || (n % 10000)),
                       now() - (n % 365) * interval '1 day', now(), current_date + (n % 60) - 20, n % 4 <> 3,
                       to_tsvector('simple', 'Applicant' || n || ' +44 20 7946 ' || (n % 10000))
                from generate_series(1, ?) n""").param(cases).update();
        jdbc.sql("analyze cases").update();
    }

    /** p99 of whole-case fetches (API) and of the team worklist's first page (console), in milliseconds. */
    private static double[] reads(int port, String adminToken, JdbcClient jdbc, int clients) throws Exception {
        var ids = jdbc.sql("select id from cases tablesample system (1) limit 5000").query(UUID.class).list();
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        var caseLatencies = new ArrayList<Latencies>();
        var worklistLatencies = new ArrayList<Latencies>();
        var threads = new ArrayList<Thread>();
        var worklist = URI.create("http://127.0.0.1:" + port + "/api/v1/cases?view=TEAM");
        for (int c = 0; c < Math.min(clients, 8); c++) {
            var cases = new Latencies();
            var lists = new Latencies();
            caseLatencies.add(cases);
            worklistLatencies.add(lists);
            threads.add(Thread.ofVirtual().start(() -> {
                var random = ThreadLocalRandom.current();
                for (int i = 0; i < 500; i++) {
                    try {
                        var id = ids.get(random.nextInt(ids.size()));
                        long start = System.nanoTime();
                        var response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/cases/" + id))
                                .header("Authorization", "Bearer " + adminToken).build(), HttpResponse.BodyHandlers.discarding());
                        cases.record(System.nanoTime() - start);
                        if (response.statusCode() != 200) {
                            throw new IllegalStateException("case fetch answered " + response.statusCode());
                        }
                        if (i % 5 == 0) {
                            start = System.nanoTime();
                            var page = http.send(HttpRequest.newBuilder(worklist).header("Authorization", "Bearer " + adminToken).build(),
                                    HttpResponse.BodyHandlers.discarding());
                            lists.record(System.nanoTime() - start);
                            if (page.statusCode() != 200) {
                                throw new IllegalStateException("worklist answered " + page.statusCode());
                            }
                        }
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            }));
        }
        for (var thread : threads) {
            thread.join();
        }
        return new double[] {Latencies.percentileMillis(caseLatencies, 99), Latencies.percentileMillis(worklistLatencies, 99)};
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

    private static String adminToken(ConfigurableApplicationContext app) {
        var jdbc = app.getBean(JdbcClient.class);
        var id = jdbc.sql("select id from accounts where email = 'admin@frontdoor.example'").query(UUID.class).single();
        var admin = new SignedInAccount(id, "admin@frontdoor.example", "Admin", AccountKind.STAFF, EnumSet.of(Role.ADMIN), Set.of(), true, null);
        return app.getBean(ApiTokens.class).issue(admin, "benchmark", Duration.ofDays(1)).token();
    }


    private static void progress(String message) {
        System.err.println("[intake] " + message);
    }
}
