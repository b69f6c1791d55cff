package org.frontdoor.diligence.internal.registers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.frontdoor.diligence.CheckResult;
import org.frontdoor.diligence.CheckResult.Evidence;
import org.frontdoor.diligence.CheckResult.Outcome;
import org.frontdoor.diligence.CheckSubject;
import org.junit.jupiter.api.Test;

/** The decision rules on the real profile shape, without HTTP or Spring. */
class CompanyRegisterVerdictTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    static final TradingHistory NO_CLAIM = new TradingHistory(null, null);

    final CompanyRegisterVerdict verdict = new CompanyRegisterVerdict(CodeLists.shipped(), new NameComparison());
    final CompanyRecord liquidation = CompaniesHouseJson.profile(resource("company-profile-00006402.json"), "test");

    @Test
    void readsTheRealProfile() {
        assertThat(liquidation.number()).isEqualTo("00006402");
        assertThat(liquidation.name()).isEqualTo("RENABLE PHARMA LTD");
        assertThat(liquidation.status()).isEqualTo("liquidation");
        assertThat(liquidation.incorporatedOn()).isEqualTo(LocalDate.of(2015, 3, 4));
        assertThat(liquidation.registeredOffice()).isEqualTo("Ground Floor Marlow International, Parkway, Marlow, SL7 1YL, England");
    }

    @Test
    void failsACompanyInLiquidationInTheRegistersOwnWords() {
        var result = decide(liquidation, "Renable Pharma Limited", NO_CLAIM);
        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.summary()).isEqualTo("The company's status is Liquidation");
        assertThat(result.evidence()).contains(new Evidence("Status", "Liquidation (liquidation)"),
                new Evidence("Type", "Private limited company"));
    }

    @Test
    void passesAnActiveCompanyWhoseNameMatchesDespiteItsLegalForm() {
        var result = decide(status(liquidation, "active"), "Renable Pharma Limited", NO_CLAIM);
        assertThat(result.outcome()).isEqualTo(Outcome.PASS);
        assertThat(result.summary()).isEqualTo("Active company RENABLE PHARMA LTD (00006402)");
        assertThat(value(result, "Name comparison")).startsWith("matches");
        assertThat(value(result, "Registered office")).contains("SL7 1YL");
    }

    @Test
    void acmeLtdIsAcmeLimited() {
        assertThat(new NameComparison().compare("Acme Ltd", "ACME LIMITED").same()).isTrue();
        assertThat(new NameComparison().compare("Acme Ltd", "ZENITH HOLDINGS LIMITED").same()).isFalse();
    }

    @Test
    void refersWhenTheRegisteredNameDiffers() {
        var result = decide(status(liquidation, "active"), "Zenith Holdings Ltd", NO_CLAIM);
        assertThat(result.outcome()).isEqualTo(Outcome.REFER);
        assertThat(result.summary()).contains("registered name RENABLE PHARMA LTD differs");
    }

    @Test
    void refersAVoluntaryArrangementAndAProposalToStrikeOff() {
        assertThat(decide(status(liquidation, "voluntary-arrangement"), null, NO_CLAIM).summary())
                .isEqualTo("The company's status is Voluntary Arrangement");
        var strikeOff = new CompanyRecord("00006402", "X LTD", "active", "active-proposal-to-strike-off", "ltd", null, null, null,
                List.of(), null, "test");
        var result = decide(strikeOff, null, NO_CLAIM);
        assertThat(result.outcome()).isEqualTo(Outcome.REFER);
        assertThat(result.summary()).contains("Active proposal to strike off");
    }

    @Test
    void failsEveryClosedOrInsolventStatus() {
        for (String status : CompanyRegisterVerdict.FAILING) {
            assertThat(decide(status(liquidation, status), null, NO_CLAIM).outcome()).as(status).isEqualTo(Outcome.FAIL);
        }
    }

    @Test
    void refersACompanyIncorporatedAfterTheTradingHistoryClaimed() {
        var subject = subject(Map.of("yearsTrading", "15"), Map.of("years-trading", "yearsTrading"));
        var result = decide(status(liquidation, "active"), null, TradingHistory.of(subject, TODAY));
        assertThat(result.outcome()).isEqualTo(Outcome.REFER);
        assertThat(result.summary()).contains("Incorporated on 2015-03-04, after the 2011-12-06 the claim needs");

        var established = subject(Map.of("since", "2016-01-01"), Map.of("established-on", "since"));
        assertThat(decide(status(liquidation, "active"), null, TradingHistory.of(established, TODAY)).outcome())
                .isEqualTo(Outcome.PASS);
    }

    @Test
    void failsACurrentDirectorWhoIsDisqualifiedToday() {
        var disqualified = new CompanyRecord.Officer("OKAFOR, Daniel", "director", LocalDate.of(2017, 9, 12), null,
                "/disqualified-officers/natural/abc", List.of(new CompanyRecord.Disqualification(LocalDate.of(2023, 2, 1),
                LocalDate.of(2031, 1, 31), "court-order", "court-to-disqualify-unfit-directors-of-insolvent-companies",
                "company-directors-disqualification-act-1986")), null);
        var result = decide(status(liquidation, "active").withOfficers(List.of(disqualified), null), null, NO_CLAIM);
        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.summary()).contains("OKAFOR, Daniel, a current officer, is disqualified until 2031-01-31");
        assertThat(value(result, "Disqualified officer")).contains("Court order",
                "Duty of court to disqualify unfit directors of insolvent companies", "Company Directors Disqualification Act 1986");
    }

    @Test
    void refersWhenTheOfficersCouldNotBeRead() {
        var result = decide(status(liquidation, "active").withOfficers(null, "Companies House did not answer: x"), null, NO_CLAIM);
        assertThat(result.outcome()).isEqualTo(Outcome.REFER);
        assertThat(value(result, "Officers")).isEqualTo("not checked: Companies House did not answer: x");
    }

    @Test
    void failsANumberTheRegisterDoesNotKnowAndRefersWhenItDoesNotAnswer() {
        var number = CompanyNumber.read("09999999").number();
        var notFound = verdict.decide(new CompanyLookup.NotFound(number, "api"), null, NO_CLAIM, TODAY, List.of());
        assertThat(notFound.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(notFound.summary()).isEqualTo("No company with number 09999999 is on the register");
        var silent = verdict.decide(new CompanyLookup.Unavailable("Companies House did not answer: down", "api"), null, NO_CLAIM,
                TODAY, List.of());
        assertThat(silent.outcome()).isEqualTo(Outcome.REFER);
        assertThat(silent.summary()).isEqualTo("Companies House did not answer: down");
    }

    private CheckResult decide(CompanyRecord company, String name, TradingHistory claim) {
        return verdict.decide(new CompanyLookup.Found(company),
                name, claim, TODAY, List.of());
    }

    static CompanyRecord status(CompanyRecord c, String status) {
        return new CompanyRecord(c.number(), c.name(), status, null, c.type(), c.incorporatedOn(), c.ceasedOn(), c.registeredOffice(),
                c.officers(), c.officersProblem(), c.source());
    }

    static CheckSubject subject(Map<String, Object> answers, Map<String, String> fields) {
        return new CheckSubject(UUID.randomUUID(), "REF-1", "grant", answers, fields);
    }

    static String value(CheckResult result, String label) {
        return result.evidence().stream().filter(e -> e.label().equals(label)).map(Evidence::value).findFirst().orElse(null);
    }

    static String resource(String name) {
        try (InputStream in = CompanyRegisterVerdictTest.class.getResourceAsStream("/diligence/companies_house/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
