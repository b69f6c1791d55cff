package org.frontdoor.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.frontdoor.cases.ApplyingForServices;
import org.frontdoor.cases.TakingTransitions;
import org.frontdoor.cases.Transition;
import org.frontdoor.grants.ApplicantKind;
import org.frontdoor.grants.ApplyingForGrants;
import org.frontdoor.grants.ApplyingForGrants.Applicant;
import org.frontdoor.grants.DecidingGrants;
import org.frontdoor.grants.DecidingGrants.PlannedInstalment;
import org.frontdoor.identity.AccountKind;
import org.frontdoor.identity.NewCitizen;
import org.frontdoor.identity.Registration;
import org.frontdoor.identity.Role;
import org.frontdoor.identity.SignedInAccount;
import org.frontdoor.services.ServiceCatalogue;
import org.frontdoor.support.Browser;
import org.frontdoor.support.GrantApplications;
import org.frontdoor.support.Mailbox;
import org.frontdoor.support.People;
import org.frontdoor.support.SystemTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The applicant's grant pages in a real browser. Finding a grant and checking eligibility runs with
 * and without JavaScript; with it on, axe-core checks every page on the way (list, programme,
 * questions, errors, both answers, the applicant's grants, offer, reports, organisation).
 */
@SystemTest
@Tag("browser")
class GrantApplicantJourneyBrowserTest {

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

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void someoneFindsAGrantAndChecksIfTheirCharityCanApply(boolean javascript) {
        try (var browser = new Browser(port, javascript)) {
            browser.open("/").click("Find a grant");
            assertThat(browser.heading()).isEqualTo("Find a grant");
            browser.choose("A charity").type("amount", "5000").click("Apply filters");
            assertThat(browser.text()).contains("Community Spaces Fund", "Closes midday on 31 March 2027");
            browser.type("amount", "lots").click("Apply filters");
            assertThat(browser.text()).contains("There is a problem", "Enter the amount you need in pounds, like 5000");

            browser.click("Community Spaces Fund");
            assertThat(browser.text()).contains("£1,000 to £25,000", "Evidence of need", "Latest annual accounts");
            browser.click("Check if you can apply");
            assertThat(browser.heading()).isEqualTo("Check if you can apply");
            browser.click("Check if you can apply");
            assertThat(browser.text()).contains("There is a problem");

            answerAsACharity(browser).check("basedInUk-no").click("Check if you can apply");
            assertThat(browser.heading()).isEqualTo("You cannot apply for this grant");
            assertThat(browser.text()).contains("The fund can only pay organisations based in the UK.", "Find other grants");

            browser.click("answer the questions again");
            answerAsACharity(browser).check("basedInUk").click("Check if you can apply");
            assertThat(browser.text()).contains("You can apply", "Sign in to apply", "answer the questions again");
            if (javascript) {
                assertThat(browser.javascriptRan()).isTrue();
            }
        }
    }

    @Test
    void aSignedInCharityWorkerStartsAnApplication() {
        var email = People.uniqueEmail("grant-browser");
        citizen(email);
        try (var browser = new Browser(port, true)) {
            browser.open("/sign-in").type("email", email).type("password", People.GOOD_PASSWORD).click("Sign in");
            browser.open("/grants/community-spaces/eligibility");
            answerAsACharity(browser).check("basedInUk").click("Check if you can apply");
            browser.click("Start your application");
            assertThat(browser.heading()).isEqualTo("Your project");
        }
    }

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void anApplicantFollowsTheirGrantAcceptsTheOfferReportsAndAddsAColleague(boolean javascript) {
        var email = People.uniqueEmail("grant-holder");
        var account = new SignedInAccount(citizen(email), email, "Grace Grant", AccountKind.CITIZEN, Set.of(Role.CITIZEN), Set.of(), true, null);
        var applications = new GrantApplications(grants, forms, services, registration, jdbc);
        var orgId = GrantApplications.uniqueCharity();
        var sent = applications.sent(account, new Applicant(ApplicantKind.CHARITY, orgId, "Ambridge Village Hall Trust"), "5000");
        var lead = applications.staff("teamlead@frontdoor.example", Role.TEAM_LEAD, Role.CASEWORKER);
        transitions.take(lead, new Transition(sent.id(), "start-assessment", 0, null, null));
        transitions.take(lead, new Transition(sent.id(), "send-to-panel", 1, null, null));
        // Instalments are dated today and later (an award refuses a date in the past).
        var firstDue = java.time.LocalDate.now(org.frontdoor.grants.LondonTime.LONDON);
        var secondDue = firstDue.plusMonths(3);
        var inWords = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK);
        deciding.award(lead, sent.id(), "4000", "Strong need, part of the cost", List.of(
                new PlannedInstalment("2500", firstDue.toString(), false), new PlannedInstalment("1500", secondDue.toString(), true)));

        try (var browser = new Browser(port, javascript)) {
            browser.open("/sign-in").type("email", email).type("password", People.GOOD_PASSWORD).click("Sign in");
            browser.open("/account/grants");
            assertThat(browser.text()).contains(sent.reference(), "Community Spaces Fund", "£5,000", "Ambridge Village Hall Trust");
            browser.click(sent.reference());
            assertThat(browser.text()).contains("We have offered you a grant", "Grant awarded", "£4,000", "Strong need, part of the cost",
                    "Download the grant agreement (PDF)");
            browser.click("Accept the offer");
            assertThat(browser.text()).contains("There is a problem", "Confirm that you have read the agreement and accept its terms");
            browser.check("agree").click("Accept the offer");
            assertThat(browser.text()).contains("You have accepted the offer", "Send a monitoring report", "Payments", "£2,500",
                    firstDue.format(inWords), secondDue.format(inWords) + ", after your monitoring report");
            browser.type("summary", "The roof is half done").type("spent", "1500").click("Send report");
            assertThat(browser.text()).contains("Monitoring report sent.", "The roof is half done", "£1,500");

            browser.click("go to the case page for this application");
            assertThat(browser.heading()).isEqualTo(sent.reference());
            browser.click("See your grant: the decision, offer, agreement and payments");

            browser.open("/account/organisations/" + orgId);
            assertThat(browser.text()).contains("Ambridge Village Hall Trust", email);
            browser.type("email", People.uniqueEmail("nobody")).click("Add colleague");
            assertThat(browser.text()).contains("There is a problem", "There is no account with that email address");
        }
    }

    private static Browser answerAsACharity(Browser browser) {
        return browser.choose("A charity")
                .type("orgId", "GB-CHC-" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999))
                .type("orgName", "Friends of the Hall")
                .type("annualIncome", "50000")
                .check("securedTenure");
    }

    /** A citizen who has confirmed their email address, so they can sign in. */
    private UUID citizen(String email) {
        var id = registration.register(new NewCitizen("Grace Grant", email, People.GOOD_PASSWORD, People.GOOD_PASSWORD));
        var link = Mailbox.linkIn(email, "Confirm your email address");
        registration.verifyEmail(link.substring(link.indexOf("token=") + 6));
        return id;
    }
}
