package org.frontdoor.bench;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.frontdoor.FrontdoorApplication;
import org.frontdoor.diligence.CheckResult;
import org.frontdoor.diligence.CheckSubject;
import org.frontdoor.diligence.DiligenceCheck;
import org.frontdoor.grants.ApplicantKind;
import org.frontdoor.grants.FundingRecords.GrantApplicant;
import org.frontdoor.grants.GrantProgrammes;
import org.frontdoor.identity.Role;
import org.frontdoor.support.GrantApplications;
import org.frontdoor.support.People;
import org.frontdoor.support.TestEnvironment;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the duplicate-funding check costs per application at scale: loads 100,000 grant applications
 * (two per organisation) with their checked details (4 per case), reports, registry links, and
 * 100,000 360Giving grants, then runs the check on {@code --checks} of those applications, one at
 * a time, each in its own transaction (the check opens one); beside it, in the same run, a baseline of one
 * primary-key read per application in a transaction of its own. Prints the plans of the check's
 * lookups first, so the indexes used can be seen.
 * Usage: bench/duplicate-funding [--applications 100000] [--checks 2000]. Last line: key=value pairs.
 */
public final class DuplicateFundingBenchmark {

    public static void main(String[] args) throws Exception {
        int applications = Options.option(args, "--applications", 100_000);
        int checks = Math.min(Options.option(args, "--checks", 2_000), applications);
        var data = Files.createTempDirectory("frontdoor-funding-bench");
        try (var app = new SpringApplicationBuilder(FrontdoorApplication.class).run(
                "--frontdoor.test.own-database=true", "--frontdoor.database.embedded.data-directory=" + data.resolve("pg"),
                "--frontdoor.database.embedded.port=" + TestEnvironment.freePort(), "--server.port=0",
                "--logging.level.root=WARN")) {
            var jdbc = app.getBean(JdbcClient.class);
            var admin = People.staff(jdbc, "admin@frontdoor.example", Role.ADMIN);
            var programme = "bench-" + UUID.randomUUID().toString().substring(0, 8);
            app.getBean(GrantProgrammes.class).publish(admin, GrantApplications.programmeDefinition(programme, "5000000000.00"));
            progress("loading " + applications + " applications with details, reports, registry links and as many 360Giving grants");
            long loadStart = System.nanoTime();
            load(jdbc, programme, applications);
            progress("loaded in " + Math.round((System.nanoTime() - loadStart) / 1e9) + " s");

            var check = app.getBeansOfType(DiligenceCheck.class).values().stream()
                    .filter(c -> c.name().equals("duplicate-funding")).findFirst().orElseThrow();
            var transactions = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
            plans(jdbc);

            // Cases spread over the whole table: every lookup finds real neighbours (the organisation's other application,
            // its bank account, its past grants, the applicant's registry person).
            int step = applications / checks;
            for (int i = 0; i < 300; i++) {
                int n = 1 + (i * 7 % applications);
                transactions.execute(status -> check.check(subject(n)));
                transactions.execute(status -> baseline(jdbc, n));
            }
            var outcomes = new HashMap<CheckResult.Outcome, Integer>();
            long[] checkNanos = new long[checks];
            long[] baselineNanos = new long[checks];
            for (int i = 0; i < checks; i++) {
                int n = 1 + i * step;
                long start = System.nanoTime();
                var result = transactions.execute(status -> check.check(subject(n)));
                checkNanos[i] = System.nanoTime() - start;
                outcomes.merge(result.outcome(), 1, Integer::sum);
                start = System.nanoTime();
                transactions.execute(status -> baseline(jdbc, n));
                baselineNanos[i] = System.nanoTime() - start;
            }
            double mean = Arrays.stream(checkNanos).average().orElse(0) / 1e6;
            double baselineMean = Arrays.stream(baselineNanos).average().orElse(0) / 1e6;
            progress("outcomes: " + outcomes);
            System.out.printf(java.util.Locale.ROOT,
                    "applications=%d identifiers=%d past_grants=%d checks=%d mean_ms=%.2f p50_ms=%.2f p99_ms=%.2f baseline_mean_ms=%.2f ratio=%.1f%n",
                    applications, count(jdbc, "diligence_identifiers"), count(jdbc, "past_grants"), checks, mean,
                    percentile(checkNanos, 50), percentile(checkNanos, 99), baselineMean, mean / baselineMean);
        }
    }

