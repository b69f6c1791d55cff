package org.frontdoor.bench;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.frontdoor.FrontdoorApplication;
import org.frontdoor.grants.DecidingGrants;
import org.frontdoor.grants.GrantDashboards;
import org.frontdoor.grants.GrantProgrammes;
import org.frontdoor.grants.LondonTime;
import org.frontdoor.grants.PayingGrants;
import org.frontdoor.identity.Role;
import org.frontdoor.identity.SignedInAccount;
import org.frontdoor.support.GrantApplications;
import org.frontdoor.support.People;
import org.frontdoor.support.TestEnvironment;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Grants at scale: loads a round of applications (100,000 by default), times the panel's first and
 * deeper pages, the budget totals and the dashboard; then awards and schedules the payment of
 * 10,000 approved ones through the real award path (another 10,000 through the raw-SQL baseline),
 * and pays them in one payment run. Each is
 * set beside a raw-SQL baseline of the same work on the same database, run in the same process.
 * Usage: bench/grants [--applications 100000] [--approved 10000] [--threads 4] [--readers 2]. Last line: key=value pairs.
 */
public final class GrantsBenchmark {

    public static void main(String[] args) throws Exception {
        int applications = Options.option(args, "--applications", 100_000);
        int approved = Options.option(args, "--approved", 10_000);
        int threads = Options.option(args, "--threads", 4);
        // Readers: staff loading the panel at the same moment; 2, one per core of the machines we measure on.
        int readers = Options.option(args, "--readers", 2);
        var data = Files.createTempDirectory("frontdoor-grants-bench");
        try (var app = new SpringApplicationBuilder(FrontdoorApplication.class).run(
                "--frontdoor.test.own-database=true", "--frontdoor.database.embedded.data-directory=" + data.resolve("pg"),
                "--frontdoor.database.embedded.port=" + TestEnvironment.freePort(), "--server.port=0",
                "--logging.level.root=WARN", "--spring.datasource.hikari.maximum-pool-size=" + Math.max(10, threads * 2))) {
            var jdbc = app.getBean(JdbcClient.class);
            var admin = People.staff(jdbc, "admin@frontdoor.example", Role.ADMIN);
            var lead = People.staff(jdbc, "teamlead@frontdoor.example", Role.TEAM_LEAD);
            var programme = "bench-" + UUID.randomUUID().toString().substring(0, 8);
            app.getBean(GrantProgrammes.class).publish(admin, GrantApplications.programmeDefinition(programme, "5000000000.00"));
            progress("loading " + applications + " applications, " + approved + " approved for the award path and as many for the baseline");
            long loadStart = System.nanoTime();
            load(jdbc, programme, applications, 2 * approved);
            double loadSeconds = (System.nanoTime() - loadStart) / 1e9;

            var deciding = app.getBean(DecidingGrants.class);
            var dashboards = app.getBean(GrantDashboards.class);
            progress("panel, totals and dashboard");
            var firstPage = time(readers, 400, () -> deciding.panel(lead, programme, null, 50));
            var cursor = deeperCursor(deciding, lead, programme);
            var deepPage = time(readers, 200, () -> deciding.panel(lead, programme, cursor, 50));
            var totals = time(readers, 400, () -> deciding.totals(lead, programme));
            var dashboard = time(readers, 100, () -> dashboards.dashboard(lead, programme));
            var panelBaseline = time(readers, 400, () -> jdbc.sql("""
                    select g.case_id, g.recipient_name, g.amount_requested, g.score from grant_applications g
                    where g.programme_id = ? order by coalesce(g.score, -1) desc, g.case_id desc limit 51
                    """).param(programme).query().listOfRows());

            var ids = jdbc.sql("select case_id from grant_applications where programme_id = ? and amount_awarded is null order by case_id limit ?")
                    .params(programme, 2 * approved).query(UUID.class).list();
            var half = ids.size() / 2;
            progress("raw SQL baseline: " + half + " awards with ledger, decision, payment and case state");
            var baselineSeconds = baselineAwards(jdbc, new TransactionTemplate(app.getBean(PlatformTransactionManager.class)), programme, ids.subList(0, half), lead.id());
            progress("awarding and scheduling " + (ids.size() - half) + " through the award path, " + threads + " threads");
            var awardSeconds = awards(deciding, lead, ids.subList(half, ids.size()), threads);
            double awardsPerSecond = (ids.size() - half) / awardSeconds;
            double baselinePerSecond = half / baselineSeconds;
            progress("one payment run for every accepted award, then its confirmation");
            jdbc.sql("update grant_applications set offer_accepted_at = now() where programme_id = ? and amount_awarded is not null")
                    .param(programme).update();
            var paying = app.getBean(PayingGrants.class);
            long runStart = System.nanoTime();
            var run = paying.createRun(lead, LocalDate.now(LondonTime.LONDON));
            double runSeconds = (System.nanoTime() - runStart) / 1e9;
            long confirmStart = System.nanoTime();
            paying.confirm(lead, run.id());
            double confirmSeconds = (System.nanoTime() - confirmStart) / 1e9;

            System.out.printf("applications=%d load_s=%.1f panel_p50_ms=%.2f panel_p99_ms=%.2f panel_deep_p99_ms=%.2f panel_sql_p99_ms=%.2f"
                            + " totals_p99_ms=%.2f dashboard_p99_ms=%.2f awarded=%d award_s=%.1f awards_per_s=%.0f"
                            + " award_baseline_per_s=%.0f award_ratio=%.2f run_payments=%d run_s=%.2f confirm_s=%.2f threads=%d readers=%d%n",
                    applications, loadSeconds, firstPage.p50(), firstPage.p99(), deepPage.p99(), panelBaseline.p99(), totals.p99(),
                    dashboard.p99(), ids.size() - half, awardSeconds, awardsPerSecond, baselinePerSecond,
                    awardsPerSecond / baselinePerSecond, run.payments(), runSeconds, confirmSeconds, threads, readers);
        }
    }

