package org.frontdoor.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.frontdoor.cases.ApplyingForServices;
import org.frontdoor.cases.TakingTransitions;
import org.frontdoor.cases.Transition;
import org.frontdoor.grants.ApplicantKind;
import org.frontdoor.grants.AssessingGrants;
import org.frontdoor.grants.ApplyingForGrants;
import org.frontdoor.grants.ApplyingForGrants.Applicant;
import org.frontdoor.grants.DecidingGrants;
import org.frontdoor.grants.LondonTime;
import org.frontdoor.identity.AccountAdministration;
import org.frontdoor.identity.NewStaffMember;
import org.frontdoor.identity.Registration;
import org.frontdoor.identity.Role;
import org.frontdoor.identity.SignedInAccount;
import org.frontdoor.services.ServiceCatalogue;
import org.frontdoor.support.GrantApplications;
import org.frontdoor.support.People;
import org.frontdoor.support.SystemTest;
import org.frontdoor.support.Visitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Staff run a grant programme through the console over HTTP: an admin publishes it, an assessor
 * scores, a team lead assigns, awards and pays. Each test publishes a programme of its own, so its
 * budget and dashboard are not shared with other tests; applicants apply the way they do in the portal.
 */
@SystemTest
class GrantConsolePagesSystemTest {

    private static final String TEAM_LEAD = "teamlead@frontdoor.example";
    private static final String ASSESSOR = "assessor@frontdoor.example";
    private static final Pattern ASSESSOR_OPTION = Pattern.compile("<option value=\"([0-9a-f-]{36})\">Asha Assessor</option>");
    private static final Pattern RUN_FILE = Pattern.compile("/console/grants/payment-runs/([0-9a-f-]{36})/file");

    @LocalServerPort
    int port;
    @Autowired
    ApplyingForGrants grants;
    @Autowired
    ApplyingForServices forms;
    @Autowired
    ServiceCatalogue services;
    @Autowired
    Registration registration;
    @Autowired
    TakingTransitions transitions;
    @Autowired
    DecidingGrants deciding;
    @Autowired
    AssessingGrants assessing;
    @Autowired
    AccountAdministration accounts;
    @Autowired
    JdbcClient jdbc;

    GrantApplications applications;
    SignedInAccount lead;

    @BeforeEach
    void setUp() {
        applications = new GrantApplications(grants, forms, services, registration, jdbc);
        lead = applications.staff(TEAM_LEAD, Role.TEAM_LEAD, Role.CASEWORKER);
    }

    @Test
    void anAssessorScoresAndATeamLeadAssignsAndAwardsThroughTheFormsAndTheDashboardFollows() {
        var programme = published("10000");
        var caseId = sent(programme, "6000");
        var reference = reference(caseId);
        var teamLead = signedIn(TEAM_LEAD);

        assertThat(teamLead.get("/console").body()).contains("href=\"/console/grants\"");
        assertThat(teamLead.get("/console/grants").body()).contains("Test fund " + programme, "£10,000");
        var panel = teamLead.get("/console/grants/" + programme).body();
        assertThat(panel).contains(reference, "Not scored", "Not decided", "Within budget", "No decisions yet");
        assertThat(teamLead.get("/console/cases/" + caseId).body()).contains("/console/grants/applications/" + caseId);

        var page = teamLead.get("/console/grants/applications/" + caseId).body();
        assertThat(page).contains("Ambridge Village Hall Trust", "£6,000", "Round 1", "Submitted", "No assessor is assigned yet.");
        var assessorId = ASSESSOR_OPTION.matcher(page).results().findFirst().orElseThrow().group(1);
        var assigned = teamLead.post("/console/grants/applications/" + caseId + "/assessors", Map.of("assessor", assessorId));
        assertThat(assigned.location()).isEqualTo("/console/grants/applications/" + caseId);
        assertThat(teamLead.follow(assigned).body()).contains("Assessor assigned.", "Asha Assessor", "Not scored yet.");

        var assessor = signedIn(ASSESSOR);
        assertThat(assessor.get("/console/grants").body()).contains("Applications for you to assess", reference);
        assertThat(assessor.get("/console/grants/applications/" + caseId).body()).contains("Your scores", "Need (weight 100%)")
                .doesNotContain("Award a grant");
        var refused = assessor.post("/console/grants/applications/" + caseId + "/scores", Map.of("score-need", "8", "comment-need", " "));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("There is a problem", "Say why you gave that score for need", "href=\"#comment-need\"",
                "<option value=\"8\" selected=\"selected\">8</option>");
        var scored = assessor.post("/console/grants/applications/" + caseId + "/scores",
                Map.of("score-need", "8", "comment-need", "Forty groups lose their hall when it rains"));
        assertThat(assessor.follow(scored).body()).contains("Your scores are saved.", "80 out of 100", "Change your scores");
        assertThat(assessor.get("/console/grants").body()).doesNotContain(reference);

        toPanel(caseId);
        page = teamLead.get("/console/grants/applications/" + caseId).body();
        assertThat(page).contains("Award a grant", "£10,000 of the budget is left.", "Put on the waiting list", "Reject the application",
                "Leave the rows empty to pay the whole award once the offer is accepted");
        var award = form("awardAmount", "6000", "awardReason", "A strong case: the hall serves forty groups",
                "instalment-1-amount", "4000", "instalment-1-due", today().toString(),
                "instalment-3-amount", "2000", "instalment-3-report", "true");
        var awarded = teamLead.post("/console/grants/applications/" + caseId + "/award", award);
        assertThat(awarded.location()).isEqualTo("/console/grants/applications/" + caseId);
        page = teamLead.follow(awarded).body();
        assertThat(page).contains("Awarded £6,000. The applicant is offered the grant.", "Offer made", "Not accepted yet",
                "£4,000.00", "£2,000.00", "after a monitoring report", "Scheduled", "Committed", "Vary the award", "Record a clawback")
                .doesNotContain("Award a grant");

        var dashboard = teamLead.get("/console/grants/" + programme).body();
        assertThat(dashboard).contains("Awarded £6,000", "£4,000", "Offer made").doesNotContain("No decisions yet");
        assertThat(teamLead.get("/console/grants").body()).contains("£6,000", "£4,000");
    }

