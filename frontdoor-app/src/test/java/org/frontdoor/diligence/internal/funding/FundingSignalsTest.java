package org.frontdoor.diligence.internal.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.frontdoor.diligence.CheckResult;
import org.frontdoor.diligence.CheckResult.Outcome;
import org.frontdoor.diligence.internal.funding.CheckedCases.CheckedCase;
import org.frontdoor.diligence.internal.funding.CheckedCases.Sharing;
import org.frontdoor.grants.FundingRecords.OrganisationApplication;
import org.frontdoor.grants.FundingRecords.PastFunding;
import org.frontdoor.grants.GrantApplication.Decision;
import org.frontdoor.people.LinkedApplications.LinkedApplication;
import org.junit.jupiter.api.Test;

class FundingSignalsTest {

    static final FundingSettings SETTINGS = FundingSettings.defaults();
    static final UUID ACCOUNT = UUID.randomUUID();
    static final CheckedCase ME = new CheckedCase(UUID.randomUUID(), "GRANT-1", "community-spaces-grant", "org:GB-CHC-1111111",
            ACCOUNT, "New roof for the village hall");
    static final Identifier BANK = Identifier.bankAccount("089999", "66374958").orElseThrow();
    static final Identifier EMAIL = Identifier.email("jo@example.org").orElseThrow();

