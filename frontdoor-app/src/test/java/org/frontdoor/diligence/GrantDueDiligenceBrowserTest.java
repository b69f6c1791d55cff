package org.frontdoor.diligence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.frontdoor.diligence.RiskRating.Rating;
import org.frontdoor.identity.AccountDetails;
import org.frontdoor.identity.AccountKind;
import org.frontdoor.identity.NewCitizen;
import org.frontdoor.identity.Registration;
import org.frontdoor.identity.Role;
import org.frontdoor.identity.SignedInAccount;
import org.frontdoor.support.Browser;
import org.frontdoor.support.CompaniesHouseStub;
import org.frontdoor.support.DiligenceReportsDone;
import org.frontdoor.support.GrantApplications;
import org.frontdoor.support.Mailbox;
import org.frontdoor.support.People;
import org.frontdoor.support.SystemTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole due-diligence journey in a real browser: a company applies for the demo grant
 * through its pages without JavaScript, giving a company number the register shows as dissolved
 * (the Companies House stub on loopback, replaying the register's real profile), a name on the
 * account that is on OFAC's SDN list (entry 7182), and an account number that fails the modulus
 * check. The team lead finds a red report with every piece of evidence (axe-core on every page);
 * the applicant is told what they can put right, and nothing about the sanctions list.
 */
@SystemTest
@Tag("browser")
class GrantDueDiligenceBrowserTest {

    /** OFAC SDN entry 7182 is "ARZALLUS TAPIA, Eusebio". */
    private static final String LISTED_PERSON = "Eusebio Arzallus Tapia";
    /** Fails modulus 10 for sort code 08-99-99 (the last digit of Vocalink's example account changed). */
    private static final String BAD_ACCOUNT = "66374959";

    @LocalServerPort
    int port;
    @Autowired
    Registration registration;
    @Autowired
    DiligenceReports reports;
    @Autowired
    AccountDetails accounts;

    @Test
    void aGrantApplicationGetsARedReportWithASanctionsHitADissolvedCompanyAndABadAccount() throws Exception {
        var email = People.uniqueEmail("company-director");
        registration.register(new NewCitizen("Dana Director", email, People.GOOD_PASSWORD, People.GOOD_PASSWORD));
        var link = Mailbox.linkIn(email, "Confirm your email address");
        registration.verifyEmail(link.substring(link.indexOf("token=") + 6));

        String caseId;
        try (var company = new Browser(port, false)) {
            company.open("/sign-in").type("email", email).type("password", People.GOOD_PASSWORD).click("Sign in");
            company.open("/grants").click("Community Spaces Fund").click("Check if you can apply");
            company.choose("A company").type("orgId", "GB-COH-" + CompaniesHouseStub.DISSOLVED)
                    .type("orgName", CompaniesHouseStub.COMPANY_NAME)
                    .check("basedInUk").type("annualIncome", "90000").check("securedTenure").click("Check if you can apply");
            company.click("Start your application");
            company.type("projectTitle", "Community garden").type("projectSummary", "Raised beds and a path on the estate")
                    .type("need", "Residents asked for a place to grow food").click("Save and continue");
            company.type("amountRequested", "9000").type("totalCost", "12000").click("Save and continue");
            company.type("contactName", "Dana Director").type("email", email).type("phone", "01632 960001")
                    .type("address-line1", "1 Estate Road").type("address-town", "Borchester").type("address-postcode", "SW1A 2AA")
                    .click("Save and continue");
            company.type("accountName", LISTED_PERSON).type("sortCode", "08-99-99").type("accountNumber", BAD_ACCOUNT)
                    .click("Save and continue");
            var accounts = java.nio.file.Files.createTempFile("accounts", ".pdf");
            java.nio.file.Files.write(accounts, GrantApplications.ACCOUNTS_PDF);
            company.attach("accounts", accounts).click("Save and continue");
            company.click("Accept and send");
            assertThat(company.text()).contains("Application sent");
            caseId = company.path().substring(company.path().lastIndexOf('/') + 1);
        }

        var report = completed(UUID.fromString(caseId));
        assertThat(report.rating()).isEqualTo(Rating.RED);

        try (var lead = new Browser(port, true)) {
            lead.open("/console/sign-in").type("email", "teamlead@frontdoor.example").type("password", People.DEMO_PASSWORD)
                    .click("Sign in");
            lead.open("/console/cases/" + caseId);
            assertThat(lead.text()).contains("Due diligence", "Risk rating: Red",
                    "sanctions: Fail", "entry 7182", "ARZALLUS TAPIA, Eusebio",
                    "company-register: Fail", "dissolved",
                    "bank-account: Fail", "modulus check failed",
                    "account-name: Fail", "No match",
                    "A sanctions list names the organisation or the account holder",
                    "The register does not show the organisation as active",
                    "The sort code and account number fail the modulus check");
            assertThat(lead.checkedPages()).contains("/console/cases/" + caseId);
        }

        try (var company = new Browser(port, false)) {
            company.open("/sign-in").type("email", email).type("password", People.GOOD_PASSWORD).click("Sign in");
            company.open("/account/grants/" + caseId);
            assertThat(company.text()).contains("Something to put right",
                    "The sort code and account number you gave do not pass the banks' validation check",
                    "Companies House shows the company's status as");
            assertThat(company.text().toLowerCase()).doesNotContain("sanction", "7182", "risk rating", "red");
        }
    }

    private DiligenceReport completed(UUID caseId) {
        var admin = new SignedInAccount(accounts.idByEmail(People.ADMIN).orElseThrow(), People.ADMIN, "Admin", AccountKind.STAFF,
                EnumSet.of(Role.ADMIN), Set.of(), true, null);
        return DiligenceReportsDone.completed(reports, admin, caseId, Duration.ofSeconds(30));
    }
}
