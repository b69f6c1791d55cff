package org.frontdoor.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.frontdoor.identity.NewCitizen;
import org.frontdoor.identity.Registration;
import org.frontdoor.support.Browser;
import org.frontdoor.support.Mailbox;
import org.frontdoor.support.People;
import org.frontdoor.support.SystemTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Each demo service end to end in a real browser: the citizen applies, staff work the case, the
 * citizen sees the update and replies, and staff see the reply. Every page is checked with axe.
 */
@SystemTest
@Tag("browser")
class DemoServicesJourneySystemTest {

    private static final Pattern REFERENCE = Pattern.compile("\\b[A-Z]{2,3}-\\d{7}\\b");

    @LocalServerPort
    int port;
    @Autowired
    Registration registration;

    @Test
    void aVictimReportsATheftAndFollowsTheOfficersUpdates() {
        var email = citizen("victim", "Vic Tim");
        String reference;
        try (var browser = signedIn(email, true)) {
            browser.open("/account/services").click("Start: Report a crime or follow your case");
            browser.choose("Report a crime").click("Save and continue");
            browser.choose("Theft").type("happenedOn-day", "14").type("happenedOn-month", "11").type("happenedOn-year", "2026")
                    .type("description", "My bicycle was taken from the rack outside the station").click("Save and continue");
            browser.type("location-line1", "Station Road").type("location-town", "Leeds").type("location-postcode", "LS1 4DY")
                    .click("Save and continue");
            browser.choose("No").click("Save and continue");
            assertThat(browser.heading()).isEqualTo("Check your answers before sending your application");
            browser.click("Accept and send");
            assertThat(browser.text()).contains("Application sent");
            reference = reference(browser.text());
        }

        try (var officer = staff(People.CASEWORKER, true)) {
            officer.type("q", "Vic Tim LS1 4DY").click("Find");
            officer.click(reference);
            officer.click("Take this case");
            assertThat(officer.text()).contains("You hold this case now.", "Cara Caseworker");
            officer.choose("Start investigating").click("Save");
            officer.choose("Give the victim an update").type("note", "An officer will call you on Monday").click("Save");
            assertThat(officer.text()).contains("Done. The case is now: Under investigation.");
        }

        try (var browser = signedIn(email, false)) {
            browser.open("/account/cases").click(reference);
            assertThat(browser.text()).contains("An officer will call you on Monday");
            browser.type("message", "Monday morning suits me").click("Send message");
            assertThat(browser.text()).contains("Message sent.", "Monday morning suits me");
        }

        try (var officer = staff(People.CASEWORKER, false)) {
            officer.click("Your cases").click(reference);
            assertThat(officer.text()).contains("The applicant wrote", "Monday morning suits me");
        }
    }

    @Test
    void someoneAbroadGetsHelpFromTheirPostAndRepliesToConsularStaff() {
        var email = citizen("abroad", "Anne Broad");
        String reference;
        try (var browser = signedIn(email, false)) {
            browser.open("/account/services").click("Start: Get help abroad");
            browser.choose("My passport has been lost or stolen").select("country", "Peru").click("Save and continue");
            browser.type("lostOn-day", "20").type("lostOn-month", "11").type("lostOn-year", "2026").click("Save and continue");
            browser.type("phone", "+51 1 234 5678").click("Save and continue");
            browser.click("Accept and send");
            reference = reference(browser.text());
        }

        try (var consular = staff(People.CASEWORKER, false)) {
            consular.type("q", reference).click("Find").click(reference);
            assertThat(consular.text()).contains("Consular post", "British Embassy Lima", "Peru");
            consular.click("Take this case");
            consular.choose("Take on the case").click("Save");
            consular.type("message", "Come to the embassy at 10am tomorrow with a photo").click("Send message");
            assertThat(consular.text()).contains("Message sent.");
        }

        try (var browser = signedIn(email, true)) {
            browser.open("/account/cases").click(reference);
            assertThat(browser.text()).contains("Come to the embassy at 10am tomorrow with a photo");
            browser.type("message", "I will be there").click("Send message");
        }

        try (var consular = staff(People.CASEWORKER, true)) {
            consular.type("q", reference).click("Find").click(reference);
            assertThat(consular.text()).contains("The applicant wrote", "I will be there");
        }
    }

    @Test
    void aCarerAppliesForDisabilitySupportAndThePersonTheyCareForAnswersTheTherapist() {
        var carerEmail = citizen("carer", "Claire Carer");
        var clientEmail = People.uniqueEmail("client");
        String reference;
        try (var browser = signedIn(carerEmail, false)) {
            browser.open("/account/services").click("Start: Apply for disability support");
            browser.choose("Someone I care for or represent").click("Save and continue");
            browser.type("clientName", "Mary Carer").type("clientDateOfBirth-day", "2").type("clientDateOfBirth-month", "3")
                    .type("clientDateOfBirth-year", "1941").type("relationship", "Daughter").type("clientEmail", clientEmail)
                    .click("Save and continue");
            browser.choose("A visit from an occupational therapist").type("needs", "Falls when getting out of the bath")
                    .click("Save and continue");
            browser.type("address-line1", "1 High Street").type("address-town", "York").type("address-postcode", "YO1 7HH")
                    .type("phone", "01904 123456").click("Save and continue");
            browser.click("Accept and send");
            reference = reference(browser.text());
        }

        try (var therapist = staff("teamlead@frontdoor.example", true)) {
            therapist.type("q", "YO1 7HH Carer").click("Find").click(reference);
            assertThat(therapist.text()).contains("Applied for", clientEmail);
            therapist.click("Take this case");
            therapist.choose("Start the assessment").click("Save");
            therapist.choose("Ask for more information").type("note", "Which room is the bath in, upstairs or down?").click("Save");
        }

        assertThat(Mailbox.latest(clientEmail, "An application was made for you")).contains(reference);
        registerAndVerify(clientEmail, "Mary Carer");
        try (var client = signedIn(clientEmail, false)) {
            client.open("/account/cases").click(reference);
            assertThat(client.text()).contains("A carer or representative made this application for you",
                    "Which room is the bath in, upstairs or down?");
            client.choose("Send the information asked for").type("note", "Upstairs").click("Save");
            assertThat(client.text()).contains("Upstairs");
        }

        try (var carer = signedIn(carerEmail, true)) {
            carer.open("/account/cases").click(reference);
            assertThat(carer.text()).contains("Upstairs");
        }
    }

    private String citizen(String who, String name) {
        var email = People.uniqueEmail(who);
        registerAndVerify(email, name);
        return email;
    }

    private void registerAndVerify(String email, String name) {
        registration.register(new NewCitizen(name, email, People.GOOD_PASSWORD, People.GOOD_PASSWORD));
        var link = Mailbox.linkIn(email, "Confirm your email address");
        registration.verifyEmail(link.substring(link.indexOf("token=") + 6));
    }

    private Browser signedIn(String email, boolean javascript) {
        var browser = new Browser(port, javascript);
        browser.open("/sign-in").type("email", email).type("password", People.GOOD_PASSWORD).click("Sign in");
        return browser;
    }

    private Browser staff(String email, boolean javascript) {
        var browser = new Browser(port, javascript);
        browser.open("/console/sign-in").type("email", email).type("password", People.DEMO_PASSWORD).click("Sign in");
        browser.open("/console/cases");
        return browser;
    }

    private static String reference(String page) {
        var matcher = REFERENCE.matcher(page);
        assertThat(matcher.find()).as("a case reference on the page").isTrue();
        return matcher.group();
    }
}
