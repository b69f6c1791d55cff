package org.frontdoor.bench;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.frontdoor.FrontdoorApplication;
import org.frontdoor.cases.CaseSubmitted;
import org.frontdoor.diligence.CheckSubject;
import org.frontdoor.diligence.DiligenceCheck;
import org.frontdoor.grants.ApplicantKind;
import org.frontdoor.grants.FundingRecords.GrantApplicant;
import org.frontdoor.support.CompaniesHouseLoadStub;
import org.frontdoor.support.CompaniesHouseStub;
import org.frontdoor.support.TestEnvironment;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Due diligence at scale: 10,000 grant applications (by default) get every check the demo grant
 * form asks for, through the real path: a {@code CaseSubmitted} event each, stored in the outbox
 * with its transaction and delivered to the checks after commit, each check's result stored, the
 * case read as the system (audited). Timed from the first event to the last completed report.
 * Beside it, in the same process on the same data, the baseline: the same check beans called
 * directly on the same applicants by {@code --threads} threads, storing nothing. All shipped
 * sanctions lists are loaded, and the register checks talk to stubs on loopback.
 * Usage: bench/diligence [--applications 10000] [--threads 2] [--wiremock 1] [--jfr file] [--statements 20].
 * Last line: key=value pairs.
 */
public final class DiligenceBenchmark {

    private static final String SERVICE = "community-spaces-grant";
    private static final String PROGRAMME = "community-spaces";

