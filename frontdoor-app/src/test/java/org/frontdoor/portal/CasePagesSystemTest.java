package org.frontdoor.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.frontdoor.cases.NewApplication;
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

/** A citizen follows their cases in the portal; nobody else can open them. */
@SystemTest
class CasePagesSystemTest {

    @LocalServerPort
    int port;
    @Autowired
    Registration registration;
    @Autowired
    SubmittingApplication submitting;

    @Test
    @Tag("browser")
    void aCitizenSeesWhereTheirCaseStandsAndWhatTheyAnswered() {
        var email = People.uniqueEmail("tracker");
        var citizen = verifiedCitizen(email);
        var submitted = submitting.submit(new NewApplication("disability-support", citizen, Applications.carerAskingForAdaptations(), null));

        try (var browser = new Browser(port, true)) {
            browser.open("/sign-in").type("email", email).type("password", People.GOOD_PASSWORD).click("Sign in");
            browser.click("Your cases");
            assertThat(browser.text()).contains(submitted.reference(), "Apply for disability support", "We have your application",
                    "We aim to reply by");
            browser.click(submitted.reference());
            assertThat(browser.heading()).isEqualTo(submitted.reference());
            assertThat(browser.text()).contains("You applied", "Someone I care for or represent", "£750.50",
                    "Changes to the home, such as a stairlift or a level-access shower", "1 High Street, York, YO1 7HH", "2 March 1941");
        }
    }

    @Test
    void anotherCitizenGetsPageNotFoundForACaseThatIsNotTheirs() {
        var owner = verifiedCitizen(People.uniqueEmail("owner"));
        var submitted = submitting.submit(new NewApplication("help-abroad", owner, Applications.lostPassport(), null));

        var stranger = new Visitor(port);
        stranger.signIn(People.CITIZEN, People.DEMO_PASSWORD);
        var theirs = stranger.get("/account/cases/" + submitted.id());
        var missing = stranger.get("/account/cases/" + UUID.randomUUID());
        assertThat(theirs.status()).isEqualTo(404);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(theirs.body()).contains("Page not found").doesNotContain(submitted.reference());
        assertThat(stranger.get("/account/cases").body()).doesNotContain(submitted.reference());
    }

    private UUID verifiedCitizen(String email) {
        var id = registration.register(new NewCitizen("Case Tracker", email, People.GOOD_PASSWORD, People.GOOD_PASSWORD));
        var link = Mailbox.linkIn(email, "Confirm your email address");
        registration.verifyEmail(link.substring(link.indexOf("token=") + 6));
        return id;
    }
}
