package org.frontdoor.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.frontdoor.cases.ApplyingForServices;
import org.frontdoor.cases.TakingTransitions;
import org.frontdoor.cases.Transition;
import org.frontdoor.grants.ApplicantKind;
import org.frontdoor.grants.ApplyingForGrants;
import org.frontdoor.grants.ApplyingForGrants.Applicant;
import org.frontdoor.grants.LondonTime;
import org.frontdoor.identity.Registration;
import org.frontdoor.identity.Role;
import org.frontdoor.services.ServiceCatalogue;
import org.frontdoor.support.Browser;
import org.frontdoor.support.GrantApplications;
import org.frontdoor.support.People;
import org.frontdoor.support.SystemTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The staff side of a grant in Chromium, page by page, with JavaScript on (and axe-core on every
 * page, including the pages showing an error summary) and off (every form works without it): an admin publishes the programme, the team lead assigns, the
 * assessor scores, the team lead awards and pays. Applicants apply through the API of the grants module.
 */
@SystemTest
@Tag("browser")
class GrantConsoleBrowserTest {

    private static final Pattern RUN_READY = Pattern.compile("Payment run (\\S+) is ready");

    @LocalServerPort
    int port;
    boolean javascript;
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
    JdbcClient jdbc;

    @ParameterizedTest(name = "javascript {0}")
    @ValueSource(booleans = {true, false})
    void everyGrantConsolePageWorksWithAndWithoutJavaScriptAndPassesAxe(boolean javascript) {
        this.javascript = javascript;
        var applications = new GrantApplications(grants, forms, services, registration, jdbc);
        var id = "browser-" + UUID.randomUUID().toString().substring(0, 8);
        var name = "Test fund " + id;

        try (var admin = signedIn(People.ADMIN)) {
            admin.open("/console/admin/grants");
            admin.type("yaml", "id: Not An Id\n").click("Check and publish");
            assertThat(admin.title()).startsWith("Error:");
            assertThat(admin.text()).contains("There is a problem", "id: lowercase words joined by hyphens");
            admin.type("yaml", GrantApplications.programmeDefinition(id, "10000")).click("Check and publish");
            assertThat(admin.path()).isEqualTo("/console/grants/" + id);
            assertThat(admin.text()).contains("Version 1 of ‘" + name + "’ is published.", "No applications");
        }

        var citizen = applications.newCitizen("Jo Trustee");
        var caseId = applications.sent(citizen, id,
                new Applicant(ApplicantKind.CHARITY, GrantApplications.uniqueCharity(), "Ambridge Village Hall Trust"), "6000").id();
        var reference = jdbc.sql("select reference from cases where id = ?").param(caseId).query(String.class).single();

        try (var lead = signedIn("teamlead@frontdoor.example")) {
            lead.click("Grants").click(name);
            assertThat(lead.text()).contains(reference, "Not scored", "Within budget");
            lead.click(reference);
            assertThat(lead.heading()).isEqualTo(reference);
            lead.click("Assign");
            assertThat(lead.text()).contains("There is a problem", "Choose an assessor in the Grants team");
            lead.select("assessor", "Asha Assessor").click("Assign");
            assertThat(lead.text()).contains("Assessor assigned.", "Not scored yet.");
        }

        try (var assessor = signedIn("assessor@frontdoor.example")) {
            assessor.click("Grants");
            assertThat(assessor.text()).contains("Applications for you to assess", reference);
            assessor.click(reference).click("Save your scores");
            assertThat(assessor.text()).contains("Give need a score from 0 to 10");
            assessor.select("score-need", "7").type("comment-need", "Forty groups use the hall").click("Save your scores");
            assertThat(assessor.text()).contains("Your scores are saved.", "70 out of 100");
        }

        var lead = applications.staff("teamlead@frontdoor.example", Role.TEAM_LEAD, Role.CASEWORKER);
        transitions.take(lead, new Transition(caseId, "start-assessment", 0, null, null));
        transitions.take(lead, new Transition(caseId, "send-to-panel", 1, null, null));

        try (var browser = signedIn("teamlead@frontdoor.example")) {
            browser.open("/console/grants/applications/" + caseId).click("Award");
            assertThat(browser.title()).startsWith("Error:");
            browser.type("awardAmount", "6000").type("awardReason", "A strong case")
                    .type("instalment-1-amount", "6000").type("instalment-1-due", today().toString()).click("Award");
            assertThat(browser.text()).contains("Awarded £6,000.", "Payments", "Ledger", "Committed", "Vary the award");

            browser.click("Record the acceptance");
            assertThat(browser.text()).contains("There is a problem");
            browser.type("acceptanceNote", "Signed agreement received by post").click("Record the acceptance");
            assertThat(browser.text()).contains("The acceptance of the offer is recorded.");
            browser.open("/console/grants").click("Payment runs").click("Create a payment run");
            var ready = RUN_READY.matcher(browser.text());
            assertThat(ready.find()).isTrue();
            browser.click("Confirm the bank paid this run (" + ready.group(1) + ")");
            assertThat(browser.text()).contains("Payment run " + ready.group(1) + " is confirmed");
            browser.open("/console/grants/" + id);
            assertThat(browser.text()).contains("Awarded £6,000");
            if (javascript) {
                assertThat(browser.checkedPages()).contains("/console/grants", "/console/grants/" + id, "/console/grants/payment-runs",
                        "/console/grants/applications/" + caseId);
            }
        }
    }

    private Browser signedIn(String email) {
        var browser = new Browser(port, javascript);
        browser.open("/console/sign-in").type("email", email).type("password", People.DEMO_PASSWORD).click("Sign in");
        return browser;
    }

    private static LocalDate today() {
        return LocalDate.now(LondonTime.LONDON);
    }
}