    public static void main(String[] args) throws Exception {
        int applications = Options.option(args, "--applications", 10_000);
        int threads = Options.option(args, "--threads", 2);
        Path lists = Path.of("../shared/data/screening");
        if (!Files.isDirectory(lists)) {
            throw new IllegalStateException("Run from the repository root with the shared data beside it: no " + lists.toAbsolutePath());
        }
        var data = Files.createTempDirectory("frontdoor-diligence-bench");
        // Every company of the benchmark is on the stub's register; a real key allows 600 requests in
        // 5 minutes, so at this scale a deployment reads the bulk file instead (offline mode). The
        // lean stub by default; --wiremock 1 for the tests' WireMock one, which costs the machine more.
        AutoCloseable companiesHouse;
        String companiesHouseUrl;
        if (Options.option(args, "--wiremock", 0) == 1) {
            var wiremock = CompaniesHouseStub.start();
            wiremock.answerAsActive("1\\d{7}");
            companiesHouse = wiremock;
            companiesHouseUrl = wiremock.baseUrl();
        } else {
            var lean = CompaniesHouseLoadStub.start();
            companiesHouse = lean;
            companiesHouseUrl = lean.baseUrl();
        }
        var charities = charityExtract(data.resolve("publicextract.charity.txt"), applications);
        var settings = new ArrayList<>(List.of(
                "--frontdoor.test.own-database=true", "--frontdoor.database.embedded.data-directory=" + data.resolve("pg"),
                "--frontdoor.database.embedded.port=" + TestEnvironment.freePort(), "--server.port=0",
                "--logging.level.root=WARN", "--frontdoor.diligence.sanctions.lists=" + lists.toAbsolutePath(),
                "--frontdoor.database.embedded.server[shared_preload_libraries]=pg_stat_statements",
                "--frontdoor.diligence.sanctions.watch=0",
                "--frontdoor.diligence.companies.base-url=" + companiesHouseUrl,
                "--frontdoor.diligence.companies.api-key=" + CompaniesHouseStub.API_KEY,
                "--frontdoor.diligence.companies.rate-limit.requests=100000", "--frontdoor.diligence.companies.rate-limit.period=1s",
                "--frontdoor.diligence.charities.extract=" + charities));
        try (companiesHouse; var app = new SpringApplicationBuilder(FrontdoorApplication.class).run(settings.toArray(String[]::new))) {
            var jdbc = app.getBean(JdbcClient.class);
            var checks = checksOf(app);
            progress("waiting for the sanctions lists to load");
            waitForLists(checks.get("sanctions"));
            progress("loading " + applications + " grant applications");
            var subjects = load(app, applications);

            progress("baseline: " + checks.size() + " checks called directly on each applicant, " + threads + " threads");
            double baselineSeconds = baseline(subjects, checks.values(), threads);

            progress("platform: " + applications + " CaseSubmitted events through the outbox");
            var statements = new Statements(jdbc);
            var recording = Profile.startIfAsked(args);
            long start = System.nanoTime();
            publish(app, subjects);
            long lastCount = -1;
            long completed = 0;
            while (completed < applications) {
                Thread.sleep(200);
                completed = jdbc.sql("select count(*) from diligence_reports where completed_at is not null").query(Long.class).single();
                if (completed / 1000 != lastCount / 1000) {
                    progress(completed + " reports complete");
                }
                lastCount = completed;
                if ((System.nanoTime() - start) / 1e9 > 600) {
                    throw new IllegalStateException("Only " + completed + " of " + applications + " reports after 10 minutes");
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Profile.stop(recording);
            statements.printBusiest(Options.option(args, "--statements", 0), applications);
            jdbc.sql("select check_name, outcome, count(*) from diligence_results group by 1, 2 order by 1, 2")
                    .query((rs, n) -> rs.getString(1) + " " + rs.getString(2).toLowerCase() + " " + rs.getLong(3)).list()
                    .forEach(DiligenceBenchmark::progress);
            var ratings = jdbc.sql("select outcome, count(*) from diligence_results group by outcome order by outcome")
                    .query((rs, n) -> rs.getString(1).toLowerCase() + "_results=" + rs.getLong(2)).list();
            System.out.printf("applications=%d checks=%d seconds=%.1f applications_per_s=%.0f baseline_seconds=%.1f "
                            + "baseline_per_s=%.0f ratio=%.2f %s%n", applications, checks.size(), seconds, applications / seconds,
                    baselineSeconds, applications / baselineSeconds, baselineSeconds / seconds, String.join(" ", ratings));
        }
    }

    /** The check beans the demo grant form asks for, by name. */
    private static Map<String, DiligenceCheck> checksOf(ConfigurableApplicationContext app) {
        var wanted = List.of(app.getEnvironment().getProperty("frontdoor.diligence.services." + SERVICE, "").split(","));
        var byName = new java.util.LinkedHashMap<String, DiligenceCheck>();
        for (var check : app.getBeansOfType(DiligenceCheck.class).values()) {
            if (wanted.contains(check.name())) {
                byName.put(check.name(), check);
            }
        }
        return byName;
    }

    private static void waitForLists(DiligenceCheck sanctions) throws InterruptedException {
        var probe = new CheckSubject(UUID.randomUUID(), "PROBE", SERVICE, Map.of("n", "Probe Name"), Map.of("applicant-name", "n"));
        while (sanctions.check(probe).summary().startsWith("Sanctions lists not loaded")) {
            Thread.sleep(500);
        }
    }

    /**
     * Bulk benchmark data: organisations (companies and charities), their cases of the grant form
     * and grant applications, with names, bank details and contact details that vary the way real
     * ones do; one in a hundred account holders is a name on the OFAC list, one in twenty accounts
     * fails the modulus check, one in two hundred is another organisation's. Returns what each check sees for each case.
     */
    private static List<CheckSubject> load(ConfigurableApplicationContext app, int n) {
        var jdbc = app.getBean(JdbcClient.class);
        var template = app.getBean(JdbcTemplate.class);
        var json = app.getBean(JsonMapper.class);
        var round = jdbc.sql("select id from grant_rounds where programme_id = ? limit 1").param(PROGRAMME).query(UUID.class).single();
        var fields = new HashMap<String, String>();
        for (var role : List.of("account-name", "sort-code", "account-number", "applicant-name", "organisation-name",
                "email", "phone", "address", "project-title", "project-summary", "company-number", "charity-number")) {
            var question = app.getEnvironment().getProperty("frontdoor.diligence.fields." + SERVICE + "." + role);
            if (question != null) {
                fields.put(role, question);
            }
        }
        var accounts = validAccounts(app, n);
        var organisations = new ArrayList<Object[]>();
        var applicants = new ArrayList<Object[]>();
        var cases = new ArrayList<Object[]>();
        var grants = new ArrayList<Object[]>();
        var subjects = new ArrayList<CheckSubject>();
        var now = Timestamp.from(Instant.now());
        for (int i = 1; i <= n; i++) {
            UUID id = new UUID(0x00000000_0000_4000L, 0x8000_0000_0000_0000L | i);
            // Each organisation applies from its own login, as a real round's applicants do.
            UUID applicant = applicantOf(id);
            applicants.add(new Object[] {applicant, "contact" + i + "@org" + i + ".example", "Contact " + i});
            boolean company = i % 2 == 0;
            // One company in fifty is dissolved, one charity in fifty removed from the register.
            String orgId = company ? (i % 100 == 2 ? "GB-COH-" + CompaniesHouseStub.DISSOLVED : "GB-COH-%08d".formatted(10_000_000 + i))
                    : "GB-CHC-%07d".formatted(CHARITY_NUMBERS + i);
            String name = company ? CompaniesHouseStub.COMPANY_NAME : charityName(i);
            String accountName = i % 100 == 0 ? LISTED[(i / 100) % LISTED.length] : name.toUpperCase();
            // Each organisation its own account that passes the modulus check, except one in twenty
            // mistyped and one in two hundred paid into another organisation's account.
            String account = i % 20 == 0 ? "66374959" : i % 200 == 7 ? accounts.get(i - 2) : accounts.get(i);
            var answers = new java.util.LinkedHashMap<String, Object>();
            answers.put("projectTitle", "Repairs to the " + PLACES[i % PLACES.length] + " community hall");
            answers.put("projectSummary", "New roof, heating and accessible toilets for the hall used by local groups");
            answers.put("amountRequested", 1000 + i % 24000);
            answers.put("contactName", "Contact " + i);
            answers.put("email", "contact" + i + "@org" + i + ".example");
            answers.put("phone", "01632 %06d".formatted(i % 1_000_000));
            answers.put("address", Map.of("line1", i + " High Street", "town", PLACES[i % PLACES.length], "postcode", "SW1A 2AA"));
            answers.put("accountName", accountName);
            answers.put("sortCode", "089999");
            answers.put("accountNumber", account);
            organisations.add(new Object[] {orgId, name, company ? "COMPANY" : "CHARITY"});
            cases.add(new Object[] {id, "DD-" + i, SERVICE, applicant, json.writeValueAsString(answers), now});
            var amount = BigDecimal.valueOf(1000 + i % 24000);
            grants.add(new Object[] {id, PROGRAMME, round, company ? "COMPANY" : "CHARITY", orgId, name, amount, now,
                    accountName, "089999", account});
            subjects.add(new CheckSubject(id, "DD-" + i, SERVICE, answers, fields, new GrantApplicant(id, PROGRAMME,
                    company ? ApplicantKind.COMPANY : ApplicantKind.CHARITY, orgId, name, amount)));
        }
        template.batchUpdate("""
                insert into accounts (id, email, display_name, kind, email_verified_at) values (?, ?, ?, 'CITIZEN', now())""", applicants);
        template.batchUpdate("insert into organisations (org_id, name, kind) values (?, ?, ?) on conflict do nothing", organisations);
        template.batchUpdate("""
                insert into cases (id, reference, service_id, service_version, applicant_id, team, state, answers, submitted_at, open)
                values (?, ?, ?, 1, ?, 'Grants', 'submitted', ?::jsonb, ?, true)""", cases);
        template.batchUpdate("""
                insert into grant_applications (case_id, programme_id, round_id, applicant_kind, org_id, recipient_name,
                                                amount_requested, submitted_at, payee_name, payee_sort_code, payee_account)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", grants);
        jdbc.sql("analyze").update();
        return subjects;
    }

    private static double baseline(List<CheckSubject> subjects, java.util.Collection<DiligenceCheck> checks, int threads)
            throws Exception {
        return Striped.seconds(subjects.size(), threads, i -> checks.forEach(check -> check.check(subjects.get(i))));
    }

    /** One event per case, a hundred to a transaction, as submissions would store them. */
    private static void publish(ConfigurableApplicationContext app, List<CheckSubject> subjects) {
        ApplicationEventPublisher events = app;
        var transactions = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
        for (int from = 0; from < subjects.size(); from += 100) {
            var batch = subjects.subList(from, Math.min(subjects.size(), from + 100));
            transactions.executeWithoutResult(status -> batch.forEach(s ->
                    events.publishEvent(new CaseSubmitted(s.caseId(), s.reference(), SERVICE, applicantOf(s.caseId()), "Grants"))));
        }
    }

    /** The login that sent a benchmark case: one per organisation, numbered as its case is. */
    private static UUID applicantOf(UUID caseId) {
        return new UUID(0x00000000_0000_5000L, caseId.getLeastSignificantBits());
    }

    private static final int CHARITY_NUMBERS = 2_000_000;

    /**
     * Account numbers for sort code 089999 that pass the modulus check, one per application (index
     * 1 to n), found by the application's own bank-account check on seeded random numbers.
     */
    private static List<String> validAccounts(ConfigurableApplicationContext app, int n) {
        var bank = app.getBeansOfType(DiligenceCheck.class).values().stream().filter(c -> c.name().equals("bank-account"))
                .findFirst().orElseThrow();
        var random = new java.util.Random(20261206);
        var found = new ArrayList<String>(List.of(""));
        var seen = new java.util.HashSet<String>();
        while (found.size() <= n) {
            String candidate = "%08d".formatted(random.nextInt(100_000_000));
            var probe = new CheckSubject(UUID.randomUUID(), "PROBE", SERVICE, Map.of("s", "089999", "a", candidate),
                    Map.of("sort-code", "s", "account-number", "a"));
            if (seen.add(candidate) && bank.check(probe).outcome() == org.frontdoor.diligence.CheckResult.Outcome.PASS) {
                found.add(candidate);
            }
        }
        return found;
    }

    private static String charityName(int i) {
        return ORG_WORDS[i % ORG_WORDS.length] + " " + PLACES[(i / 7) % PLACES.length] + " Community Trust " + i;
    }

    /**
     * The benchmark's charities as a Charity Commission register extract in the published layout
     * (tab-separated, header row, CRLF): registered, except one in fifty removed.
     */
    private static Path charityExtract(Path file, int applications) throws java.io.IOException {
        String header = Files.readAllLines(Path.of("frontdoor-app/src/test/resources/diligence/charity_register/publicextract.charity.txt"))
                .getFirst();
        int columns = header.split("\t", -1).length;
        var lines = new ArrayList<String>();
        lines.add(header);
        for (int i = 1; i <= applications; i += 2) {
            var row = new String[columns];
            java.util.Arrays.fill(row, "");
            boolean removed = i % 100 == 1;
            row[0] = "2026-11-30 00:00:00";
            row[1] = String.valueOf(CHARITY_NUMBERS + i);
            row[2] = String.valueOf(CHARITY_NUMBERS + i);
            row[3] = "0";
            row[4] = charityName(i).toUpperCase();
            row[5] = "Other";
            row[6] = removed ? "RM" : "R";
            row[7] = "2001-04-01 00:00:00";
            row[8] = removed ? "2024-01-15 00:00:00" : "";
            lines.add(String.join("\t", row));
        }
        Files.writeString(file, String.join("\r\n", lines) + "\r\n");
        return file;
    }

    private static void progress(String what) {
        System.err.println("[diligence bench] " + what);
    }

    private static final String[] ORG_WORDS = {"Riverside", "Hillview", "Meadow", "Oakfield", "Northgate", "Southbank",
            "Ashford", "Elm Tree", "Kingsway", "Millbrook", "Greenacre", "Harbour", "Victoria", "St Mary's", "Orchard"};
    private static final String[] PLACES = {"Ambridge", "Borchester", "Felpersham", "Loxley", "Penny Hassett", "Edgeley",
            "Darrington", "Hollerton", "Waterley", "Lakey Green", "Heydon", "Churcham"};
    /** Names on the OFAC SDN list, planted as account holders. */
    private static final String[] LISTED = {"BANCO NACIONAL DE CUBA", "AEROCARIBBEAN AIRLINES", "Eusebio Arzallus Tapia"};
}
