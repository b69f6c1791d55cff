package org.frontdoor.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
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

/** Staff find a case by reference or the applicant's email, and see the applicant's other cases they may see. */
@SystemTest
class FindingCasesSystemTest {

    @LocalServerPort
    int port;
    @Autowired
    Registration registration;
    @Autowired
    SubmittingApplication submitting;

    @Test
    @Tag("browser")
    void aCaseworkerFindsACaseByReferenceAndSeesTheApplicantsOtherCases() {
        var email = People.uniqueEmail("repeat");
        var applicant = verifiedCitizen(email);
        var first = submitting.submit(new NewApplication("help-abroad", applicant, Applications.lostPassport(), null));
        var second = submitting.submit(new NewApplication("help-abroad", applicant, Applications.lostPassport(), null));

        try (var browser = new Browser(port, true)) {
            browser.open("/console/sign-in").type("email", People.CASEWORKER).type("password", People.DEMO_PASSWORD).click("Sign in");
            browser.open("/console/cases").type("q", first.reference().toLowerCase()).click("Find");
            assertThat(browser.text()).contains("1 case found for", first.reference());
            browser.click(first.reference());
            assertThat(browser.text()).contains("The applicant’s other cases", second.reference());
        }
    }

    @Test
    void findingByEmailListsOnlyCasesThePersonMaySee() {
        var email = People.uniqueEmail("mixed");
        var applicant = verifiedCitizen(email);
        SubmittedCase consular = submitting.submit(new NewApplication("help-abroad", applicant, Applications.lostPassport(), null));
        SubmittedCase crisis = submitting.submit(new NewApplication("help-abroad", applicant, Applications.arrestAbroad(), null));

        var caseworker = new Visitor(port);
        caseworker.signIn(People.CASEWORKER, People.DEMO_PASSWORD);
        var found = caseworker.get("/console/cases?q=" + URLEncoder.encode(email.toUpperCase(), StandardCharsets.UTF_8)).body();
        // The search hint's example reference can be the crisis case's own number: look for the case's link.
        assertThat(found).contains(consular.reference()).doesNotContain(">" + crisis.reference() + "<");
        var page = caseworker.get("/console/cases/" + consular.id()).body();
        assertThat(page).doesNotContain(crisis.reference()).contains("None that you can see.");
    }

    @Test
    void nothingFoundIsSaidPlainly() {
        var caseworker = new Visitor(port);
        caseworker.signIn(People.CASEWORKER, People.DEMO_PASSWORD);
        assertThat(caseworker.get("/console/cases?q=HA-9999999").body()).contains("0 cases found for");
    }

    private UUID verifiedCitizen(String email) {
        var id = registration.register(new NewCitizen("Repeat Applicant", email, People.GOOD_PASSWORD, People.GOOD_PASSWORD));
        var link = Mailbox.linkIn(email, "Confirm your email address");
        registration.verifyEmail(link.substring(link.indexOf("token=") + 6));
        return id;
    }
}