    /** Application n as the runner hands it to the check: its answers, the roles, its organisation. */
    private static CheckSubject subject(int n) {
        var answers = new HashMap<String, Object>();
        answers.put("sortCode", String.format("%06d", n % 50_000));
        answers.put("accountNumber", String.format("%08d", 10_000_000 + n % 50_000));
        answers.put("email", "treasurer" + n + "@hall.example");
        answers.put("phone", "07700 " + String.format("%06d", n));
        answers.put("address", Map.of("line1", n + " high street", "town", "Ambridge", "postcode", "SW1A 2AA"));
        answers.put("projectTitle", "Roof repairs for hall " + n % 50_000);
        answers.put("projectSummary", "Replace the leaking roof and gutters of the village hall " + (n % 97));
        var fields = Map.of("sort-code", "sortCode", "account-number", "accountNumber", "email", "email", "phone", "phone",
                "address", "address", "project-title", "projectTitle", "project-summary", "projectSummary");
        var grant = new GrantApplicant(caseId(n), "bench", ApplicantKind.CHARITY, orgId(n), "Hall " + n, new BigDecimal("10000"));
        return new CheckSubject(caseId(n), "GRANT-" + n, "community-spaces-grant", answers, fields, grant);
    }

    private static Object baseline(JdbcClient jdbc, int n) {
        return jdbc.sql("select reference, answers from cases where id = ?").param(caseId(n)).query().singleRow();
    }

    private static UUID caseId(int n) {
        return UUID.fromString(String.format("00000000-0000-4000-8000-%012x", n));
    }

    private static String orgId(int n) {
        return "GB-CHC-" + (1_000_000 + n % 50_000);
    }

