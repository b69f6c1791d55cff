package org.frontdoor.diligence.internal.registers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontdoor.diligence.internal.registers.CompanyRegisterVerdictTest.value;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.frontdoor.diligence.CheckResult;
import org.frontdoor.diligence.CheckResult.Outcome;
import org.frontdoor.diligence.CheckSubject;
import org.frontdoor.diligence.internal.registers.CompanyRegisterSettings.Mode;
import org.frontdoor.support.CompaniesHouseStub;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The company-register check end to end in each mode: the API (the stub on loopback), the bulk
 * file (a real extract), and both (the file when the API does not answer). No Spring.
 */
class CompanyRegisterCheckIntegrationTest {

    static final Clock CLOCK = Clock.fixed(java.time.Instant.parse("2026-12-06T12:00:00Z"), ZoneOffset.UTC);
    static CompaniesHouseStub stub;

    @BeforeAll
    static void startStub() {
        stub = CompaniesHouseStub.start(2_500);
    }

    @AfterAll
    static void stopStub() {
        stub.close();
    }

    @BeforeEach
    void reset() {
        stub.comeBack();
        stub.resetScenarios();
    }

    @Test
    void failsADissolvedCompanySayingWhen() {
        var result = check(Mode.API, company(CompaniesHouseStub.DISSOLVED, "Renable Pharma Limited"));
        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.summary()).isEqualTo("The company's status is Dissolved");
        assertThat(value(result, "Ceased on")).isEqualTo(CompaniesHouseStub.DISSOLVED_ON);
        assertThat(result.source()).startsWith("Companies House API");
    }

    @Test
    void tellsTheApplicantWhatTheRegisterShowsAndTheyCanPutRight() {
        var settings = RegisterTestSettings.companies(stub.baseUrl(), Mode.API, "");
        var check = new CompanyRegisterCheck(settings, new CompaniesHouseClient(settings), CLOCK);
        assertThat(check.toApplicant(check.check(company(CompaniesHouseStub.DISSOLVED, "Zenith Holdings Ltd")))).hasValue(
                "Companies House shows the company's status as Dissolved. If that is wrong, tell us in a message. The name you "
                + "gave, Zenith Holdings Ltd, is not the name Companies House holds, RENABLE PHARMA LTD. If the company changed "
                + "its name, tell us in a message.");
        assertThat(check.toApplicant(check.check(company(CompaniesHouseStub.UNKNOWN, null)))).hasValue("Companies House has no "
                + "company with number 09999999. Check the number and send us a message with the right one.");
        // Officers' disqualifications are for a person to judge first; an outage is not the applicant's to fix.
        assertThat(check.toApplicant(check.check(company(CompaniesHouseStub.DISQUALIFIED_DIRECTOR, null)))).isEmpty();
        stub.goDown();
        assertThat(check.toApplicant(check.check(company(CompaniesHouseStub.ACTIVE, null)))).isEmpty();
    }

    @Test
    void passesAnActiveCompanyListingItsCurrentOfficers() {
        var result = check(Mode.API, company(CompaniesHouseStub.ACTIVE, "Renable Pharma Ltd."));
        assertThat(result.outcome()).isEqualTo(Outcome.PASS);
        assertThat(value(result, "Officers")).isEqualTo("2 current, 1 resigned");
        assertThat(result.evidence()).filteredOn(e -> e.label().equals("Officer")).hasSize(2);
    }

    @Test
    void failsACompanyWithADisqualifiedDirector() {
        var result = check(Mode.API, company(CompaniesHouseStub.DISQUALIFIED_DIRECTOR, null));
        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.summary()).contains(CompaniesHouseStub.DISQUALIFIED_DIRECTOR_NAME + ", a current officer, is disqualified");
    }

    @Test
    void failsANumberTheRegisterDoesNotKnow() {
        var result = check(Mode.API, company("9999999", null));
        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.summary()).isEqualTo("No company with number 09999999 is on the register");
    }

    @Test
    void refersWhenTheRegisterIsDownWithoutThrowing() {
        stub.goDown();
        var result = check(Mode.API, company(CompaniesHouseStub.ACTIVE, null));
        assertThat(result.outcome()).isEqualTo(Outcome.REFER);
        assertThat(result.summary()).startsWith("Companies House did not answer: ");
    }

    @Test
    void refersAHostileNumberWithoutAnyRequest() {
        var result = check(Mode.API, company("../../disqualified-officers/natural/x", null));
        assertThat(result.outcome()).isEqualTo(Outcome.REFER);
        assertThat(result.summary()).startsWith("The company number could not be checked: ");
        assertThat(stub.requests()).isZero();
    }

    @Test
    void refersSayingWhatIsMissingWhenThereIsNoNumber() {
        var result = check(Mode.API, new CheckSubject(UUID.randomUUID(), "REF-1", "grant", Map.of(), Map.of()));
        assertThat(result.outcome()).isEqualTo(Outcome.REFER);
        assertThat(result.summary()).isEqualTo("No company number to check: the application has no organisation identifier "
                + "(GB-COH-) and no answer to a company-number question (none is configured for service grant)");
    }

    @Test
    void offlineReadsTheRealBulkFileLayout() {
        var active = check(Mode.OFFLINE, company("11743365", "!Big Impact Graphics Ltd"));
        assertThat(active.outcome()).as(active.summary() + " " + active.evidence()).isEqualTo(Outcome.PASS);
        assertThat(value(active, "Name comparison")).startsWith("matches");
        assertThat(value(active, "Incorporated on")).isEqualTo("2018-12-28");
        assertThat(value(active, "Registered office")).isEqualTo("124 CITY ROAD, LONDON, EC1V 2NX");
        assertThat(value(active, "Officers")).startsWith("not checked: the source has no officers");
        assertThat(active.source()).isEqualTo("Companies House BasicCompanyData: BasicCompanyData-sample.csv");

        assertThat(check(Mode.OFFLINE, company("SC421617", null)).outcome()).isEqualTo(Outcome.FAIL);
        var strikeOff = check(Mode.OFFLINE, company("02714021", null));
        assertThat(strikeOff.outcome()).isEqualTo(Outcome.REFER);
        assertThat(strikeOff.summary()).contains("Active proposal to strike off");
        var quoted = check(Mode.OFFLINE, company("00001234", "Comma, Quote \"And\" Co Ltd"));
        assertThat(quoted.summary()).isEqualTo("The company's status is In Administration");
        assertThat(value(quoted, "Name comparison")).startsWith("matches");
    }

    @Test
    void offlineRefersACompanyMissingFromTheFileOfLiveCompanies() {
        var result = check(Mode.OFFLINE, company("12345678", null));
        assertThat(result.outcome()).isEqualTo(Outcome.REFER);
        assertThat(result.summary()).contains("is not among the live companies in the bulk file");
    }

    @Test
    void reportsAndSkipsMalformedRows() {
        var report = BasicCompanyData.load(java.nio.file.Path.of(RegisterTestSettings.BULK)).report();
        assertThat(report.rows()).isEqualTo(12);
        assertThat(report.skipped()).isEqualTo(3);
        assertThat(report.problems()).containsExactly(
                "BasicCompanyData-malformed.csv line 2: 5 fields instead of 55",
                "BasicCompanyData-malformed.csv line 3: no valid company number",
                "BasicCompanyData-malformed.csv line 5: a quoted field is not closed before the end of the file");
    }

    @Test
    void bothModesUseTheFileWhenTheApiDoesNotAnswer() {
        stub.goDown();
        var result = check(Mode.BOTH, company("SC421617", null));
        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(value(result, "Companies House API")).endsWith("; the bulk file was used instead");
        assertThat(result.source()).startsWith("Companies House BasicCompanyData");

        stub.comeBack();
        assertThat(check(Mode.BOTH, company(CompaniesHouseStub.LIQUIDATION, null)).source()).startsWith("Companies House API");
    }

    private static CheckResult check(Mode mode, CheckSubject subject) {
        var settings = RegisterTestSettings.companies(stub.baseUrl(), mode, RegisterTestSettings.BULK);
        var check = new CompanyRegisterCheck(settings, new CompaniesHouseClient(settings), CLOCK);
        if (settings.usesFile()) {
            check.loadFile();
        }
        return check.check(subject);
    }

    static CheckSubject company(String number, String name) {
        var answers = new java.util.HashMap<String, Object>();
        answers.put("companyNumber", number);
        if (name != null) {
            answers.put("organisation", name);
        }
        return new CheckSubject(UUID.randomUUID(), "REF-1", "grant", answers,
                Map.of("company-number", "companyNumber", "organisation-name", "organisation"));
    }
}
