package org.frontdoor.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.frontdoor.support.Browser;
import org.frontdoor.support.Mailbox;
import org.frontdoor.support.People;
import org.frontdoor.support.SystemTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The foundation's journeys in headless Chromium, each page checked with axe-core: a citizen
 * registers, confirms their email, signs in and out; staff sign in and administer; with
 * JavaScript on and with it off.
 */
@SystemTest
@Tag("browser")
class BrowserJourneySystemTest {

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "javascript {0}")
    @ValueSource(booleans = {true, false})
    void aCitizenRegistersConfirmsTheirEmailSignsInAndOut(boolean javascript) {
        var email = People.uniqueEmail(javascript ? "browser" : "nojs");
        try (var browser = new Browser(port, javascript)) {
            browser.open("/").click("Start now");
            assertThat(browser.heading()).isEqualTo("Create an account");
            assertThat(browser.javascriptRan()).isEqualTo(javascript);

            browser.click("Create account");
            assertThat(browser.title()).startsWith("Error:");
            assertThat(browser.text()).contains("There is a problem", "Enter your full name");

            browser.type("fullName", "Grace Hopper").type("email", email)
                    .type("password", People.GOOD_PASSWORD).type("confirmPassword", People.GOOD_PASSWORD)
                    .click("Create account");
            assertThat(browser.heading()).isEqualTo("Check your email");

            browser.open(Mailbox.linkIn(email, "Confirm your email address"));
            assertThat(browser.heading()).isEqualTo("Email address confirmed");

            browser.click("Sign in").type("email", email).type("password", "a wrong password entirely").click("Sign in");
            assertThat(browser.text()).contains("Enter a correct email address and password");
            browser.type("email", email).type("password", People.GOOD_PASSWORD).click("Sign in");
            assertThat(browser.path()).as(browser.text()).isEqualTo("/account");
            assertThat(browser.text()).contains("Grace Hopper", email, "Who has looked at your account");

            browser.click("Sign out");
            assertThat(browser.heading()).isEqualTo("You have signed out");
            browser.open("/account");
            assertThat(browser.path()).isEqualTo("/sign-in");
        }
    }

    @Test
    void anAdminSignsInToTheConsoleCreatesATeamAndAStaffAccountAndChecksTheAuditChain() {
        var teamName = "Browser team " + System.nanoTime();
        var staffEmail = People.uniqueEmail("newstaff");
        try (var browser = new Browser(port, true)) {
            browser.open("/console/sign-in").type("email", People.ADMIN).type("password", People.DEMO_PASSWORD).click("Sign in");
            assertThat(browser.path()).isEqualTo("/console");
            assertThat(browser.heading()).isEqualTo("Staff console");

            browser.open("/console/admin/teams").click("Create team");
            assertThat(browser.text()).contains("Enter a team name");
            browser.type("name", teamName).click("Create team");
            assertThat(browser.text()).contains(teamName);

            browser.open("/console/admin/users").click("Create a staff account").click("Create account");
            assertThat(browser.text()).contains("Enter the person’s full name", "Select at least one role");
            browser.type("fullName", "Stella Staff").type("email", staffEmail).check("roles").click("Create account");
            assertThat(browser.heading()).isEqualTo("Stella Staff");
            assertThat(browser.text()).contains("Staff account created");

            browser.open("/console/admin/users?q=" + staffEmail);
            assertThat(browser.text()).contains("Stella Staff");
            browser.open("/console/admin/audit?q=Stella");
            browser.open("/console/admin/audit").click("Check the chain is intact");
            assertThat(browser.heading()).isEqualTo("The audit chain is intact");
            browser.click("Sign out");
        }

        // The new member of staff chooses a password from the emailed link, then signs in.
        try (var browser = new Browser(port, false)) {
            browser.open(Mailbox.linkIn(staffEmail, "Your Frontdoor staff account"));
            browser.type("password", "quiet harbour tulip").type("confirmPassword", "quiet harbour tulip").click("Save password");
            assertThat(browser.heading()).isEqualTo("Password changed");
            browser.open("/console/sign-in").type("email", staffEmail).type("password", "quiet harbour tulip").click("Sign in");
            assertThat(browser.path()).isEqualTo("/console");
        }
    }

    @Test
    void aCaseworkerSignsInAndErrorPagesAreAccessible() {
        try (var browser = new Browser(port, true)) {
            browser.open("/console/sign-in").type("email", People.CASEWORKER).type("password", People.DEMO_PASSWORD).click("Sign in");
            assertThat(browser.heading()).isEqualTo("Staff console");
            browser.open("/console/admin/users");
            assertThat(browser.heading()).isEqualTo("You cannot see this page");
            browser.open("/static/missing.css");
            assertThat(browser.heading()).isEqualTo("Page not found");
        }
    }

    @Test
    void passwordResetAndPublicPagesAreAccessible() {
        try (var browser = new Browser(port, true)) {
            browser.open("/password-reset").click("Send reset link");
            assertThat(browser.text()).contains("Enter your email address");
            browser.type("email", People.uniqueEmail("nobody")).click("Send reset link");
            assertThat(browser.heading()).isEqualTo("Check your email");
            browser.open("/password-reset/new?token=not-a-real-token");
            assertThat(browser.heading()).isEqualTo("This link does not work");
            browser.open("/cookies").open("/accessibility").open("/verify-email/resend").open("/dev/mailbox");
        }
    }
}
