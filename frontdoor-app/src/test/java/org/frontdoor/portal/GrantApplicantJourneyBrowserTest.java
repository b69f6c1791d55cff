package org.frontdoor.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;
import org.frontdoor.identity.NewCitizen;
import org.frontdoor.identity.Registration;
import org.frontdoor.support.Browser;
import org.frontdoor.support.Mailbox;
import org.frontdoor.support.People;
import org.frontdoor.support.SystemTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Finding a grant and checking eligibility in a real browser, with and without JavaScript; with it
 * on, axe-core checks every page on the way (list, programme, questions, errors, both answers).
 */
@SystemTest
@Tag("browser")
class GrantApplicantJourneyBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    Registration registration;

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
        var email = citizen();
        try (var browser = new Browser(port, true)) {
            browser.open("/sign-in").type("email", email).type("password", People.GOOD_PASSWORD).click("Sign in");
            browser.open("/grants/community-spaces/eligibility");
            answerAsACharity(browser).check("basedInUk").click("Check if you can apply");
            browser.click("Start your application");
            assertThat(browser.heading()).isEqualTo("Your project");
        }
    }

    private static Browser answerAsACharity(Browser browser) {
        return browser.choose("A charity")
                .type("orgId", "GB-CHC-" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999))
                .type("orgName", "Friends of the Hall")
                .type("annualIncome", "50000")
                .check("securedTenure");
    }

    private String citizen() {
        var email = People.uniqueEmail("grant-browser");
        registration.register(new NewCitizen("Grace Grant", email, People.GOOD_PASSWORD, People.GOOD_PASSWORD));
        var link = Mailbox.linkIn(email, "Confirm your email address");
        registration.verifyEmail(link.substring(link.indexOf("token=") + 6));
        return email;
    }
}