    @Test
    void anAwardAboveTheBudgetLeftOrWithAScheduleThatDoesNotAddUpShowsTheErrorSummaryAndKeepsWhatWasTyped() {
        var programme = published("5000");
        var caseId = sent(programme, "6000");
        toPanel(caseId);
        var teamLead = signedIn(TEAM_LEAD);
        teamLead.get("/console/grants/applications/" + caseId);

        var overBudget = teamLead.post("/console/grants/applications/" + caseId + "/award",
                form("awardAmount", "6000", "awardReason", "Worth it"));
        assertThat(overBudget.status()).isEqualTo(200);
        assertThat(overBudget.body()).contains("<title>Error: ", "There is a problem", "href=\"#awardAmount\"", "Only £5,000.00",
                "value=\"6000\"", "Worth it").doesNotContain("Vary the award", "Record a clawback");

        var badSchedule = teamLead.post("/console/grants/applications/" + caseId + "/award",
                form("awardAmount", "3000", "awardReason", "Part of it", "instalment-2-amount", "1000", "instalment-2-due", "next week"));
        assertThat(badSchedule.body()).contains("There is a problem", "Enter the date of instalment 1 like", "href=\"#instalment-1-due\"",
                "value=\"next week\"");
        var notAddingUp = teamLead.post("/console/grants/applications/" + caseId + "/award",
                form("awardAmount", "3000", "awardReason", "Part of it", "instalment-1-amount", "1000", "instalment-1-due", today().toString()));
        assertThat(notAddingUp.body()).contains("The instalments add up to £1,000.00; they must add up to the award of £3,000.00",
                "href=\"#schedule\"");
        assertThat(teamLead.get("/console/grants/" + programme).body()).contains("No decisions yet", "Not decided");
    }

    @Test
    void aPaymentRunIsCreatedItsFileDownloadedAndTheBankPaymentConfirmed() {
        var programme = published("10000");
        var citizen = applications.newCitizen("Paid Trustee");
        var caseId = sent(programme, citizen, "2500");
        toPanel(caseId);
        deciding.award(lead, caseId, "2500", "Good project", List.of());
        grants.acceptOffer(citizen, caseId);
        var teamLead = signedIn(TEAM_LEAD);

        var runs = teamLead.get("/console/grants/payment-runs");
        assertThat(runs.body()).contains("Create a payment run", "value=\"" + today() + "\"");
        assertThat(teamLead.postRaw("/console/grants/payment-runs", Map.of("executionDate", today().toString())).status())
                .as("a form without its CSRF token").isEqualTo(403);
        var refused = teamLead.post("/console/grants/payment-runs", Map.of("executionDate", "soon"));
        assertThat(refused.body()).contains("There is a problem", "Enter the date the bank should pay", "value=\"soon\"");
        var created = teamLead.post("/console/grants/payment-runs", Map.of("executionDate", today().toString()));
        assertThat(created.location()).isEqualTo("/console/grants/payment-runs");
        var listed = teamLead.follow(created).body();
        assertThat(listed).contains(" is ready: ", "Waiting for the bank", "Confirm the bank paid this run", "The bank refused this run");
        var runId = RUN_FILE.matcher(listed).results().findFirst().orElseThrow().group(1);

        var file = teamLead.get("/console/grants/payment-runs/" + runId + "/file");
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.header("Content-Type")).startsWith("application/xml");
        assertThat(file.header("Content-Disposition")).startsWith("attachment").contains(".xml");
        assertThat(file.body()).contains("CstmrCdtTrfInitn", reference(caseId));
        var messageId = Pattern.compile("<MsgId>([^<]+)</MsgId>").matcher(file.body()).results().findFirst().orElseThrow().group(1);
        assertThat(file.header("Content-Disposition")).contains(messageId + ".xml");