    /**
     * Bulk benchmark data: one applicant, cases of the grant form with their grant applications, in
     * one statement each; the first {@code approved} wait for the panel's decision, the rest are in assessment.
     */
    private static void load(JdbcClient jdbc, String programme, int applications, int approved) {
        var applicant = jdbc.sql("select id from accounts where email = 'citizen@frontdoor.example'").query(UUID.class).single();
        var round = jdbc.sql("select id from grant_rounds where programme_id = ?").param(programme).query(UUID.class).single();
        jdbc.sql("""
                insert into cases (id, reference, service_id, service_version, applicant_id, team, state, answers, submitted_at,
                                   state_entered_at, due_on, open, search_terms)
                select ('00000000-0000-4000-8000-' || lpad(to_hex(n), 12, '0'))::uuid, 'GRANT-' || n, 'community-spaces-grant', 1, ?,
                       'Grants', case when n <= ? then 'decision' else 'assessment' end,
                       jsonb_build_object('projectTitle', 'Project ' || n, 'amountRequested', 1000 + n % 24000),
                       now() - (n % 60) * interval '1 day', now(), current_date + 10, true,
                       to_tsvector('simple', 'Applicant' || n)
                from generate_series(1, ?) n""").params(applicant, approved, applications).update();
        jdbc.sql("""
                insert into grant_applications (case_id, programme_id, round_id, applicant_kind, recipient_name, amount_requested,
                                                submitted_at, score, assessments_done, needs_moderation, payee_name, payee_sort_code, payee_account)
                select ('00000000-0000-4000-8000-' || lpad(to_hex(n), 12, '0'))::uuid, ?, ?, 'CHARITY', 'Recipient ' || n,
                       1000 + n % 24000, now() - (n % 60) * interval '1 day',
                       case when n % 10 = 0 then null else (n * 7919 % 10001) / 100.0 end, 2, n % 50 = 0,
                       'Recipient ' || n, '089999', '66374958'
                from generate_series(1, ?) n""").params(programme, round, applications).update();
        jdbc.sql("analyze cases").update();
        jdbc.sql("analyze grant_applications").update();
    }

    private static String deeperCursor(DecidingGrants deciding, SignedInAccount lead, String programme) {
        String cursor = null;
        for (int page = 0; page < 20; page++) {
            cursor = deciding.panel(lead, programme, cursor, 50).nextCursor();
        }
        return cursor;
    }

    private static double awards(DecidingGrants deciding, SignedInAccount lead, List<UUID> ids, int threads) throws Exception {
        return Striped.seconds(ids.size(), threads, i -> deciding.award(lead, ids.get(i), "1000", "Ranked within the budget", List.of()));
    }

    /** The same writes an award makes, as plain SQL in one transaction each: the floor the award path is measured against. */
    private static double baselineAwards(JdbcClient jdbc, TransactionTemplate transactions, String programme, List<UUID> ids, UUID lead) {
        long start = System.nanoTime();
        for (var id : ids) {
            transactions.executeWithoutResult(status -> {
                var totals = jdbc.sql("select budget from grant_programmes where id = ? for update").param(programme).query().singleValue();
                var last = jdbc.sql("select coalesce((select committed_after from grant_ledger where programme_id = ? order by id desc limit 1), 0)")
                        .param(programme).query(java.math.BigDecimal.class).single();
                jdbc.sql("insert into grant_ledger (programme_id, case_id, kind, amount, committed_after, paid_after, actor_id) values (?, ?, 'COMMITTED', 1000, ?, 0, ?)")
                        .params(programme, id, last.add(java.math.BigDecimal.valueOf(1000)), lead).update();
                jdbc.sql("update grant_applications set decision = 'AWARDED', amount_awarded = 1000, decided_at = now(), decided_by = ? where case_id = ?")
                        .params(lead, id).update();
                jdbc.sql("insert into grant_payments (id, case_id, programme_id, instalment, amount, due_on, status) values (?, ?, ?, 1, 1000, current_date, 'SCHEDULED')")
                        .params(UUID.randomUUID(), id, programme).update();
                jdbc.sql("update cases set state = 'offered', lock_version = lock_version + 1 where id = ?").param(id).update();
                jdbc.sql("insert into case_events (case_id, actor_id, kind, from_state, to_state, transition, visible_to_citizen) values (?, ?, 'TRANSITION', 'decision', 'offered', 'award', true)")
                        .params(id, lead).update();
                if (totals == null) {
                    throw new IllegalStateException("no programme");
                }
            });
        }
        return (System.nanoTime() - start) / 1e9;
    }

    record Timing(double p50, double p99) {
    }

    private static Timing time(int threads, int perThread, Supplier<?> call) throws Exception {
        for (int i = 0; i < 20; i++) {
            call.get();
        }
        var pool = Executors.newFixedThreadPool(threads);
        var all = new ArrayList<Latencies>();
        var futures = new ArrayList<Future<Latencies>>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                var latencies = new Latencies();
                for (int i = 0; i < perThread; i++) {
                    long start = System.nanoTime();
                    call.get();
                    latencies.record(System.nanoTime() - start);
                }
                return latencies;
            }));
        }
        for (var future : futures) {
            all.add(future.get());
        }
        pool.shutdown();
        return new Timing(Latencies.percentileMillis(all, 50), Latencies.percentileMillis(all, 99));
    }



    private static void progress(String message) {
        System.err.println("[grants] " + message);
    }
}
