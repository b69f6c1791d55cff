package org.frontdoor.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.frontdoor.cases.ApplyingForServices;
import org.frontdoor.cases.TakingTransitions;
import org.frontdoor.cases.Transition;
import org.frontdoor.grants.ApplyingForGrants;
import org.frontdoor.grants.DecidingGrants;
import org.frontdoor.identity.NewCitizen;
import org.frontdoor.identity.Role;
import org.frontdoor.services.ServiceCatalogue;
import org.frontdoor.support.GrantApplications;
import org.frontdoor.identity.Registration;
import org.frontdoor.support.Mailbox;
import org.frontdoor.support.People;
import org.frontdoor.support.SystemTest;
import org.frontdoor.support.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The applicant's grant pages over real HTTP against the demo Community Spaces Fund: finding it,
 * checking eligibility without an account, starting and sending an application, and the grant page
 * that only its applicant can open.
 */
@SystemTest
class GrantFinderPagesSystemTest {

    private static final String FUND = "Community Spaces Fund";

    @LocalServerPort
    int port;
    @Autowired
    Registration registration;
    @Autowired
    ApplyingForGrants grants;
    @Autowired
    ApplyingForServices forms;
    @Autowired
    ServiceCatalogue services;
    @Autowired
    TakingTransitions transitions;
    @Autowired
    DecidingGrants deciding;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theFinderListsTheDemoProgrammeWithItsClosingTimeAndAmounts() {
        var page = new Visitor(port).get("/grants");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(FUND, "Closes midday on 31 March 2027", "£1,000 to £25,000", "Department for Communities (demo)");
    }

    @Test
    void filtersHideProgrammesThatDoNotFit() {
        var visitor = new Visitor(port);
        assertThat(visitor.get("/grants?who=individual").body()).doesNotContain(">" + FUND + "<").contains("No grants match your filters");
        assertThat(visitor.get("/grants?who=company&amount=30000").body()).doesNotContain(">" + FUND + "<");
        assertThat(visitor.get("/grants?who=charity&amount=500").body()).doesNotContain(">" + FUND + "<");
        assertThat(visitor.get("/grants?who=charity&amount=%C2%A35%2C000&open=true").body()).contains(">" + FUND + "<");
        assertThat(visitor.get("/grants?q=village+hall").body()).contains(">" + FUND + "<");
        assertThat(visitor.get("/grants?q=submarine").body()).doesNotContain(">" + FUND + "<");
    }

    @Test
    void anAmountThatIsNotANumberIsShownAsAProblem() {
        var page = new Visitor(port).get("/grants?amount=lots");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("There is a problem", "Enter the amount you need in pounds, like 5000", "value=\"lots\"");
    }

    @Test
    void theProgrammePageSaysWhoCanApplyHowItIsScoredAndWhen() {
        var visitor = new Visitor(port);
        var page = visitor.get("/grants/community-spaces");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(FUND, "£1,000 to £25,000", "A charity", "Latest annual accounts", "Evidence of need", "40%",
                "Round 1", "9am on 1 October 2026", "midday on 31 March 2027", "Check if you can apply");
        assertThat(visitor.get("/grants/no-such-grant").status()).isEqualTo(404);
    }

    @Test
    void aFailingAnswerShowsTheReasonInPlainWords() {
        var visitor = new Visitor(port);
        visitor.get("/grants/community-spaces/eligibility");
        var form = charity(uniqueCharityId());
        form.put("basedInUk", "no");
        var page = visitor.post("/grants/community-spaces/eligibility", form);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("You cannot apply for this grant", "The fund can only pay organisations based in the UK.",
                "Find other grants");
    }