    private static void load(JdbcClient jdbc, String programme, int n) {
        var applicant = jdbc.sql("select id from accounts where email = 'citizen@frontdoor.example'").query(UUID.class).single();
        var round = jdbc.sql("select id from grant_rounds where programme_id = ?").param(programme).query(UUID.class).single();
        String id = "('00000000-0000-4000-8000-' || lpad(to_hex(n), 12, '0'))::uuid";
        String account = "('00000000-0000-4000-9000-' || lpad(to_hex(n), 12, '0'))::uuid";
        String org = "'GB-CHC-' || (1000000 + n % 50000)";
        jdbc.sql("insert into organisations (org_id, name, kind) select distinct " + org + ", 'Hall ' || n % 50000, 'CHARITY'"
                + " from generate_series(1, ?) n on conflict do nothing").param(n).update();
        jdbc.sql("insert into cases (id, reference, service_id, service_version, applicant_id, team, state, answers)"
                + " select " + id + ", 'GRANT-' || n, 'community-spaces-grant', 1, ?, 'Grants', 'assessment', '{}'::jsonb"
                + " from generate_series(1, ?) n").params(applicant, n).update();
        jdbc.sql("insert into grant_applications (case_id, programme_id, round_id, applicant_kind, org_id, recipient_name,"
                + " amount_requested, submitted_at) select " + id + ", ?, ?, 'CHARITY', " + org + ", 'Hall ' || n, 10000,"
                + " now() - (n % 700) * interval '1 day' from generate_series(1, ?) n").params(programme, round, n).update();
        jdbc.sql("insert into diligence_reports (case_id, reference, service_id, team, applicant_id, expected_checks)"
                + " select " + id + ", 'GRANT-' || n, 'community-spaces-grant', 'Grants', " + account + ", '{duplicate-funding}'"
                + " from generate_series(1, ?) n").param(n).update();
        jdbc.sql("insert into diligence_funding_cases (case_id, reference, service_id, applicant_key, applicant_account, purpose)"
                + " select " + id + ", 'GRANT-' || n, 'community-spaces-grant', 'org:' || " + org + ", " + account + ","
                + " 'Roof repairs for hall ' || n % 50000 || ' Replace the leaking roof of the village hall'"
                + " from generate_series(1, ?) n").param(n).update();
        // Bank account per organisation; email, phone and address per application.
        jdbc.sql("""
                insert into diligence_identifiers (case_id, kind, value, applicant_key, checked_at)
                select ('00000000-0000-4000-8000-' || lpad(to_hex(n), 12, '0'))::uuid, d.kind, d.value,
                       'org:GB-CHC-' || (1000000 + n % 50000), now() - n * interval '1 second'
                  from generate_series(1, ?) n,
                       lateral (values ('BANK_ACCOUNT', lpad((n % 50000)::text, 6, '0') || ':' || (10000000 + n % 50000)),
                                       ('EMAIL', 'treasurer' || n || '@hall.example'),
                                       ('PHONE', '+447700' || lpad(n::text, 6, '0')),
                                       ('ADDRESS', 'SW1A2AA|' || n || ' high street')) as d(kind, value)""").param(n).update();
        // One person per account, each with its frontdoor record and its case.
        jdbc.sql("insert into people_persons (id) select " + account + " from generate_series(1, ?) n").param(n).update();
        jdbc.sql("insert into people_records (id, source_id, source_record_id, person_id, fields, recorded_at, link_kind)"
                + " select " + account + ", 'frontdoor', " + account + "::text, " + account + ", '{}'::jsonb, now(), 'NEW_PERSON'"
                + " from generate_series(1, ?) n").param(n).update();
        jdbc.sql("insert into people_cases (case_id, reference, service_id, team, applicant_id, record_id)"
                + " select " + id + ", 'GRANT-' || n, 'community-spaces-grant', 'Grants', " + account + ", " + account
                + " from generate_series(1, ?) n").param(n).update();
        jdbc.sql("""
                insert into past_grants (grant_id, funder_org_id, funder_name, recipient_org_id, recipient_name, title, description,
                                         currency, amount_awarded, award_date, source_name, record)
                select '360G-bench-' || n, 'GB-CHC-9999999', 'The Other Foundation', 'GB-CHC-' || (1000000 + n % 50000),
                       'Hall ' || n % 50000, case when n % 2 = 0 then 'Village hall roof' else 'Football coaching' end,
                       'Grant number ' || n, 'GBP', 5000, current_date - (n % 2000), 'bench.json', '{}'::jsonb
                  from generate_series(1, ?) n""").param(n).update();
        for (String table : new String[] {"organisations", "cases", "grant_applications", "diligence_reports", "diligence_funding_cases",
                "diligence_identifiers", "people_persons", "people_records", "people_cases", "past_grants"}) {
            jdbc.sql("analyze " + table).update();
        }
    }

    private static void plans(JdbcClient jdbc) {
        String[] queries = {
                "explain select i.case_id from diligence_identifiers i where i.kind = 'BANK_ACCOUNT' and i.value = '000017:10000017'"
                        + " and i.case_id <> '00000000-0000-4000-8000-000000000011' and i.applicant_key <> 'org:GB-CHC-1000017'"
                        + " order by i.checked_at desc limit 25",
                "explain select g.case_id from grant_applications g join cases c on c.id = g.case_id"
                        + " join grant_programmes p on p.id = g.programme_id where g.org_id = 'GB-CHC-1000017'"
                        + " order by g.submitted_at desc, g.case_id limit 26",
                "explain select grant_id from past_grants where recipient_org_id = 'GB-CHC-1000017' and award_date >= current_date - 1095"
                        + " order by award_date desc limit 25",
                "explain select pc.case_id from people_records own join people_records r on r.person_id = own.person_id and r.id <> own.id"
                        + " join people_cases pc on pc.record_id = r.id where own.source_id = 'frontdoor'"
                        + " and own.source_record_id = '00000000-0000-4000-9000-000000000011' order by pc.submitted_at desc limit 26"};
        for (String query : queries) {
            progress(query.substring(8, Math.min(query.length(), 90)) + " …");
            jdbc.sql(query).query(String.class).list().forEach(line -> progress("  " + line));
        }
    }

    private static long count(JdbcClient jdbc, String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private static double percentile(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    private static void progress(String message) {
        System.err.println("[duplicate-funding] " + message);
    }
}
