package org.frontdoor.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.frontdoor.cases.NewApplication;
import org.frontdoor.cases.SubmittedCase;
import org.frontdoor.cases.SubmittingApplication;
import org.frontdoor.identity.NewCitizen;
import org.frontdoor.identity.Registration;
import org.frontdoor.support.Applications;
import org.frontdoor.support.Browser;
import org.frontdoor.support.Mailbox;
import org.frontdoor.support.People;
import org.frontdoor.support.SystemTest;
import org.frontdoor.support.Visitor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Staff work a case from their queue; the citizen sees the update; two staff at once cannot both win. */
@SystemTest
class CaseworkSystemTest {

    private static final Pattern VERSION = Pattern.compile("name=\"expectedVersion\" value=\"(\\d+)\"");

    @LocalServerPort
    int port;
    @Autowired
    Registration registration;
    @Autowired
    SubmittingApplication submitting;

    @Test
    @Tag("browser")
    void aCaseworkerTakesOnACaseAsksForInformationAndTheCitizenSeesIt() {
        var email = People.uniqueEmail("worked");
        var submitted = submit(email);

        try (var browser = new Browser(port, true)) {
            browser.open("/console/sign-in").type("email", People.CASEWORKER).type("password", People.DEMO_PASSWORD).click("Sign in");
            browser.click("Your teams’ queue");
            assertThat(browser.text()).contains("Get help abroad", "Received", "Consular assistance");
            // Newest first: the other tests' cases share the team's queue, and all fall due on the same day.
            browser.open("/console/cases?sort=NEWEST");
            assertThat(browser.text()).contains(submitted.reference());
            browser.click(submitted.reference());
            assertThat(browser.text()).contains("We have your request and will contact you", "My passport has been lost or stolen");

            browser.click("Save");
            assertThat(browser.text()).contains("Select what you want to do");
            browser.choose("Take on the case").click("Save");
            assertThat(browser.text()).contains("Done. The case is now: In progress.");

            browser.choose("Ask for more information").click("Save");
            assertThat(browser.text()).contains("Enter a note to say why");
            browser.choose("Ask for more information").type("note", "Please send the police report number").click("Save");
            assertThat(browser.text()).contains("Done. The case is now: Waiting for the applicant.", "No target while waiting");
        }

        try (var browser = new Browser(port, false)) {
            browser.open("/sign-in").type("email", email).type("password", People.GOOD_PASSWORD).click("Sign in");
            browser.open("/account/cases/" + submitted.id());
            assertThat(browser.text()).contains("We need more information from you", "Please send the police report number");

            browser.choose("Send the information asked for").click("Save");
            assertThat(browser.text()).contains("Enter a note to say why");
            browser.choose("Send the information asked for").type("note", "The police report number is 1234/26").click("Save");
            assertThat(browser.text()).contains("Sent. Consular staff are helping you.", "The police report number is 1234/26");
        }

        try (var browser = new Browser(port, true)) {
            browser.open("/console/sign-in").type("email", People.CASEWORKER).type("password", People.DEMO_PASSWORD).click("Sign in");
            browser.open("/console/cases/" + submitted.id());
            assertThat(browser.text()).contains("In progress", "The police report number is 1234/26");
        }
    }

    @Test
    void whenTwoStaffActOnTheSameVersionTheSecondIsToldNothingWasSaved() {
        var submitted = submit(People.uniqueEmail("contested"));
        var first = new Visitor(port);
        var second = new Visitor(port);
        first.signIn(People.CASEWORKER, People.DEMO_PASSWORD);
        second.signIn(People.CASEWORKER, People.DEMO_PASSWORD); // the same person in a second browser tab
        var firstView = first.get("/console/cases/" + submitted.id());
        var secondView = second.get("/console/cases/" + submitted.id());
        assertThat(version(firstView.body())).isEqualTo(version(secondView.body())).isEqualTo("0");

        var won = first.post("/console/cases/" + submitted.id() + "/transitions", Map.of("transition", "triage", "expectedVersion", "0"));
        var lost = second.post("/console/cases/" + submitted.id() + "/transitions", Map.of("transition", "triage", "expectedVersion", "0"));
        assertThat(won.status()).isEqualTo(302);
        assertThat(lost.status()).isEqualTo(200);
        assertThat(lost.body()).contains("There is a problem", "was changed by someone else while you were looking at it");
    }

    @Test
    void staffOfOtherTeamsGetPageNotFound() {
        var submitted = submit(People.uniqueEmail("private"));
        var assessor = new Visitor(port);
        assessor.signIn("assessor@frontdoor.example", People.DEMO_PASSWORD);
        assertThat(assessor.get("/console/cases/" + submitted.id()).status()).isEqualTo(404);
        assertThat(assessor.get("/console/cases").body()).doesNotContain(submitted.reference());
    }

    private SubmittedCase submit(String email) {
        UUID id = registration.register(new NewCitizen("Worked Case", email, People.GOOD_PASSWORD, People.GOOD_PASSWORD));
        var link = Mailbox.linkIn(email, "Confirm your email address");
        registration.verifyEmail(link.substring(link.indexOf("token=") + 6));
        return submitting.submit(new NewApplication("help-abroad", id, Applications.lostPassport(), null));
    }

    private static String version(String page) {
        var matcher = VERSION.matcher(page);
        return matcher.find() ? matcher.group(1) : null;
    }
}
