package org.frontdoor.grants;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.frontdoor.grants.internal.opendata.OpenDataChecks;
import org.frontdoor.grants.internal.payments.CreditTransferFile;
import org.frontdoor.identity.NewCitizen;
import org.frontdoor.identity.Registration;
import org.frontdoor.support.Browser;
import org.frontdoor.support.GrantApplications;
import org.frontdoor.support.Mailbox;
import org.frontdoor.support.People;
import org.frontdoor.support.SystemTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * A grant's whole life in Chromium, every step through the pages: an admin sets up the programme,
 * a charity worker finds it, checks eligibility and applies; the team lead moves the case to
 * assessment and assigns an assessor, who scores it; the team lead sends it to the panel and awards
 * it with a payment schedule; the charity accepts the offer; the team lead makes the payment run,
 * downloads its pain.001 file (valid against ISO's schema) and confirms it; and the award appears in
 * the 360Giving open data (valid against the 360Giving schema). axe-core checks every page.
 */
@SystemTest
@Tag("browser")
class GrantFromSetUpToOpenDataBrowserTest {

    private static final Pattern RUN_READY = Pattern.compile("Payment run (\\S+) is ready");

    @LocalServerPort
    int port;
    @Autowired
    Registration registration;

    @Test
    void aGrantGoesFromProgrammeSetUpToPaymentAndOpenData() throws Exception {
        var programme = "journey-" + UUID.randomUUID().toString().substring(0, 8);
        var name = "Test fund " + programme;
        try (var admin = staff(People.ADMIN)) {
            admin.open("/console/admin/grants").type("yaml", GrantApplications.programmeDefinition(programme, "50000")).click("Check and publish");
            assertThat(admin.path()).isEqualTo("/console/grants/" + programme);
        }

        var email = People.uniqueEmail("charity-worker");
        citizen(email);
        var orgId = "GB-CHC-" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        String caseId;
        String reference;
        try (var charity = new Browser(port, true)) {
            charity.open("/sign-in").type("email", email).type("password", People.GOOD_PASSWORD).click("Sign in");
            charity.open("/grants").click(name).click("Check if you can apply");
            charity.choose("A charity").type("orgId", orgId).type("orgName", "Ambridge Village Hall Trust")
                    .check("basedInUk").type("annualIncome", "50000").check("securedTenure").click("Check if you can apply");
            charity.click("Start your application");
            assertThat(charity.heading()).isEqualTo("Your project");
            charity.type("projectTitle", "New roof").type("projectSummary", "Replace the leaking roof of the hall")
                    .type("need", "Forty groups use the hall every week").click("Save and continue");
            charity.type("amountRequested", "6000").type("totalCost", "8000").click("Save and continue");
            charity.type("contactName", "Jo Trustee").type("email", email).type("phone", "01632 960000")
                    .type("address-line1", "Village Hall, Church Lane").type("address-town", "Ambridge").type("address-postcode", "SW1A 2AA")
                    .click("Save and continue");
            charity.type("accountName", "Ambridge Village Hall Trust").type("sortCode", "08-99-99").type("accountNumber", "66374958")
                    .click("Save and continue");
            charity.click("Save and continue");
            assertThat(charity.text()).contains("There is a problem", "Upload your latest annual accounts");
            var accounts = java.nio.file.Files.createTempFile("accounts", ".pdf");
            java.nio.file.Files.write(accounts, GrantApplications.ACCOUNTS_PDF);
            charity.attach("accounts", accounts).click("Save and continue");
            charity.click("Accept and send");
            assertThat(charity.text()).contains("Application sent");
            caseId = charity.path().substring(charity.path().lastIndexOf('/') + 1);
            reference = charity.text().lines().filter(l -> l.matches("[A-Z]+-\\d+")).findFirst().orElseThrow();
        }

        try (var lead = staff("teamlead@frontdoor.example")) {
            lead.open("/console/cases/" + caseId).choose("Start the assessment").click("Save");
            lead.open("/console/grants/applications/" + caseId).select("assessor", "Asha Assessor").click("Assign");
            assertThat(lead.text()).contains("Assessor assigned.");
        }
        try (var assessor = staff("assessor@frontdoor.example")) {
            assessor.open("/console/grants").click(reference);
            assessor.select("score-need", "8").type("comment-need", "Clear, evidenced need").click("Save your scores");
            assertThat(assessor.text()).contains("Your scores are saved.", "80 out of 100");
        }
        try (var lead = staff("teamlead@frontdoor.example")) {
            lead.open("/console/cases/" + caseId).choose("Send to the decision panel").click("Save");
            lead.open("/console/grants/" + programme);
            assertThat(lead.text()).contains(reference, "Within budget");
            lead.click(reference);
            lead.type("awardAmount", "6000").type("awardReason", "Strong need, good value")
                    .type("instalment-1-amount", "6000").type("instalment-1-due", LocalDate.now(LondonTime.LONDON).toString()).click("Award");
            assertThat(lead.text()).contains("Awarded £6,000.");
        }

        try (var charity = new Browser(port, true)) {
            charity.open("/sign-in").type("email", email).type("password", People.GOOD_PASSWORD).click("Sign in");
            charity.open("/account/grants").click(reference);
            assertThat(charity.text()).contains("We have offered you a grant", "Download the grant agreement (PDF)");
            charity.check("agree").click("Accept the offer");
            assertThat(charity.text()).contains("You have accepted the offer");
        }

        try (var lead = staff("teamlead@frontdoor.example")) {
            lead.open("/console/grants/payment-runs").click("Create a payment run");
            var ready = RUN_READY.matcher(lead.text());
            assertThat(ready.find()).isTrue();
            var runPath = lead.linkHref("Download the payment file of " + ready.group(1) + " (pain.001 XML)");
            var file = download(runPath, lead.cookie("FRONTDOOR_SESSION"));
            CreditTransferFile.validate(file);
            assertThat(new String(file, java.nio.charset.StandardCharsets.UTF_8)).contains("<EndToEndId>" + reference + "-1</EndToEndId>", ">6000.00<");
            lead.click("Confirm the bank paid this run (" + ready.group(1) + ")");
            assertThat(lead.text()).contains("is confirmed");
            lead.open("/console/grants/" + programme);
            assertThat(lead.text()).contains("£6,000");
            assertThat(lead.checkedPages()).contains("/console/grants/payment-runs", "/console/grants/" + programme);
        }

        var json = new String(download("/api/v1/open-data/grants.json?programme=" + programme, null), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(OpenDataChecks.packageProblems(json)).isEmpty();
        var grant = JsonMapper.shared().readTree(json).get("grants").get(0);
        assertThat(grant.get("recipientOrganization").get(0).get("id").asString()).isEqualTo(orgId);
        assertThat(grant.get("amountAwarded").decimalValue()).isEqualByComparingTo(new BigDecimal("6000"));
    }

    private Browser staff(String email) {
        var browser = new Browser(port, true);
        browser.open("/console/sign-in").type("email", email).type("password", People.DEMO_PASSWORD).click("Sign in");
        return browser;
    }

    private byte[] download(String path, String session) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (session != null) {
            request.header("Cookie", "FRONTDOOR_SESSION=" + session);
        }
        var response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private void citizen(String email) {
        registration.register(new NewCitizen("Jo Trustee", email, People.GOOD_PASSWORD, People.GOOD_PASSWORD));
        var link = Mailbox.linkIn(email, "Confirm your email address");
        registration.verifyEmail(link.substring(link.indexOf("token=") + 6));
    }
}