    @Test
    void sameBankAccountBehindAnotherOrganisationFailsNamingTheOtherCase() {
        var other = other("GRANT-2", "org:GB-CHC-2222222", UUID.randomUUID());
        var result = judge(findings -> FundingSignals.sharedDetails(ME, List.of(new Sharing(BANK, other)), 25, findings));
        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.summary()).isEqualTo("Same bank account, different applicant");
        assertThat(result.evidence().getFirst().value()).contains("GRANT-2", "GB-CHC-2222222", "089999:66374958");
    }

    @Test
    void sameBankAccountForAnotherOrganisationSentFromTheSameLoginIsReferred() {
        var other = other("GRANT-2", "org:GB-CHC-2222222", ACCOUNT);
        var result = judge(findings -> FundingSignals.sharedDetails(ME, List.of(new Sharing(BANK, other)), 25, findings));
        assertThat(result.outcome()).isEqualTo(Outcome.REFER);
    }

    @Test
    void anOrganisationReusingItsOwnBankAccountIsOnlyInformation() {
        var other = other("GRANT-2", ME.applicantKey(), UUID.randomUUID());
        var result = judge(findings -> FundingSignals.sharedDetails(ME, List.of(new Sharing(BANK, other)), 25, findings));
        assertThat(result.outcome()).isEqualTo(Outcome.PASS);
        assertThat(result.evidence()).extracting(CheckResult.Evidence::label).contains("Same bank account, same applicant's other application");
    }

    @Test
    void sharedContactDetailsBehindAnotherApplicantAreReferred() {
        var other = other("CARE-9", "account:" + UUID.randomUUID(), null);
        var result = judge(findings -> FundingSignals.sharedDetails(ME, List.of(new Sharing(EMAIL, other)), 25, findings));
        assertThat(result.outcome()).isEqualTo(Outcome.REFER);
        assertThat(result.summary()).isEqualTo("Same email address, different applicant");
    }

    @Test
    void anotherRecentApplicationOfTheOrganisationIsReferredAndAnOldOneIsInformation() {
        var recent = application("GRANT-3", Instant.now().minusSeconds(86_400), null, null);
        var old = application("GRANT-0", Instant.parse("2015-01-01T00:00:00Z"), null, null);
        var result = judge(findings -> FundingSignals.organisationApplications(ME.caseId(), ME.purpose(), List.of(recent, old),
                Map.of(), since(), SETTINGS, findings));
        assertThat(result.outcome()).isEqualTo(Outcome.REFER);
        assertThat(result.evidence()).extracting(CheckResult.Evidence::label)
                .containsExactly("Same organisation, another application", "Same organisation, earlier application");
    }

    @Test
    void ourOwnRecentAwardForTheSamePurposeFails() {
        var awarded = application("GRANT-4", Instant.now().minusSeconds(86_400 * 60), Decision.AWARDED, Instant.now().minusSeconds(86_400 * 30));
        var result = judge(findings -> FundingSignals.organisationApplications(ME.caseId(), "Village hall roof: new roof for the hall",
                List.of(awarded), Map.of(awarded.caseId(), "New roof for the village hall"), since(), SETTINGS, findings));
        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.evidence().getFirst().value()).contains("GRANT-4", "purpose similarity 1.00", "hall, roof, village");
    }

    @Test
    void earlierGrantsAreWeighedByPurposeSimilarity() {
        var same = past("360G-same", "Village hall roof", "Replacing the leaking roof of the village hall");
        var similar = past("360G-similar", "Village hall kitchen", "A new kitchen and repairs to the roof of the hall");
        var other = past("360G-other", "Football coaching", "Summer coaching for young players");
        var result = judge(findings -> FundingSignals.pastFunding("New roof for the village hall\nReplace the leaking roof of the village hall",
                List.of(other, similar, same), SETTINGS, findings));
        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.evidence()).extracting(CheckResult.Evidence::label).containsExactly(
                "Already funded for the same purpose", "Funded before for a similar purpose", "Funded before for another purpose");
    }

    @Test
    void fewSharedWordsNeverCountHoweverHighTheScore() {
        assertThat(FundingSignals.purposeWeight(PurposeSimilarity.of("Roof", "Roof"), SETTINGS)).isEqualTo(Findings.Weight.INFORMATION);
    }

    @Test
    void casesOfOtherAccountsLinkedToTheSamePersonAreReferredButTheApplicantsOwnAreNot() {
        var person = UUID.randomUUID();
        var own = new LinkedApplication(UUID.randomUUID(), "GRANT-5", "community-spaces-grant", ACCOUNT, person, Instant.now());
        var self = new LinkedApplication(ME.caseId(), ME.reference(), ME.serviceId(), ACCOUNT, person, Instant.now());
        var result = judge(findings -> FundingSignals.linkedPersons(ME.caseId(), ACCOUNT, List.of(own, self), findings));
        assertThat(result.outcome()).isEqualTo(Outcome.PASS);
        var otherAccount = new LinkedApplication(UUID.randomUUID(), "CARE-7", "disability-support", UUID.randomUUID(), person, Instant.now());
        result = judge(findings -> FundingSignals.linkedPersons(ME.caseId(), ACCOUNT, List.of(own, otherAccount), findings));
        assertThat(result.outcome()).isEqualTo(Outcome.REFER);
        assertThat(result.evidence().getFirst().value()).contains("CARE-7", person.toString());
    }

    @Test
    void nothingFoundPassesSayingWhatWasSearched() {
        var result = judge(findings -> findings.searched("360Giving grants", "0 grant(s)"));
        assertThat(result.outcome()).isEqualTo(Outcome.PASS);
        assertThat(result.evidence()).extracting(CheckResult.Evidence::label).containsExactly("Searched: 360Giving grants");
    }

    private static CheckResult judge(java.util.function.Consumer<Findings> signal) {
        var findings = new Findings();
        signal.accept(findings);
        return findings.result("duplicate-funding", "test", Instant.now());
    }

    private static CheckedCase other(String reference, String key, UUID account) {
        return new CheckedCase(UUID.randomUUID(), reference, "community-spaces-grant", key, account, null);
    }

    private static OrganisationApplication application(String reference, Instant submitted, Decision decision, Instant decided) {
        return new OrganisationApplication(UUID.randomUUID(), reference, "community-spaces", "Community Spaces Fund", "assessment",
                new BigDecimal("10000"), decision, decision == Decision.AWARDED ? new BigDecimal("9000") : null, submitted, decided);
    }

    private static PastFunding past(String id, String title, String description) {
        return new PastFunding(id, "Another Trust", title, description, "GBP", new BigDecimal("5000"), LocalDate.now().minusYears(1), "file.json");
    }

    private static Instant since() {
        return LocalDate.now().minusYears(3).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    }
}