        var confirmed = teamLead.post("/console/grants/payment-runs/" + runId + "/confirmation", Map.of());
        assertThat(teamLead.follow(confirmed).body()).contains("Payment run " + messageId + " is confirmed");
        var again = teamLead.post("/console/grants/payment-runs/" + runId + "/confirmation", Map.of());
        assertThat(again.body()).contains("There is a problem", "This run is already confirmed");
        assertThat(teamLead.get("/console/grants/applications/" + caseId).body()).contains("Paid at ");
        assertThat(teamLead.get("/console/grants/" + programme).body()).doesNotContain("No payments yet");
    }

    @Test
    void anAssessorCannotAward() {
        var programme = published("10000");
        var caseId = sent(programme, "3000");
        toPanel(caseId);
        var assessor = signedIn(ASSESSOR);
        assertThat(assessor.get("/console/grants/applications/" + caseId).body()).doesNotContain("Award a grant", "/award\"");
        var award = assessor.post("/console/grants/applications/" + caseId + "/award", form("awardAmount", "3000", "awardReason", "Mine"));
        assertThat(award.status()).isEqualTo(403);
        assertThat(assessor.get("/console/grants/payment-runs").status()).isEqualTo(403);
        assertThat(assessor.get("/console/admin/grants").status()).isEqualTo(403);
        // Caseworkers have no part in grants: the grants module refuses them the programmes too.
        assertThat(signedIn(People.CASEWORKER).get("/console/grants").status()).isEqualTo(403);
    }

    @Test
    void anAdminPublishesAProgrammeAndANewVersionAndABrokenDefinitionListsEveryProblem() {
        var id = "console-" + UUID.randomUUID().toString().substring(0, 8);
        var admin = signedIn(People.ADMIN);
        assertThat(admin.get("/console/admin/grants").body()).contains("Publish a programme", "An example definition");

        var broken = GrantApplications.programmeDefinition(id, "lots").replace("weight: 100", "weight: 90");
        var refused = admin.post("/console/admin/grants", Map.of("yaml", broken));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("<title>Error: ", "There is a problem", "the weights add up to 90",
                "is not an amount in pounds", "Fix the 2 problems listed above", "weight: 90");
        assertThat(admin.get("/console/grants").body()).doesNotContain("Test fund " + id);

        var published = admin.post("/console/admin/grants", Map.of("yaml", GrantApplications.programmeDefinition(id, "20000")));
        assertThat(published.location()).isEqualTo("/console/grants/" + id);
        assertThat(admin.follow(published).body()).contains("Version 1 of ‘Test fund " + id + "’ is published.", "£20,000");

        var second = admin.post("/console/admin/grants",
                Map.of("yaml", GrantApplications.programmeDefinition(id, "30000").replace("version: 1", "version: 2")));
        assertThat(admin.follow(second).body()).contains("Version 2 of ‘Test fund " + id + "’ is published.", "£30,000");
        var older = admin.post("/console/admin/grants", Map.of("yaml", GrantApplications.programmeDefinition(id, "30000")));
        assertThat(older.body()).contains("is already at version 2");
    }

    @Test
    void scoresTooFarApartGoToModerationAndTheTeamLeadAgreesAScore() {
        var programme = published("10000");
        var caseId = sent(programme, "3000");
        var first = applications.staff(ASSESSOR, Role.GRANT_ASSESSOR);
        var second = secondAssessor();
        assessing.assign(lead, caseId, first.id());
        assessing.assign(lead, caseId, second.id());
        assessing.score(first, caseId, Map.of("score-need", List.of("10"), "comment-need", List.of("Compelling")));
        assessing.score(second, caseId, Map.of("score-need", List.of("2"), "comment-need", List.of("Thin evidence")));
        var teamLead = signedIn(TEAM_LEAD);
        assertThat(teamLead.get("/console/grants/" + programme).body()).contains("Needs moderation", ">60<");

        var page = teamLead.get("/console/grants/applications/" + caseId).body();
        assertThat(page).contains("Needs moderation", "Moderate the scores", "Compelling", "Thin evidence", "Scored 100 out of 100",
                "Scored 20 out of 100");
        var refused = teamLead.post("/console/grants/applications/" + caseId + "/moderation",
                Map.of("moderatedScore", "150", "moderationNote", "Met and agreed"));
        assertThat(refused.body()).contains("There is a problem", "Enter the agreed score, from 0 to 100", "value=\"150\"",
                "Met and agreed");
        var agreed = teamLead.post("/console/grants/applications/" + caseId + "/moderation",
                Map.of("moderatedScore", "65", "moderationNote", "Met and agreed the evidence is good but partial"));
        page = teamLead.follow(agreed).body();
        assertThat(page).contains("The agreed score is saved.", "65 out of 100", "Met and agreed the evidence is good but partial")
                .doesNotContain("Moderate the scores");
    }

    @Test
    void anAssessorWithAConflictOfInterestStepsOffAndCannotBeAssignedAgain() {
        var programme = published("10000");
        var caseId = sent(programme, "3000");
        var assessorAccount = applications.staff(ASSESSOR, Role.GRANT_ASSESSOR);
        assessing.assign(lead, caseId, assessorAccount.id());
        var assessor = signedIn(ASSESSOR);
        assertThat(assessor.get("/console/grants/applications/" + caseId).body()).contains("Declare a conflict of interest");

        var refused = assessor.post("/console/grants/applications/" + caseId + "/conflict", Map.of("conflictReason", ""));
        assertThat(refused.body()).contains("There is a problem", "href=\"#conflictReason\"", "<details class=\"govuk-details\" open=\"open\"");
        var declared = assessor.post("/console/grants/applications/" + caseId + "/conflict",
                Map.of("conflictReason", "I am a trustee of the village hall"));
        var page = assessor.follow(declared).body();
        assertThat(page).contains("Conflict of interest recorded.", "Conflicts of interest declared", "I am a trustee of the village hall")
                .doesNotContain("Your scores", "Declare a conflict of interest");
        assertThat(assessor.get("/console/grants").body()).doesNotContain(reference(caseId));

        var teamLead = signedIn(TEAM_LEAD);
        var leadPage = teamLead.get("/console/grants/applications/" + caseId).body();
        assertThat(leadPage).contains("I am a trustee of the village hall").doesNotContain(">Asha Assessor</option>");
        var assignAnyway = teamLead.post("/console/grants/applications/" + caseId + "/assessors", Map.of("assessor", assessorAccount.id().toString()));
        assertThat(assignAnyway.body()).contains("There is a problem", "declared a conflict of interest");
    }

    @Test
    void aTeamLeadWaitlistsThenAwardsThenVariesTheAwardAndCannotRecoverMoreThanWasPaid() {
        var programme = published("10000");
        var caseId = sent(programme, "5000");
        var other = sent(programme, "2000");
        toPanel(caseId);
        toPanel(other);
        var teamLead = signedIn(TEAM_LEAD);
        teamLead.get("/console/grants/applications/" + caseId);

        var waitlisted = teamLead.post("/console/grants/applications/" + caseId + "/waitlist",
                Map.of("waitlistReason", "Good, but we wait for the round to close"));
        assertThat(teamLead.follow(waitlisted).body()).contains("The application is on the waiting list.", "On the waiting list",
                "Waiting list", "Award a grant").doesNotContain("Put on the waiting list");
        var awarded = teamLead.post("/console/grants/applications/" + caseId + "/award", form("awardAmount", "5000", "awardReason", "Funds allow it"));
        assertThat(teamLead.follow(awarded).body()).contains("Awarded £5,000.");

        var varied = teamLead.post("/console/grants/applications/" + caseId + "/variation",
                Map.of("varyAmount", "4000", "varyReason", "The roofer quoted less"));
        var page = teamLead.follow(varied).body();
        assertThat(page).contains("The award is now £4,000.", "Varied", "-£1,000.00", "The roofer quoted less", "Cancelled");
        var clawback = teamLead.post("/console/grants/applications/" + caseId + "/clawback",
                Map.of("clawbackAmount", "100", "clawbackReason", "Unspent"));
        assertThat(clawback.body()).contains("There is a problem", "href=\"#clawbackAmount\"", "Only £0.00 has been paid", "Unspent");
        assertThat(teamLead.get("/console/grants/" + programme).body()).contains("Awarded £4,000", "£6,000");

        teamLead.get("/console/grants/applications/" + other);
        var noReasons = teamLead.post("/console/grants/applications/" + other + "/rejection", Map.of("rejectReasons", " "));
        assertThat(noReasons.body()).contains("There is a problem", "href=\"#rejectReasons\"", "Give the reasons the applicant will read");
        var rejected = teamLead.post("/console/grants/applications/" + other + "/rejection",
                Map.of("rejectReasons", "The project is outside what the fund pays for"));
        assertThat(teamLead.follow(rejected).body()).contains("The application is rejected.", "Not funded")
                .doesNotContain("Award a grant", "Reject the application");
    }

    @Test
    void thePanelShowsTwentyApplicationsAPageWithANextPageLinkAndRefusesABrokenLink() {
        var programme = published("10000");
        var references = new java.util.ArrayList<String>();
        for (int i = 0; i < GrantProgrammePages.PANEL_PAGE + 1; i++) {
            references.add(reference(sent(programme, "1000")));
        }
        var teamLead = signedIn(TEAM_LEAD);
        var first = teamLead.get("/console/grants/" + programme).body();
        var next = Pattern.compile("href=\"(/console/grants/" + programme + "\\?after=[^\"]+)\"").matcher(first);
        assertThat(next.find()).as("a Next page link").isTrue();
        assertThat(first).contains("Next page").doesNotContain("First page");
        assertThat(references.stream().filter(first::contains)).hasSize(GrantProgrammePages.PANEL_PAGE);

        var second = teamLead.get(next.group(1).replace("&amp;", "&")).body();
        assertThat(references.stream().filter(second::contains)).hasSize(1);
        assertThat(second).contains(">21<", "First page").doesNotContain("Next page");

        var broken = teamLead.get("/console/grants/" + programme + "?after=not-a-cursor");
        assertThat(broken.status()).isEqualTo(200);
        assertThat(broken.body()).contains("There is a problem", "This page link is not valid", "href=\"#panel\"", ">1<");
    }

    private SignedInAccount secondAssessor() {
        var email = People.uniqueEmail("second-assessor");
        var grantsTeam = jdbc.sql("select id from teams where lower(name) = 'grants'").query(UUID.class).single();
        accounts.createStaff(new NewStaffMember("Sam Second", email, Set.of(Role.GRANT_ASSESSOR), Set.of(grantsTeam)));
        return applications.staff(email, Role.GRANT_ASSESSOR);
    }

    private String published(String budget) {
        var id = "console-" + UUID.randomUUID().toString().substring(0, 8);
        var admin = signedIn(People.ADMIN);
        admin.get("/console/admin/grants");
        var published = admin.post("/console/admin/grants", Map.of("yaml", GrantApplications.programmeDefinition(id, budget)));
        assertThat(published.location()).isEqualTo("/console/grants/" + id);
        return id;
    }

    private UUID sent(String programme, String amount) {
        return sent(programme, applications.newCitizen("Jo Trustee"), amount);
    }

    private UUID sent(String programme, SignedInAccount citizen, String amount) {
        return applications.sent(citizen, programme,
                new Applicant(ApplicantKind.CHARITY, GrantApplications.uniqueCharity(), "Ambridge Village Hall Trust"), amount).id();
    }

    /** Assessment started and sent to the panel, as staff do on the whole-case page. */
    private void toPanel(UUID caseId) {
        var version = jdbc.sql("select lock_version from cases where id = ?").param(caseId).query(Integer.class).single();
        transitions.take(lead, new Transition(caseId, "start-assessment", version, null, null));
        transitions.take(lead, new Transition(caseId, "send-to-panel", version + 1, null, null));
    }

    private String reference(UUID caseId) {
        return jdbc.sql("select reference from cases where id = ?").param(caseId).query(String.class).single();
    }

    private Visitor signedIn(String email) {
        var visitor = new Visitor(port);
        visitor.signIn(email, People.DEMO_PASSWORD);
        return visitor;
    }

    private static Map<String, String> form(String... namesAndValues) {
        var form = new LinkedHashMap<String, String>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return form;
    }

    private static LocalDate today() {
        return LocalDate.now(LondonTime.LONDON);
    }
}
