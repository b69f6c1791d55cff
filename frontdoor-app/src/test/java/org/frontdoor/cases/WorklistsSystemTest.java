package org.frontdoor.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import org.frontdoor.identity.AccountDetails;
import org.frontdoor.identity.AccountKind;
import org.frontdoor.identity.NewCitizen;
import org.frontdoor.identity.Registration;
import org.frontdoor.identity.Role;
import org.frontdoor.identity.SignedInAccount;
import org.frontdoor.platform.InvalidInput;
import org.frontdoor.support.Applications;
import org.frontdoor.support.Mailbox;
import org.frontdoor.support.People;
import org.frontdoor.support.SystemTest;
import org.frontdoor.support.Visitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/** Staff claim and hand on cases, and page through filtered worklists; staff find cases by what is in them. */
@SystemTest
class WorklistsSystemTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    SubmittingApplication submitting;
    @Autowired
    AssigningCases assigning;
    @Autowired
    Worklists worklists;
    @Autowired
    ReadingCases reading;
    @Autowired
    Registration registration;
    @Autowired
    AccountDetails accounts;

    SignedInAccount caseworker;
    SignedInAccount teamLead;
    /** A surname no other test uses, so that searches find this test's cases only. */
    String surname;
    UUID applicant;

    @BeforeEach
    void staffOfVictimCareAndAnApplicant() {
        caseworker = staff(People.CASEWORKER, Role.CASEWORKER);
        teamLead = staff("teamlead@frontdoor.example", Role.TEAM_LEAD);
        surname = uniqueWord();
        var email = People.uniqueEmail("victim");
        applicant = registration.register(new NewCitizen("Robin " + surname, email, People.GOOD_PASSWORD, People.GOOD_PASSWORD));
    }

    @Test
    void aTeamLeadHandsACaseToACaseworkerWhoFindsItInTheirCases() {
        var report = report("theft", "LS1 4DY");
        assertThat(ids(worklists.worklist(caseworker, query(Worklists.View.UNASSIGNED)))).contains(report.id());

        assigning.assign(teamLead, report.id(), null, caseworker.id());

        assertThat(ids(worklists.worklist(caseworker, query(Worklists.View.MINE)))).contains(report.id());
        assertThat(ids(worklists.worklist(caseworker, query(Worklists.View.UNASSIGNED)))).doesNotContain(report.id());
        var read = reading.read(caseworker, report.id()).orElseThrow();
        assertThat(read.assigneeId()).isEqualTo(caseworker.id());
        assertThat(read.timeline()).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo("ASSIGNED");
            assertThat(e.visibleToCitizen()).isFalse();
        });
        assertThat(reading.read(citizen(), report.id()).orElseThrow().timeline()).noneMatch(e -> e.kind().equals("ASSIGNED"));
    }

    @Test
    void aCaseworkerTakesAFreeCaseAndGivesItUpButCannotHandItToSomeoneElse() {
        var report = report("theft", "LS1 4DY");
        assigning.claim(caseworker, report.id(), null);
        assertThat(reading.read(caseworker, report.id()).orElseThrow().assigneeId()).isEqualTo(caseworker.id());

        assertThatThrownBy(() -> assigning.assign(caseworker, report.id(), caseworker.id(), teamLead.id()))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("Only a team lead");
        assigning.assign(caseworker, report.id(), caseworker.id(), null);
        assertThat(reading.read(caseworker, report.id()).orElseThrow().assigneeId()).isNull();
    }

    @Test
    void ofTwoStaffTakingTheSameCaseAtOnceExactlyOneHoldsIt() throws Exception {
        var report = report("theft", "LS1 4DY");
        var start = new CountDownLatch(1);
        List<Callable<Boolean>> claims = List.of(caseworker, teamLead).stream().<Callable<Boolean>>map(person -> () -> {
            start.await();
            try {
                assigning.claim(person, report.id(), null);
                return true;
            } catch (CaseChangedMeanwhile lost) {
                return false;
            }
        }).toList();
        try (var pool = Executors.newFixedThreadPool(2)) {
            var futures = claims.stream().map(pool::submit).toList();
            start.countDown();
            var won = new ArrayList<Boolean>();
            for (var f : futures) {
                won.add(f.get());
            }
            assertThat(won).containsExactlyInAnyOrder(true, false);
        }
        var holder = reading.read(teamLead, report.id()).orElseThrow().assigneeId();
        assertThat(holder).isIn(caseworker.id(), teamLead.id());
    }

    @Test
    void aCaseCannotBeHandedToSomeoneOutsideItsTeam() {
        var report = report("theft", "LS1 4DY");
        var assessor = staff("assessor@frontdoor.example", Role.GRANT_ASSESSOR);
        var admin = staff(People.ADMIN, Role.ADMIN);
        assertThatThrownBy(() -> assigning.assign(admin, report.id(), null, assessor.id()))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("Choose someone in the Victim care team");
    }

    @Test
    void pagesFollowOneAnotherWithoutRepeatsOrGapsInEveryOrder() throws Exception {
        var submitted = new ArrayList<UUID>();
        for (int i = 0; i < 7; i++) {
            submitted.add(report(i % 2 == 0 ? "theft" : "burglary", "LS1 4DY").id());
        }
        for (var sort : List.of("DUE", "NEWEST", "OLDEST")) {
            var seen = new ArrayList<String>();
            String after = null;
            int pages = 0;
            do {
                var page = json.readTree(api("/api/v1/cases?q=" + surname + "&limit=3&sort=" + sort
                        + (after == null ? "" : "&after=" + after), People.CASEWORKER).body());
                page.get("rows").forEach(row -> seen.add(row.get("id").asString()));
                after = page.get("next").isNull() ? null : page.get("next").asString();
                pages++;
            } while (after != null && pages < 10);
            assertThat(pages).as(sort).isEqualTo(3);
            assertThat(seen).as(sort).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(submitted.stream().map(UUID::toString).toList());
            if (sort.equals("NEWEST")) {
                assertThat(seen).containsExactlyElementsOf(submitted.reversed().stream().map(UUID::toString).toList());
            }
        }
    }

    @Test
    void worklistsFilterByAnswerStateAndDateAndRefuseFiltersThatCannotApply() throws Exception {
        var burglary = report("burglary", "LS1 4DY");
        report("theft", "LS1 4DY");
        var found = json.readTree(api("/api/v1/cases?q=" + surname + "&service=victim-updates&answerField=crimeType&answerValue=burglary"
                + "&state=submitted&submittedFrom=2020-01-01", People.CASEWORKER).body());
        assertThat(found.get("rows").findValuesAsString("id")).containsExactly(burglary.id().toString());
        var none = json.readTree(api("/api/v1/cases?q=" + surname + "&submittedTo=2020-01-01", People.CASEWORKER).body());
        assertThat(none.get("rows").size()).isZero();

        var unknownQuestion = api("/api/v1/cases?service=victim-updates&answerField=shoeSize&answerValue=9", People.CASEWORKER);
        assertThat(unknownQuestion.statusCode()).isEqualTo(400);
        assertThat(unknownQuestion.body()).contains("answerField", "The service has no question 'shoeSize'");
        var brokenCursor = api("/api/v1/cases?after=not-a-cursor", People.CASEWORKER);
        assertThat(brokenCursor.statusCode()).isEqualTo(400);
        assertThat(brokenCursor.body()).contains("after");
    }

    @Test
    void staffFindCasesByNamePostcodeOrPhoneAndOnlyThoseTheyMaySee() {
        var postcode = "LS" + ThreadLocalRandom.current().nextInt(10, 99) + " " + ThreadLocalRandom.current().nextInt(1, 9) + "QT";
        var report = report("theft", postcode);
        assertThat(rowIds(worklists.find(caseworker, "robin " + surname.substring(0, 5)))).contains(report.id());
        assertThat(rowIds(worklists.find(caseworker, postcode))).contains(report.id());
        assertThat(rowIds(worklists.find(caseworker, postcode.replace(" ", "").toLowerCase()))).contains(report.id());
        assertThat(rowIds(worklists.find(caseworker, surname + " 01134960000"))).contains(report.id());
        assertThat(worklists.find(caseworker, "' & !:* ) (")).isEmpty();

        var assessor = staff("assessor@frontdoor.example", Role.GRANT_ASSESSOR);
        assertThat(rowIds(worklists.find(assessor, surname))).doesNotContain(report.id());
    }

    @Test
    void aPersonACarerAppliedForFollowsTheCaseOnceTheyHaveAnAccount() throws Exception {
        var clientEmail = People.uniqueEmail("client");
        var answers = new HashMap<>(Applications.carerAskingForAdaptations());
        answers.put("clientEmail", clientEmail);
        var carer = citizen();
        var submitted = submitting.submit(new NewApplication("disability-support", carer.id(), answers, null));
        assertThat(Mailbox.latest(clientEmail, "An application was made for you")).contains(submitted.reference());

        var clientId = registration.register(new NewCitizen("Mary Smith", clientEmail, People.GOOD_PASSWORD, People.GOOD_PASSWORD));
        var link = Mailbox.linkIn(clientEmail, "Confirm your email address");
        registration.verifyEmail(link.substring(link.indexOf("token=") + 6));
        var client = new SignedInAccount(clientId, clientEmail, "Mary Smith", AccountKind.CITIZEN, Set.of(Role.CITIZEN), Set.of(), true, null);

        assertThat(reading.ownCases(client)).extracting(CaseDetails::id).contains(submitted.id());
        var visitor = new Visitor(port);
        visitor.signIn(clientEmail, People.GOOD_PASSWORD);
        assertThat(visitor.get("/account/cases/" + submitted.id()).body()).contains(submitted.reference());
        var sent = visitor.post("/account/cases/" + submitted.id() + "/messages", java.util.Map.of("message", "Thank you, Mum here"));
        assertThat(sent.status()).isEqualTo(302);
        assertThat(reading.read(carer, submitted.id()).orElseThrow().timeline())
                .anySatisfy(e -> assertThat(e.text()).isEqualTo("Thank you, Mum here"));

        var stranger = new SignedInAccount(UUID.randomUUID(), People.uniqueEmail("stranger"), "S", AccountKind.CITIZEN,
                Set.of(Role.CITIZEN), Set.of(), true, null);
        assertThat(reading.read(stranger, submitted.id())).isEmpty();
    }

    @Test
    void inTheConsoleATeamLeadHandsOnACaseAndTheWorklistFiltersShowIt() {
        var report = report("burglary", "LS1 4DY");
        var lead = new Visitor(port);
        lead.signIn("teamlead@frontdoor.example", People.DEMO_PASSWORD);
        var casePage = lead.get("/console/cases/" + report.id()).body();
        assertThat(casePage).contains("Held by", "Nobody yet", "Hand the case to", "Cara Caseworker");
        var handed = lead.post("/console/cases/" + report.id() + "/assignment",
                java.util.Map.of("assignee", caseworker.id().toString(), "seenHolder", ""));
        assertThat(handed.status()).isEqualTo(302);
        var stale = lead.post("/console/cases/" + report.id() + "/assignment",
                java.util.Map.of("assignee", teamLead.id().toString(), "seenHolder", ""));
        assertThat(stale.body()).contains("There is a problem", "was taken or handed on by someone else");

        var heldByCara = lead.get("/console/cases?view=TEAM&service=victim-updates&assignee=" + caseworker.id()
                + "&answerField=crimeType&answerValue=burglary&sort=NEWEST").body();
        assertThat(heldByCara).contains(report.reference(), "Cara Caseworker");
        var worker = new Visitor(port);
        worker.signIn(People.CASEWORKER, People.DEMO_PASSWORD);
        assertThat(worker.get("/console/cases?view=MINE").body()).contains(report.reference());
        assertThat(worker.get("/console/cases?view=UNASSIGNED&service=victim-updates").body()).doesNotContain(report.reference());
        assertThat(worker.get("/console/cases?submittedFrom=yesterday").body()).contains("There is a problem", "Enter a real date");
        assertThat(worker.get("/console/cases?q=" + surname).body()).contains(report.reference());
    }

    @Test
    void citizensListTheirOwnCasesOverTheApiInTheirWords() throws Exception {
        var email = People.uniqueEmail("lister");
        var id = registration.register(new NewCitizen("Lister", email, People.GOOD_PASSWORD, People.GOOD_PASSWORD));
        var link = Mailbox.linkIn(email, "Confirm your email address");
        registration.verifyEmail(link.substring(link.indexOf("token=") + 6));
        var submitted = submitting.submit(new NewApplication("victim-updates", id, Applications.crimeReport("theft", "LS1 4DY"), null));
        var page = json.readTree(api("/api/v1/cases", email, People.GOOD_PASSWORD).body());
        assertThat(page.get("rows").findValuesAsString("reference")).containsExactly(submitted.reference());
        assertThat(page.get("rows").get(0).get("assigneeName").isNull()).isTrue();
    }

    private SubmittedCase report(String crimeType, String postcode) {
        return submitting.submit(new NewApplication("victim-updates", applicant, Applications.crimeReport(crimeType, postcode), null));
    }

    private SignedInAccount citizen() {
        return new SignedInAccount(applicant, "victim@example.com", "Robin", AccountKind.CITIZEN, Set.of(Role.CITIZEN), Set.of(), true, null);
    }

    private SignedInAccount staff(String email, Role role) {
        var id = accounts.idByEmail(email).orElseThrow();
        var account = accounts.ownAccount(id).orElseThrow();
        return new SignedInAccount(id, email, account.displayName(), AccountKind.STAFF, account.roles(), Set.of(), true, null);
    }

    private static WorklistQuery query(Worklists.View view) {
        return new WorklistQuery(view, "victim-updates", null, null, null, null, null, null, null, null, false,
                WorklistQuery.Sort.NEWEST, null, 200);
    }

    private static List<UUID> ids(WorklistPage page) {
        return rowIds(page.rows());
    }

    private static List<UUID> rowIds(List<WorklistRow> rows) {
        return rows.stream().map(WorklistRow::id).toList();
    }

    private static String uniqueWord() {
        var letters = new StringBuilder("Quen");
        for (int i = 0; i < 8; i++) {
            letters.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return letters.toString();
    }

    private HttpResponse<String> api(String path, String user) throws Exception {
        return api(path, user, People.DEMO_PASSWORD);
    }

    private HttpResponse<String> api(String path, String user, String password) throws Exception {
        var basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes());
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", basic).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
