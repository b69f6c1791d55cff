package org.frontdoor.diligence.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.frontdoor.diligence.CheckResult.Outcome;
import org.frontdoor.diligence.CheckSubject;
import org.junit.jupiter.api.Test;

/** The sanctions check on the tests' small OFAC extract, without Spring. */
class SanctionsCheckTest {

    private static final DiligenceSettings SETTINGS = settings("src/test/resources/diligence/lists");

    static DiligenceSettings settings(String lists) {
        return new DiligenceSettings(Map.of(), Map.of(), new DiligenceSettings.Sanctions(List.of(lists), 0.1, Duration.ZERO),
                null, Map.of(), 0);
    }

    /** A check whose lists are loaded (or failed to load) already. */
    private static SanctionsCheck loaded(DiligenceSettings settings) {
        var lists = new SanctionsLists(settings);
        lists.loadIfChanged();
        return new SanctionsCheck(settings, lists);
    }

    private static CheckSubject applicant(String name) {
        return new CheckSubject(UUID.randomUUID(), "T-1", "grant", name == null ? Map.of() : Map.of("name", name),
                Map.of("applicant-name", "name"));
    }

    @Test
    void refersWithoutWaitingWhileTheListsAreNotLoaded() {
        var result = new SanctionsCheck(SETTINGS, new SanctionsLists(SETTINGS)).check(applicant("Eusebio Arzallus Tapia"));
        assertThat(result.outcome()).isEqualTo(Outcome.REFER);
        assertThat(result.summary()).startsWith("Sanctions lists not loaded yet");
    }

    @Test
    void aListedNameFailsWithTheEntryAndTheExplanation() {
        var check = loaded(SETTINGS);
        var result = check.check(applicant("ARZALLUS TAPIA, Eusebio"));
        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.evidence()).anySatisfy(e -> assertThat(e.value()).contains("entry 7182"));
        assertThat(result.evidence()).anySatisfy(e -> assertThat(e.value()).contains("arzallus~arzallus"));
    }

    @Test
    void aNameJustBelowTheThresholdIsReferredToAPerson() {
        var check = loaded(SETTINGS);
        // An initial and one surname of "ARZALLUS TAPIA, Eusebio" score about 0.66: below the
        // engine's 0.75, within the 0.1 refer margin.
        var result = check.check(applicant("E Arzallus"));
        assertThat(result.outcome()).isEqualTo(Outcome.REFER);
        assertThat(result.evidence()).anySatisfy(e -> {
            assertThat(e.label()).isEqualTo("Near hit");
            assertThat(e.value()).contains("entry 7182");
        });
    }

    @Test
    void anUnlistedNamePassesAndSaysWhatWasScreened() {
        var check = loaded(SETTINGS);
        var result = check.check(applicant("Margaret Example"));
        assertThat(result.outcome()).isEqualTo(Outcome.PASS);
        assertThat(result.evidence()).anySatisfy(e -> assertThat(e.value()).isEqualTo("Margaret Example (person)"));
    }

    @Test
    void aMissingNameIsReferredNamingTheQuestion() {
        var check = loaded(SETTINGS);
        var result = check.check(applicant(null));
        assertThat(result.outcome()).isEqualTo(Outcome.REFER);
        assertThat(result.summary()).contains("question name");
    }

    @Test
    void missingListsAreReportedNotThrown() {
        var check = loaded(settings("no/such/folder"));
        var result = check.check(applicant("Anyone"));
        assertThat(result.outcome()).isEqualTo(Outcome.REFER);
        assertThat(result.summary()).contains("could not be loaded");
    }
}
