package org.frontdoor.diligence.internal.registers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontdoor.diligence.internal.registers.CompanyRegisterVerdictTest.value;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.frontdoor.diligence.CheckResult;
import org.frontdoor.diligence.CheckResult.Outcome;
import org.frontdoor.diligence.CheckSubject;
import org.frontdoor.grants.FundingRecords.GrantApplicant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The charity-register check on an extract in the Charity Commission's layout and the shipped
 * charity-lookups files (links, mergers, dual registrations). No Spring.
 */
class CharityRegisterCheckIntegrationTest {

    static final String FOLDER = "src/test/resources/diligence/charity_register/";
    static CharityRegisterCheck check;

    @BeforeAll
    static void load() {
        check = new CharityRegisterCheck(new CharityRegisterSettings(FOLDER + "publicextract.charity.txt",
                FOLDER + "publicextract.charity_event_history.txt", ""));
        check.load();
    }

    @Test
    void passesARegisteredCharityWhoseNameAndCompanyAgree() {
        var result = check.check(charity("1000611", "Denton Burn Community Association", "08591698"));
        assertThat(result.outcome()).as(result.summary()).isEqualTo(Outcome.PASS);
        assertThat(result.summary()).isEqualTo("Registered charity DENTON BURN COMMUNITY ASSOCIATION (1000611)");
        assertThat(value(result, "Company number on the register")).isEqualTo("08591698");
        assertThat(result.source()).contains("publicextract.charity.txt (extract of 2026-11-30)", "ODbL");
    }

    @Test
    void refersACharityWhoseLinkedCompanyDiffersFromTheOneGiven() {
        var result = check.check(charity("1000611", null, "12345678"));
        assertThat(result.outcome()).isEqualTo(Outcome.REFER);
        assertThat(result.summary()).isEqualTo("The company number given, 12345678, is not the charity's (08591698)");
    }

    @Test
    void failsARemovedCharityWithDateAndReason() {
        var result = check.check(charity("1099001", null, null));
        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.summary()).isEqualTo("Removed from the register on 2019-03-12: Ceased to exist");
    }

    @Test
    void refersACharityMergedIntoAnotherNamingTheSuccessor() {
        var result = check.check(charity("216355", "Africa Inland Mission International", null));
        assertThat(result.outcome()).isEqualTo(Outcome.REFER);
        assertThat(result.summary()).isEqualTo("Removed on 2008-01-15 after merging into Africa Inland Mission International (1096364)");
        assertThat(value(result, "Successor status")).isEqualTo("registered");
        assertThat(value(result, "Removal reason")).isEqualTo("Amalgamated");
    }

    @Test
    void tellsTheApplicantWhatTheRegisterShowsAndTheyCanPutRight() {
        assertThat(check.toApplicant(check.check(charity("216355", null, null)))).hasValue("The Charity Commission's register "
                + "shows the charity was removed after merging into Africa Inland Mission International (1096364), registered "
                + "2007-11-30. If that charity is applying, tell us its number in a message.");
        assertThat(check.toApplicant(check.check(charity("1000611", null, "12345678")))).hasValue("The company number you gave, "
                + "12345678, is not the one the register holds for the charity (08591698). Send us a message with the right one.");
        assertThat(check.toApplicant(check.check(charity("1099002", null, null)))).isEmpty();
        assertThat(check.toApplicant(check.check(grant("GB-SC-SC002327", "Shelter")))).isEmpty();
    }

    @Test
    void failsANumberNotOnTheRegister() {
        var result = check.check(charity("1234567", null, null));
        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.summary()).isEqualTo("No charity with number 1234567 is on the register of charities in England and Wales");
    }

    @Test
    void refersANameThatDiffers() {
        var result = check.check(charity("1000611", "Northgate Youth Project", null));
        assertThat(result.outcome()).isEqualTo(Outcome.REFER);
        assertThat(result.summary()).contains("registered name DENTON BURN COMMUNITY ASSOCIATION differs");
    }

    @Test
    void refersAnInsolventCharity() {
        assertThat(check.check(charity("1099002", null, null)).summary()).isEqualTo("The register marks it insolvent");
    }

    @Test
    void refersScottishAndNorthernIrishCharitiesAsNotCheckedHere() {
        var scottish = check.check(grant("GB-SC-SC002327", "Shelter"));
        assertThat(scottish.outcome()).isEqualTo(Outcome.REFER);
        assertThat(scottish.summary()).isEqualTo("Not checked: the OSCR register is not configured");
        assertThat(value(scottish, "Also registered in England and Wales")).isEqualTo("GB-CHC-263710");
        assertThat(value(scottish, "England and Wales status")).endsWith("registered");
        assertThat(check.check(grant("GB-NIC-100012", "X")).summary()).isEqualTo("Not checked: the CCNI register is not configured");
    }

    @Test
    void readsTheCharityNumberFromTheGrantApplicantsIdentifier() {
        var result = check.check(grant("GB-CHC-1000611", "Denton Burn Community Association"));
        assertThat(result.outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void refersSayingWhatIsMissing() {
        var result = check.check(new CheckSubject(UUID.randomUUID(), "REF-1", "grant", Map.of(), Map.of()));
        assertThat(result.outcome()).isEqualTo(Outcome.REFER);
        assertThat(result.summary()).startsWith("No charity number to check");
    }

    @Test
    void reportsAndSkipsAMalformedRowAndSkipsLinkedCharities() {
        var register = CharityRegister.load(Path.of(FOLDER + "publicextract.charity.txt"), null);
        assertThat(register.size()).isEqualTo(6);
        assertThat(register.problems()).containsExactly("publicextract.charity.txt line 9: 7 fields instead of 34");
    }

    @Test
    void refersWhenNoExtractIsConfigured() {
        var unconfigured = new CharityRegisterCheck(new CharityRegisterSettings("", "", ""));
        unconfigured.load();
        var result = unconfigured.check(charity("1000611", null, null));
        assertThat(result.outcome()).isEqualTo(Outcome.REFER);
        assertThat(result.summary()).contains("extract is not configured");
    }

    static CheckSubject charity(String number, String name, String company) {
        var answers = new HashMap<String, Object>();
        answers.put("charityNumber", number);
        if (name != null) {
            answers.put("organisation", name);
        }
        if (company != null) {
            answers.put("companyNumber", company);
        }
        return new CheckSubject(UUID.randomUUID(), "REF-1", "grant", answers,
                Map.of("charity-number", "charityNumber", "organisation-name", "organisation", "company-number", "companyNumber"));
    }

    static CheckSubject grant(String orgId, String name) {
        UUID caseId = UUID.randomUUID();
        return new CheckSubject(caseId, "REF-1", "grant", Map.of(), Map.of(),
                new GrantApplicant(caseId, "programme", org.frontdoor.grants.ApplicantKind.CHARITY, orgId, name, BigDecimal.TEN));
    }
}
