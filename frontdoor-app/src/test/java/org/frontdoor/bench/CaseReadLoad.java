package org.frontdoor.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The read half of the intake benchmark: a million bulk-loaded cases shaped like real ones, then
 * whole-case fetches and worklist pages over HTTP, from one client (latency without queueing) and
 * from eight at once (the figure, on two cores, so queueing included).
 */
final class CaseReadLoad {

    /** A caseworker's worklists: every view, then the filters and orders the console offers. */
    private static final String[] WORKLISTS = {"view=TEAM", "view=UNASSIGNED", "view=DUE_SOON", "view=BREACHING", "view=MINE",
        "view=TEAM&service=help-abroad", "view=TEAM&state=in-progress", "view=TEAM&sort=NEWEST", "view=TEAM&status=all",
        "view=TEAM&team=Victim%20care", "view=TEAM&q=applicant4242", "view=TEAM&submittedFrom=2026-06-01&submittedTo=2026-06-30",
        "view=TEAM&service=help-abroad&answerField=country&answerValue=Spain"};

    private final int port;
    private final String adminToken;
    private final String caseworkerToken;
    private final List<UUID> ids;

    CaseReadLoad(int port, String adminToken, String caseworkerToken, JdbcClient jdbc) {
        this.port = port;
        this.adminToken = adminToken;
        this.caseworkerToken = caseworkerToken;
        this.ids = jdbc.sql("select id from cases tablesample system (1) limit 5000").query(UUID.class).list();
    }

    /**
     * Bulk benchmark data in a few statements: cases spread over the demo teams, states (each team
     * has cases in every state; a quarter resolved, so closed) and due dates, each with the timeline a real case of its state has (submitted; taken on, asked for
     * information or resolved, with a note), and one in eight held by the demo caseworker, so whole
     * cases and worklists show a holder's name as real ones do. No documents and no earlier audit.
     */
    static void load(JdbcClient jdbc, int cases) {
        var holder = jdbc.sql("select id from accounts where email = 'caseworker@frontdoor.example'").query(UUID.class).single();
        var first = jdbc.sql("select coalesce(max(id), 0) from case_events").query(Long.class).single();
        jdbc.sql("""
                insert into cases (id, reference, service_id, service_version, applicant_id, team, state, answers, submitted_at,
                                   state_entered_at, due_on, open, search_terms, assignee_id)
                select gen_random_uuid(), 'BULK-' || n, 'help-abroad', 1, (select id from accounts order by created_at limit 1),
                       (array['Consular assistance','Consular crisis response','Victim care','Disability support'])[1 + n % 4],
                       (array['received','in-progress','awaiting-information','resolved'])[1 + n / 4 % 4],
                       jsonb_build_object('helpType', 'passport', 'country', 'Spain', 'post', 'British Embassy Madrid', 'phone', '+44 20 7946 ' || (n % 10000)),
                       now() - (n % 365) * interval '1 day', now(), current_date + (n % 60) - 20, n / 4 % 4 <> 3,
                       to_tsvector('simple', 'Applicant' || n || ' +44 20 7946 ' || (n % 10000)),
                       case when n % 8 = 2 then ?::uuid end
                from generate_series(1, ?) n""").params(holder, cases).update();
        jdbc.sql("""
                insert into case_events (case_id, occurred_at, actor_id, kind, to_state, visible_to_citizen, by_citizen)
                select id, submitted_at, applicant_id, 'SUBMITTED', 'received', true, true from cases where reference like 'BULK-%'""").update();
        jdbc.sql("""
                insert into case_events (case_id, occurred_at, actor_id, kind, from_state, to_state, transition, text, visible_to_citizen)
                select id, submitted_at + interval '1 hour', ?::uuid, 'TRANSITION', 'received', state,
                       case state when 'in-progress' then 'triage' when 'resolved' then 'resolve' else 'request-information' end,
                       case when state <> 'in-progress' then 'Bulk-loaded note for the applicant' end, true
                from cases where reference like 'BULK-%' and state <> 'received'""").param(holder).update();
        // Vacuumed as well as analysed, as a table of this size is in service: otherwise autovacuum
        // works through the new rows (and every index) while the reads are being timed.
        jdbc.sql("vacuum analyze cases").update();
        jdbc.sql("vacuum analyze case_events").update();
        progress("loaded " + cases + " cases and " + jdbc.sql("select count(*) from case_events where id > ?").param(first)
                .query(Long.class).single() + " timeline entries");
    }

