package org.frontdoor.portal;

import static org.assertj.core.api.Assertions.assertThat;

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

/** Citizens apply in the browser, page by page, as each service's definition describes. */
@SystemTest
@Tag("browser")
class ApplyingSystemTest {

    @LocalServerPort
    int port;
    @Autowired
    Registration registration;

    @Test
    void aCitizenAbroadAppliesForHelpWithALostPassport() {
        var email = citizen("abroad");
        try (var browser = signedIn(email, true)) {
            browser.open("/account/services").click("Start: Get help abroad");
            assertThat(browser.heading()).isEqualTo("What has happened?");

            browser.click("Save and continue");
            assertThat(browser.text()).contains("There is a problem", "Select an answer: What do you need help with?");
            browser.choose("My passport has been lost or stolen").select("country", "Spain").click("Save and continue");

            assertThat(browser.heading()).isEqualTo("Your lost or stolen passport");
            browser.type("lostOn-day", "31").type("lostOn-month", "2").type("lostOn-year", "2026").click("Save and continue");
            assertThat(browser.text()).contains("When did you lose it or notice it was stolen? must be a real date");
            browser.type("lostOn-day", "20").type("lostOn-month", "11").type("lostOn-year", "2026").click("Save and continue");

            assertThat(browser.heading()).isEqualTo("How we contact you");
            browser.type("phone", "+34 600 123 456").click("Save and continue");

            assertThat(browser.heading()).isEqualTo("Check your answers before sending your application");
            assertThat(browser.text()).contains("My passport has been lost or stolen", "Spain", "20 November 2026", "+34 600 123 456")
                    .doesNotContain("The person who has been detained");
            browser.click("Accept and send");
            assertThat(browser.text()).contains("Application sent", "Your reference number", "We have your request and will contact you");
        }
    }

    @Test
    void aCarerAppliesForDisabilitySupportWithoutJavaScriptAndComesBackLater() {
        var email = citizen("carer");
        try (var browser = signedIn(email, false)) {
            browser.open("/account/services").click("Start: Apply for disability support");
            browser.choose("Someone I care for or represent").click("Save and continue");
            browser.type("clientName", "Mary Smith").type("clientDateOfBirth-day", "2").type("clientDateOfBirth-month", "3")
                    .type("clientDateOfBirth-year", "1941").type("relationship", "Daughter").click("Save and continue");
            browser.choose("Changes to the home, such as a stairlift or a level-access shower").choose("A carer's grant")
                    .type("needs", "Cannot climb the stairs any more").click("Save and continue");
            assertThat(browser.heading()).isEqualTo("Carer's grant");
            browser.type("grantAmount", "2000").type("grantPurpose", "Respite care").click("Save and continue");
            assertThat(browser.text()).contains("How much are you asking for? must be £1500 or less");
            browser.type("grantAmount", "750.50").click("Save and continue");

            assertThat(browser.heading()).isEqualTo("Who lives at the address");
            browser.type("address-line1", "1 High Street").type("address-town", "York").type("address-postcode", "yo17hh")
                    .type("householdMembers-1-memberName", "John Smith").type("householdMembers-1-memberRelationship", "Husband")
                    .click("Add another");
            browser.type("householdMembers-2-memberName", "Ann Smith");
            // Leave without saving and come back later: the draft keeps everything saved so far.
            browser.open("/account/services");
            assertThat(browser.text()).contains("Applications you have not sent yet", "Apply for disability support");
            browser.click(browser.linkTextStartingWith("Apply for disability support, last saved"));
            assertThat(browser.heading()).isEqualTo("Who lives at the address");
            assertThat(browser.value("householdMembers-1-memberName")).isEqualTo("John Smith");
            assertThat(browser.value("address-postcode")).isEqualTo("YO1 7HH");
            browser.click("Add another");
            browser.type("householdMembers-2-memberName", "Ann Smith").type("householdMembers-2-memberRelationship", "Granddaughter")
                    .type("phone", "01904 123456").click("Save and continue");

            assertThat(browser.heading()).isEqualTo("Check your answers before sending your application");
            assertThat(browser.text()).contains("Mary Smith", "£750.50", "1 High Street, York, YO1 7HH", "2 items");
            browser.click("Accept and send");
            assertThat(browser.text()).contains("Application sent", "We have your application");
        }
    }

    private String citizen(String who) {
        var email = People.uniqueEmail(who);
        registration.register(new NewCitizen("Applying Citizen", email, People.GOOD_PASSWORD, People.GOOD_PASSWORD));
        var link = Mailbox.linkIn(email, "Confirm your email address");
        registration.verifyEmail(link.substring(link.indexOf("token=") + 6));
        return email;
    }

    private Browser signedIn(String email, boolean javascript) {
        var browser = new Browser(port, javascript);
        browser.open("/sign-in").type("email", email).type("password", People.GOOD_PASSWORD).click("Sign in");
        return browser;
    }
}