    @Test
    void anInvalidOrganisationIdIsAnErrorAndWhatWasTypedIsKept() {
        var visitor = new Visitor(port);
        visitor.get("/grants/community-spaces/eligibility");
        var page = visitor.post("/grants/community-spaces/eligibility", charity("1234567"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("There is a problem", "href=\"#orgId\"", "value=\"1234567\"",
                "value=\"Hall Friends\"");
    }

    @Test
    void someoneNotSignedInWhoCanApplyIsAskedToSignInAndToldTheyCheckAgain() {
        var visitor = new Visitor(port);
        visitor.get("/grants/community-spaces/eligibility");
        var page = visitor.post("/grants/community-spaces/eligibility", charity(uniqueCharityId()));
        assertThat(page.body()).contains("You can apply", "Sign in to apply", "/grants/community-spaces/sign-in", "Create an account",
                "answer the questions again").doesNotContain("/grants/community-spaces/apply");
        var signIn = visitor.get("/grants/community-spaces/sign-in");
        assertThat(signIn.status()).isEqualTo(302);
        assertThat(signIn.location()).isEqualTo("/sign-in");
        // Signing in brings them back to the grant's questions, not to their account page.
        var signedIn = visitor.signIn(citizen("returning"), People.GOOD_PASSWORD);
        assertThat(signedIn.location()).isEqualTo("/grants/community-spaces/sign-in");
        assertThat(visitor.follow(signedIn).location()).isEqualTo("/grants/community-spaces/eligibility");
    }

    @Test
    void anEligibleApplicantStartsAnApplicationAndLandsOnTheDraft() {
        var visitor = signedIn(citizen("starter"));
        var draft = start(visitor, uniqueCharityId());
        // The eligibility answers are in the draft already, so the form carries on with the project.
        var resumed = visitor.get("/account/applications/" + draft);
        assertThat(resumed.status()).isEqualTo(302);
        assertThat(resumed.location()).isEqualTo("/account/applications/" + draft + "/project");
    }

    @Test
    void anotherCitizenCannotSeeSomeonesGrantPage() {
        var owner = signedIn(citizen("owner"));
        var caseId = send(owner, start(owner, uniqueCharityId()));
        var mine = owner.get("/account/grants/" + caseId);
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.body()).contains(FUND, "We have your application", "£5,000");
        assertThat(owner.get("/account/grants").body()).contains(FUND, "Hall Friends");
        assertThat(owner.get("/account/cases/" + caseId).body()).contains("/account/grants/" + caseId);

        var stranger = signedIn(citizen("stranger"));
        assertThat(stranger.get("/account/grants/" + caseId).status()).isEqualTo(404);
        assertThat(stranger.get("/account/grants/" + caseId + "/agreement.pdf").status()).isEqualTo(404);
        assertThat(stranger.get("/account/grants/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(stranger.get("/account/grants").body()).doesNotContain(caseId.toString());
    }

    @Test
    void anApplicantAcceptsTheOfferOnlyWithTheBoxTickedThenReports() {
        var owner = signedIn(citizen("accepter"));
        var caseId = send(owner, start(owner, uniqueCharityId()));
        offer(caseId, "1000");

        var offered = owner.get("/account/grants/" + caseId);
        assertThat(offered.body()).contains("Grant awarded", "£1,000", "Download the grant agreement (PDF)", "Accept the offer",
                "I have read the agreement and accept its terms");
        var unticked = owner.post("/account/grants/" + caseId + "/accept", Map.of());
        assertThat(unticked.status()).isEqualTo(200);
        assertThat(unticked.body()).contains("There is a problem", "Confirm that you have read the agreement and accept its terms");

        var accepted = owner.post("/account/grants/" + caseId + "/accept", Map.of("agree", "yes"));
        assertThat(accepted.status()).isEqualTo(302);
        assertThat(owner.follow(accepted).body()).contains("You have accepted the offer", "Offer accepted", "Send a monitoring report")
                .doesNotContain("I have read the agreement and accept its terms");

        var empty = owner.post("/account/grants/" + caseId + "/monitoring", Map.of("summary", "", "spent", "lots"));
        assertThat(empty.body()).contains("There is a problem", "value=\"lots\"");
        var sent = owner.post("/account/grants/" + caseId + "/monitoring",
                Map.of("summary", "The roof is half done", "spent", "£500"));
        assertThat(sent.status()).isEqualTo(302);
        assertThat(owner.follow(sent).body()).contains("Monitoring report sent.", "The roof is half done", "£500");
    }

    @Test
    void theAgreementDownloadsAsAPdfOnceAwardedAndNotBefore() {
        var owner = signedIn(citizen("agreement"));
        var caseId = send(owner, start(owner, uniqueCharityId()));
        assertThat(owner.get("/account/grants/" + caseId + "/agreement.pdf").status()).isEqualTo(404);
        offer(caseId, "1000");

        var pdf = owner.get("/account/grants/" + caseId + "/agreement.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).startsWith("application/pdf");
        assertThat(pdf.header("Content-Disposition")).startsWith("attachment");
        assertThat(pdf.body()).startsWith("%PDF");
    }

    @Test
    void aColleagueAddedToTheOrganisationSeesItsGrant() {
        var owner = signedIn(citizen("trustee"));
        var orgId = uniqueCharityId();
        var caseId = send(owner, start(owner, orgId));
        var colleagueEmail = citizen("colleague");
        owner.get("/account/organisations/" + orgId);
        var unknown = owner.post("/account/organisations/" + orgId + "/members", Map.of("email", People.uniqueEmail("nobody")));
        assertThat(unknown.body()).contains("There is a problem", "There is no account with that email address");

        var added = owner.post("/account/organisations/" + orgId + "/members", Map.of("email", colleagueEmail));
        assertThat(added.status()).isEqualTo(302);
        assertThat(owner.follow(added).body()).contains(colleagueEmail + " can now see and apply for Hall Friends");
        var colleague = signedIn(colleagueEmail);
        assertThat(colleague.get("/account/grants").body()).contains("Hall Friends", "/account/grants/" + caseId);
        assertThat(colleague.get("/account/grants/" + caseId).status()).isEqualTo(200);
    }

    @Test
    void someoneWhoIsNotAMemberCannotSeeAnOrganisation() {
        var owner = signedIn(citizen("member"));
        var orgId = uniqueCharityId();
        start(owner, orgId);
        assertThat(owner.get("/account/organisations/" + orgId).body()).contains("Hall Friends", "Add a colleague");
        assertThat(signedIn(citizen("outsider")).get("/account/organisations/" + orgId).status()).isEqualTo(404);
    }

    /** Staff take the case to the panel and the team lead awards the amount, as the console does. */
    private void offer(UUID caseId, String amount) {
        var staff = new GrantApplications(grants, forms, services, registration, jdbc);
        var lead = staff.staff("teamlead@frontdoor.example", Role.TEAM_LEAD, Role.CASEWORKER);
        transitions.take(lead, new Transition(caseId, "start-assessment", 0, null, null));
        transitions.take(lead, new Transition(caseId, "send-to-panel", 1, null, null));
        deciding.award(lead, caseId, amount, "A clear need and good value", List.of());
    }

    /** Checks eligibility as a charity and starts; returns the draft's id. */
    private UUID start(Visitor visitor, String orgId) {
        visitor.get("/grants/community-spaces/eligibility");
        var eligible = visitor.post("/grants/community-spaces/eligibility", charity(orgId));
        assertThat(eligible.body()).contains("You can apply", "Start your application");
        var started = visitor.post("/grants/community-spaces/apply", charity(orgId));
        assertThat(started.status()).as(started.body()).isEqualTo(302);
        assertThat(started.location()).startsWith("/account/applications/");
        return UUID.fromString(started.location().substring("/account/applications/".length()));
    }

    /** Fills in the rest of the form and sends it; returns the case id. */
    private UUID send(Visitor visitor, UUID draft) {
        var base = "/account/applications/" + draft;
        visitor.get(base + "/project");
        expectNext(visitor.post(base + "/project", Map.of("projectTitle", "New roof for the village hall",
                "projectSummary", "Replace the leaking roof of the hall", "need", "The hall is closed when it rains")));
        expectNext(visitor.post(base + "/money", Map.of("amountRequested", "5000", "totalCost", "8000")));
        expectNext(visitor.post(base + "/contact", Map.of("contactName", "Hal Friend", "email", "hall@example.org",
                "phone", "01632 960001", "address-line1", "1 Church Lane", "address-town", "Leeds", "address-postcode", "LS1 4DY")));
        expectNext(visitor.post(base + "/bank", Map.of("accountName", "Hall Friends", "sortCode", "309430", "accountNumber", "00733445")));
        expectNext(visitor.postFiles(base + "/documents", Map.of(), Map.of("accounts", new Visitor.FilePart("accounts.pdf", "application/pdf", GrantApplications.ACCOUNTS_PDF))));
        visitor.get(base + "/check");
        var sent = visitor.post(base + "/check", Map.of());
        assertThat(sent.status()).as(sent.body()).isEqualTo(302);
        return UUID.fromString(sent.location().substring("/account/cases/".length()));
    }

    private static void expectNext(Visitor.Page saved) {
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
    }

    private static Map<String, String> charity(String orgId) {
        var form = new LinkedHashMap<String, String>();
        form.put("applicantKind", "charity");
        form.put("orgId", orgId);
        form.put("orgName", "Hall Friends");
        form.put("basedInUk", "yes");
        form.put("annualIncome", "50000");
        form.put("securedTenure", "yes");
        return form;
    }

    private static String uniqueCharityId() {
        return "GB-CHC-" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
    }

    private Visitor signedIn(String email) {
        var visitor = new Visitor(port);
        visitor.signIn(email, People.GOOD_PASSWORD);
        return visitor;
    }

    private String citizen(String who) {
        var email = People.uniqueEmail(who);
        registration.register(new NewCitizen("Grant " + who, email, People.GOOD_PASSWORD, People.GOOD_PASSWORD));
        var link = Mailbox.linkIn(email, "Confirm your email address");
        registration.verifyEmail(link.substring(link.indexOf("token=") + 6));
        return email;
    }
}