    /** Latencies of one pass, in milliseconds. */
    record Pass(double caseP50, double caseP99, double worklistP50, double worklistP99) {
    }

    /**
     * Unrecorded reads for at least {@code seconds}, so that the measured passes meet compiled code:
     * on two cores the JIT compiler is still at work after a few hundred reads.
     */
    void warmUp(int clients, int seconds) throws InterruptedException {
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(seconds);
        do {
            pass(clients, 100, adminToken, i -> "view=TEAM");
            pass(clients, 100, caseworkerToken, i -> WORKLISTS[i % WORKLISTS.length]);
        } while (System.nanoTime() < until);
    }

    /**
     * {@code clients} clients each fetch {@code perClient} whole cases, and after every fifth the
     * first page of a worklist; {@code query} gives the query string of the i-th worklist.
     */
    Pass pass(int clients, int perClient, String worklistToken, java.util.function.IntFunction<String> query)
            throws InterruptedException {
        var caseLatencies = new ArrayList<Latencies>();
        var worklistLatencies = new ArrayList<Latencies>();
        var threads = new ArrayList<Thread>();
        for (int c = 0; c < clients; c++) {
            var cases = new Latencies();
            var lists = new Latencies();
            caseLatencies.add(cases);
            worklistLatencies.add(lists);
            threads.add(Thread.ofVirtual().start(() -> {
                var random = ThreadLocalRandom.current();
                try (var connection = new LoadClient(port)) {
                    for (int i = 0; i < perClient; i++) {
                        var id = ids.get(random.nextInt(ids.size()));
                        cases.record(timed(connection, "/api/v1/cases/" + id, adminToken));
                        if (i % 5 == 0) {
                            lists.record(timed(connection, "/api/v1/cases?" + query.apply(i / 5), worklistToken));
                        }
                    }
                }
            }));
        }
        for (var thread : threads) {
            thread.join();
        }
        return new Pass(Latencies.percentileMillis(caseLatencies, 50), Latencies.percentileMillis(caseLatencies, 99),
                Latencies.percentileMillis(worklistLatencies, 50), Latencies.percentileMillis(worklistLatencies, 99));
    }

    /** The admin's all-teams worklist, as the issue measures it. */
    Pass adminPass(int clients, int perClient) throws InterruptedException {
        return pass(clients, perClient, adminToken, i -> "view=TEAM");
    }

    /** A caseworker of two teams going through every worklist view and filter in turn. */
    Pass caseworkerPass(int clients, int perClient) throws InterruptedException {
        return pass(clients, perClient, caseworkerToken, i -> WORKLISTS[i % WORKLISTS.length]);
    }

    /** Pages the caseworker's two passes read: each view on its own {@code rounds} times, then every view by {@code clients}. */
    static long worklistPages(int rounds, int clients, int perClient) {
        return (long) rounds * WORKLISTS.length + (long) clients * perClient;
    }

    /**
     * One client times each of the caseworker's worklists on its own ({@code rounds} pages each),
     * printing each one's p50 and p99, so that a slow view or filter shows by name; returns the
     * latencies of all of them together.
     */
    Pass caseworkerShapes(int rounds) {
        var all = new ArrayList<Latencies>();
        try (var connection = new LoadClient(port)) {
            for (var query : WORKLISTS) {
                var latencies = new Latencies();
                for (int i = 0; i < rounds; i++) {
                    latencies.record(timed(connection, "/api/v1/cases?" + query, caseworkerToken));
                }
                all.add(latencies);
                progress(String.format("  %-70s p50 %6.2f ms  p99 %7.2f ms", query, Latencies.percentileMillis(List.of(latencies), 50),
                        Latencies.percentileMillis(List.of(latencies), 99)));
            }
        }
        return new Pass(Double.NaN, Double.NaN, Latencies.percentileMillis(all, 50), Latencies.percentileMillis(all, 99));
    }

    private static long timed(LoadClient connection, String path, String token) {
        long start = System.nanoTime();
        int status = connection.get(path, token);
        long elapsed = System.nanoTime() - start;
        if (status != 200) {
            throw new IllegalStateException(path + " answered " + status);
        }
        return elapsed;
    }

    private static void progress(String message) {
        System.err.println("[intake] " + message);
    }
}
