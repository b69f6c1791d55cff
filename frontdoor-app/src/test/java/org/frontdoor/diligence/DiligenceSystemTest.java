package org.frontdoor.diligence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.frontdoor.audit.AuditLog;
import org.frontdoor.cases.NewApplication;
import org.frontdoor.cases.SubmittingApplication;
import org.frontdoor.diligence.CheckResult.Outcome;
import org.frontdoor.diligence.RiskRating.Rating;
import org.frontdoor.identity.AccountDetails;
import org.frontdoor.identity.AccountKind;
import org.frontdoor.identity.NewCitizen;
import org.frontdoor.identity.Registration;
import org.frontdoor.identity.Role;
import org.frontdoor.identity.SignedInAccount;
import org.frontdoor.services.ServiceAdministration;
import org.frontdoor.services.ServiceCatalogue;
import org.frontdoor.support.Browser;
import org.frontdoor.support.People;
import org.frontdoor.support.SystemTest;
import org.frontdoor.support.Visitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Due diligence end to end: a grant service that asks for a name and bank details (configured in
 * the tests' config/application.yml with sanctions and bank-account checks, lists from a small
 * extract of OFAC's SDN list), submitted as a citizen would, checked after the submission commits.
 */
@SystemTest
class DiligenceSystemTest {

    static final String SERVICE = "diligence-test-grant";
    static final String TEAM_LEAD = "teamlead@frontdoor.example";
    /** Listed on OFAC's SDN list as entry 7182, "ARZALLUS TAPIA, Eusebio". */
    static final String SANCTIONED = "Eusebio Arzallus Tapia";
    /** Pass modulus 10 and modulus 11 for sort code 089999 (Vocalink's first example account). */
    static final String VALID_SORT_CODE = "08-99-99";
    static final String VALID_ACCOUNT = "66374958";

    @LocalServerPort
    int port;
    @Autowired
    SubmittingApplication submitting;
    @Autowired
    org.frontdoor.cases.TakingTransitions transitions;
    @Autowired
    Registration registration;
    @Autowired
    ServiceAdministration services;
    @Autowired
    ServiceCatalogue catalogue;
    @Autowired
    AccountDetails accounts;
    @Autowired
    DiligenceReports reports;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    org.springframework.context.ApplicationEventPublisher events;
    @Autowired
    org.springframework.context.ApplicationContext context;

    UUID citizen;

    @BeforeEach
    void aGrantServiceAndACitizen() {
        synchronized (DiligenceSystemTest.class) {
            if (catalogue.latest(SERVICE).isEmpty()) {
                services.upload(admin(), SERVICE + ".yaml", grantService());
            }
        }
        citizen = registration.register(new NewCitizen("Applicant", People.uniqueEmail("grant"), People.GOOD_PASSWORD,
                People.GOOD_PASSWORD));
    }

    @Test
    void aSanctionedApplicantGetsARedReportWithTheListHitAsEvidence() {
        var caseId = submit(SANCTIONED, VALID_SORT_CODE, VALID_ACCOUNT);
        var report = completed(caseId);

        assertThat(report.rating()).isEqualTo(Rating.RED);
        var sanctions = result(report, "sanctions");
        assertThat(sanctions.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(sanctions.evidence()).anySatisfy(e -> {
            assertThat(e.label()).isEqualTo("Hit");
            assertThat(e.value()).contains("entry 7182", "ARZALLUS TAPIA, Eusebio", "score");
        });
        assertThat(sanctions.evidence()).anySatisfy(e -> assertThat(e.label()).isEqualTo("Why it matched"));
        assertThat(sanctions.source()).contains("sdn_first_300.csv");
        assertThat(sanctions.checkedAt()).isBefore(Instant.now().plusSeconds(1));
        assertThat(result(report, "bank-account").outcome()).isEqualTo(Outcome.PASS);
        assertThat(report.computed().reasons()).anySatisfy(r -> assertThat(r).startsWith("sanctions failed"));
    }

    @Test
    void anInvalidAccountNumberFailsTheBankCheck() {
        var report = completed(submit("Jane Example", VALID_SORT_CODE, "66374959"));

        var bank = result(report, "bank-account");
        assertThat(bank.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(bank.summary()).contains("modulus check failed");
        assertThat(bank.evidence()).anySatisfy(e -> assertThat(e.value()).startsWith("MOD10 on 089999 66374959"));
        assertThat(result(report, "sanctions").outcome()).isEqualTo(Outcome.PASS);
        assertThat(report.rating()).isEqualTo(Rating.RED);
    }

    @Test
    void aValidAccountAndAnUnlistedNamePassAndRateGreen() {
        var report = completed(submit("Jane Example", VALID_SORT_CODE, VALID_ACCOUNT));

        assertThat(result(report, "bank-account").outcome()).isEqualTo(Outcome.PASS);
        assertThat(result(report, "sanctions").outcome()).isEqualTo(Outcome.PASS);
        assertThat(report.rating()).isEqualTo(Rating.GREEN);
    }

    @Test
    void checksRunOnlyAfterTheSubmissionCommitsSoTheApplicantNeverWaitsForThem() {
        UUID caseId = transactions.execute(status -> {
            var submitted = submitting.submit(new NewApplication(SERVICE, citizen, answers("Jane Example", VALID_SORT_CODE,
                    VALID_ACCOUNT), null));
            // Still inside the applicant's transaction: no check has run, none is waited for.
            assertThat(jdbc.sql("select count(*) from diligence_reports where case_id = ?").param(submitted.id())
                    .query(Integer.class).single()).isZero();
            return submitted.id();
        });
        assertThat(completed(caseId).results()).hasSize(2);
    }

    @Test
    void casesCheckedBeforeTheListsLoadedAreScreenedAgainOnceTheyHave() {
        var caseId = submit(SANCTIONED, VALID_SORT_CODE, VALID_ACCOUNT);
        completed(caseId);
        // As if the case had come in while the lists were still loading.
        jdbc.sql("update diligence_results set outcome = 'REFER', summary = 'Sanctions lists not loaded yet: later' "
                + "where case_id = ? and check_name = 'sanctions'").param(caseId).update();
        assertThat(completed(caseId).rating()).isEqualTo(Rating.AMBER);

        events.publishEvent(new org.frontdoor.diligence.internal.SanctionsCheckAccess().listsLoaded());

        assertThat(result(completed(caseId), "sanctions").outcome()).isEqualTo(Outcome.FAIL);
        assertThat(completed(caseId).rating()).isEqualTo(Rating.RED);
    }

    @Test
    void aListUpdateScreensCheckedCasesAgainstWhatChangedAndFlagsOpenCasesWithANewHit(@org.junit.jupiter.api.io.TempDir
                                                                                     java.nio.file.Path folder) {
        var listedLater = submit(SANCTIONED, VALID_SORT_CODE, VALID_ACCOUNT);
        completed(listedLater);
        var unlisted = submit("Margaret Example", VALID_SORT_CODE, VALID_ACCOUNT);
        var unlistedCheckedAt = result(completed(unlisted), "sanctions").checkedAt();
        // As if the case had been screened before entry 7182 was listed.
        jdbc.sql("update diligence_results set outcome = 'PASS', summary = 'No listed name matches' "
                + "where case_id = ? and check_name = 'sanctions'").param(listedLater).update();
        assertThat(completed(listedLater).rating()).isEqualTo(Rating.GREEN);
        assertThat(completed(listedLater).alert()).isNull();

        var screened = new org.frontdoor.diligence.internal.SanctionsCheckAccess().entryNewlyListed(context, "7182", folder);

        assertThat(screened.claimed()).isTrue();
        assertThat(screened.newHits()).isGreaterThanOrEqualTo(1);
        var report = completed(listedLater);
        assertThat(result(report, "sanctions").outcome()).isEqualTo(Outcome.FAIL);
        assertThat(report.rating()).isEqualTo(Rating.RED);
        assertThat(report.alert().message()).contains("sanctions list update", "1 entries added", "entry 7182");
        assertThat(audit.about("DILIGENCE_REPORT", listedLater.toString(), 10))
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("DILIGENCE_NEW_HIT"));
        // A case whose names the changes do not match is left as it was.
        assertThat(result(completed(unlisted), "sanctions").checkedAt()).isEqualTo(unlistedCheckedAt);
        assertThat(completed(unlisted).alert()).isNull();
    }

    @Test
    void staffOfTheTeamRunTheChecksAgainAndOthersCannot() throws Exception {
        var caseId = submit("Jane Example", VALID_SORT_CODE, VALID_ACCOUNT);
        var firstCheckedAt = result(completed(caseId), "bank-account").checkedAt();

        assertThat(api("POST", "/api/v1/cases/" + caseId + "/diligence/checks", People.CASEWORKER, null).statusCode()).isEqualTo(404);
        var lead = new Visitor(port);
        lead.signIn(TEAM_LEAD, People.DEMO_PASSWORD);
        assertThat(lead.get("/console/cases/" + caseId).body()).contains("Run the checks again");
        var asked = lead.post("/console/cases/" + caseId + "/diligence/checks", Map.of());
        assertThat(asked.status()).isEqualTo(302);
        assertThat(lead.follow(asked).body()).contains("The due-diligence checks are running again");

        var deadline = Instant.now().plusSeconds(20);
        while (!result(completed(caseId), "bank-account").checkedAt().isAfter(firstCheckedAt) && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        assertThat(result(completed(caseId), "bank-account").checkedAt()).isAfter(firstCheckedAt);
        assertThat(api("POST", "/api/v1/cases/" + caseId + "/diligence/checks", TEAM_LEAD, null).statusCode()).isEqualTo(202);
        assertThat(audit.about("DILIGENCE_REPORT", caseId.toString(), 10))
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("DILIGENCE_CHECKS_REQUESTED"));
    }

    @Test
    void enteringAStateTheServiceRechecksOnRunsEveryCheckAgain() throws Exception {
        var caseId = submit("Jane Example", VALID_SORT_CODE, VALID_ACCOUNT);
        var first = completed(caseId);
        var lead = staff(TEAM_LEAD, Role.TEAM_LEAD);

        transitions.take(lead, new org.frontdoor.cases.Transition(caseId, "pay", 0, null, null));

        var deadline = Instant.now().plusSeconds(20);
        while (!result(completed(caseId), "sanctions").checkedAt().isAfter(result(first, "sanctions").checkedAt())
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        assertThat(result(completed(caseId), "sanctions").checkedAt()).isAfter(result(first, "sanctions").checkedAt());
        assertThat(result(completed(caseId), "bank-account").checkedAt()).isAfter(result(first, "bank-account").checkedAt());
    }

    @Test
    void onlyAdminsRefreshTheSanctionsListsAndUnchangedFilesChangeNothing() throws Exception {
        assertThat(api("POST", "/api/v1/diligence/sanctions-lists/refresh", TEAM_LEAD, null).statusCode()).isEqualTo(403);
        var refreshed = api("POST", "/api/v1/diligence/sanctions-lists/refresh", People.ADMIN, null);
        assertThat(refreshed.statusCode()).isEqualTo(200);
        assertThat(refreshed.body()).contains("\"changed\":false");
    }

    @Test
    void aTeamLeadOverridesTheRatingWithAReasonAndTheOverrideIsAudited() {
        var caseId = submit(SANCTIONED, VALID_SORT_CODE, VALID_ACCOUNT);
        completed(caseId);
        var lead = new Visitor(port);
        lead.signIn(TEAM_LEAD, People.DEMO_PASSWORD);

        var page = lead.get("/console/cases/" + caseId);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Due diligence", "govuk-tag--red", "entry 7182", "Record the rating");

        var missingReason = lead.post("/console/cases/" + caseId + "/diligence/override", Map.of("overrideRating", "GREEN"));
        assertThat(missingReason.status()).isEqualTo(200);
        assertThat(missingReason.body()).contains("Enter why you are changing the rating");

        var done = lead.post("/console/cases/" + caseId + "/diligence/override",
                Map.of("overrideRating", "AMBER", "overrideReason", "Different person: date of birth differs from the listing"));
        assertThat(done.status()).isEqualTo(302);
        assertThat(lead.follow(done).body()).contains("The due-diligence rating is now Amber", "Different person: date of birth");

        assertThat(audit.about("DILIGENCE_REPORT", caseId.toString(), 10))
                .anySatisfy(e -> {
                    assertThat(e.action()).isEqualTo("DILIGENCE_RATING_OVERRIDDEN");
                    assertThat(e.details().toString()).contains("RED", "AMBER", "date of birth differs");
                });
        assertThat(reports.forCase(staff(TEAM_LEAD, Role.TEAM_LEAD), caseId).orElseThrow().rating()).isEqualTo(Rating.AMBER);
    }

    @Test
    @Tag("browser")
    void theReportAndTheOverrideFormAreAccessibleInTheBrowser() {
        var caseId = submit(SANCTIONED, VALID_SORT_CODE, "66374959");
        completed(caseId);
        try (var browser = new Browser(port, true)) {
            browser.open("/console/sign-in").type("email", TEAM_LEAD).type("password", People.DEMO_PASSWORD).click("Sign in");
            browser.open("/console/cases/" + caseId);
            assertThat(browser.text()).contains("Due diligence", "Risk rating: Red", "sanctions: Fail", "bank-account: Fail",
                    "entry 7182");
            browser.click("Record the rating");
            assertThat(browser.heading()).isEqualTo("Change the due-diligence rating");
            assertThat(browser.text()).contains("Select the rating you decide on", "Enter why you are changing the rating");
            browser.choose("Amber").type("overrideReason", "Checked with the applicant's bank").click("Record the rating");
            assertThat(browser.text()).contains("The due-diligence rating is now Amber", "Checked with the applicant's bank");
        }
    }

    @Test
    void citizensAndStaffOfOtherTeamsCannotSeeTheReport() {
        var caseId = submit(SANCTIONED, VALID_SORT_CODE, VALID_ACCOUNT);
        completed(caseId);

        var otherTeam = new Visitor(port);
        otherTeam.signIn(People.CASEWORKER, People.DEMO_PASSWORD);
        assertThat(otherTeam.get("/console/cases/" + caseId + "/diligence/override").status()).isEqualTo(404);
        assertThat(otherTeam.post("/console/cases/" + caseId + "/diligence/override",
                Map.of("overrideRating", "GREEN", "overrideReason", "Looks fine")).status()).isEqualTo(404);
        assertThat(reports.forCase(staff(People.CASEWORKER, Role.CASEWORKER), caseId)).isEmpty();
        // The service provider works in the case's team but does not decide on payment.
        var provider = new Visitor(port);
        provider.signIn("provider@frontdoor.example", People.DEMO_PASSWORD);
        assertThat(provider.get("/console/cases/" + caseId + "/diligence/override").status()).isEqualTo(404);

        var applicant = new SignedInAccount(citizen, "grant@example.org", "Applicant", AccountKind.CITIZEN,
                EnumSet.of(Role.CITIZEN), Set.of(), true, null);
        assertThat(reports.forCase(applicant, caseId)).isEmpty();
        var citizenVisitor = new Visitor(port);
        citizenVisitor.signIn(People.CITIZEN, People.DEMO_PASSWORD);
        var refused = citizenVisitor.get("/console/cases/" + caseId + "/diligence/override");
        assertThat(refused.status()).isNotEqualTo(200);
        assertThat(refused.body()).doesNotContain("7182");
        assertThat(jdbc.sql("select overrides from (select count(*) overrides from diligence_overrides where case_id = ?) o")
                .param(caseId).query(Integer.class).single()).isZero();
    }

    @Test
    void theApiGivesTheReportToTheTeamAndOverridesWithAReason() throws Exception {
        var caseId = submit(SANCTIONED, VALID_SORT_CODE, "66374959");
        completed(caseId);

        var report = api("GET", "/api/v1/cases/" + caseId + "/diligence", TEAM_LEAD, null);
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.body()).contains("\"rating\":\"RED\"", "entry 7182", "\"outcome\":\"FAIL\"", "bank-account");
        assertThat(api("GET", "/api/v1/cases/" + caseId + "/diligence", People.CASEWORKER, null).statusCode()).isEqualTo(404);
        assertThat(api("GET", "/api/v1/cases/" + caseId + "/diligence", People.CITIZEN, null).statusCode()).isEqualTo(404);

        var noReason = api("POST", "/api/v1/cases/" + caseId + "/diligence/override", TEAM_LEAD, "{\"rating\":\"GREEN\"}");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("overrideReason");
        var overridden = api("POST", "/api/v1/cases/" + caseId + "/diligence/override", People.ADMIN,
                "{\"rating\":\"GREEN\",\"reason\":\"Bank confirmed the account by letter\"}");
        assertThat(overridden.statusCode()).isEqualTo(200);
        assertThat(overridden.body()).contains("\"rating\":\"GREEN\"", "Bank confirmed the account by letter");
    }

    private java.net.http.HttpResponse<String> api(String method, String path, String user, String body) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        (user + ":" + People.DEMO_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .method(method, body == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                        : java.net.http.HttpRequest.BodyPublishers.ofString(body)).build();
        return java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    private UUID submit(String name, String sortCode, String account) {
        return submitting.submit(new NewApplication(SERVICE, citizen, answers(name, sortCode, account), null)).id();
    }

    private static Map<String, Object> answers(String name, String sortCode, String account) {
        return Map.of("applicantName", name, "sortCode", sortCode, "accountNumber", account);
    }

    /** The report once every check has reported; the checks run on another thread after commit. */
    private DiligenceReport completed(UUID caseId) {
        return org.frontdoor.support.DiligenceReportsDone.completed(reports, staff(People.ADMIN, Role.ADMIN), caseId,
                Duration.ofSeconds(20));
    }

    private static CheckResult result(DiligenceReport report, String check) {
        return report.results().stream().filter(r -> r.check().equals(check)).findFirst()
                .orElseThrow(() -> new AssertionError("No " + check + " result in " + report.results()));
    }

    private SignedInAccount staff(String email, Role role) {
        return new SignedInAccount(accounts.idByEmail(email).orElseThrow(), email, email, AccountKind.STAFF,
                EnumSet.of(role), Set.of(), true, null);
    }

    private SignedInAccount admin() {
        return staff(People.ADMIN, Role.ADMIN);
    }

    private static String grantService() {
        return """
                id: %s
                version: 1
                name: Apply for a small grant (due-diligence tests)
                summary: A grant paid into the applicant's bank account, used by the due-diligence tests.
                calendar: england-and-wales
                form:
                  pages:
                    - id: applicant
                      title: About you
                      questions:
                        - id: applicantName
                          type: text
                          label: Your full name
                          max-length: 100
                        - id: sortCode
                          type: text
                          label: Sort code
                          max-length: 8
                        - id: accountNumber
                          type: text
                          label: Account number
                          max-length: 10
                  declaration: The information I have given is true.
                lifecycle:
                  initial: received
                  states:
                    - id: received
                      label: New
                      citizen-status: We have your application
                      sla-working-days: 10
                    - id: paid
                      label: Paid
                      citizen-status: Your grant is paid
                      terminal: true
                  transitions:
                    - id: pay
                      label: Pay the grant
                      from: received
                      to: paid
                      roles: [CASEWORKER, TEAM_LEAD]
                routing:
                  default-team: Disability support
                """.formatted(SERVICE);
    }
}
