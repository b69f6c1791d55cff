package org.frontdoor.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.frontdoor.grants.ApplicantKind;
import org.frontdoor.grants.GrantProgramme;
import org.frontdoor.grants.GrantRound;
import org.junit.jupiter.api.Test;

/** The grant finder's filters and order, without Spring. */
class GrantFiltersTest {

    // Instants in UTC: 11:00Z on 31 March 2027 is midday in London (summer time).
    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

    private final GrantListing spaces = listing(programme("spaces", "Community Spaces Fund", "Department for Communities",
            "Improve village halls", Set.of(ApplicantKind.CHARITY, ApplicantKind.COMPANY), "1000", "25000"),
            round("2026-10-01T08:00:00Z", "2027-03-31T11:00:00Z"));
    private final GrantListing arts = listing(programme("arts", "Arts Bursary", "Arts Council",
            "Help artists make new work", Set.of(ApplicantKind.INDIVIDUAL), "500", "5000"),
            round("2027-01-10T09:00:00Z", "2027-02-10T12:00:00Z"));
    private final GrantListing old = listing(programme("old", "Old Fund", "Department for Communities",
            "A fund that closed", Set.of(ApplicantKind.CHARITY), "100", "1000"),
            round("2025-01-01T09:00:00Z", "2025-02-01T12:00:00Z"));

    @Test
    void openProgrammesComeFirstThenUpcomingThenClosed() {
        assertThat(List.of(old, arts, spaces).stream().sorted(GrantListing.ORDER).map(l -> l.programme().id()))
                .containsExactly("spaces", "arts", "old");
        assertThat(spaces.when()).isEqualTo("Closes midday on 31 March 2027");
        assertThat(arts.when()).isEqualTo("Opens 9am on 10 January 2027");
    }

    @Test
    void whoCanApplyReadsAsASentence() {
        assertThat(spaces.whoCanApply()).isEqualTo("Companies and charities");
        assertThat(arts.whoCanApply()).isEqualTo("Individuals");
    }

    @Test
    void noFiltersShowEverything() {
        var none = new GrantFilters(null, null, null, false, null);
        assertThat(List.of(spaces, arts, old)).allMatch(none::matches);
        assertThat(none.any()).isFalse();
    }

    @Test
    void whoIsApplyingKeepsProgrammesThatTakeThatKind() {
        var individuals = new GrantFilters("individual", "", "", false, "");
        assertThat(individuals.matches(arts)).isTrue();
        assertThat(individuals.matches(spaces)).isFalse();
    }

    @Test
    void anAmountOutsideTheRangeHidesTheProgramme() {
        assertThat(new GrantFilters("charity", "", "£30,000", false, "").matches(spaces)).isFalse();
        assertThat(new GrantFilters("charity", "", "999", false, "").matches(spaces)).isFalse();
        assertThat(new GrantFilters("charity", "", "£25,000", false, "").matches(spaces)).isTrue();
    }

    @Test
    void anAmountThatIsNotANumberIsAProblemAndDoesNotFilter() {
        var filters = new GrantFilters("", "", "lots", false, "");
        assertThat(filters.problems()).extracting(p -> p.field()).containsExactly("amount");
        assertThat(filters.matches(spaces)).isTrue();
    }

    @Test
    void openNowOnlyHidesUpcomingAndClosedProgrammes() {
        var open = new GrantFilters("", "", "", true, "");
        assertThat(List.of(spaces, arts, old).stream().filter(open::matches).map(l -> l.programme().id())).containsExactly("spaces");
    }

    @Test
    void funderAndWordsMatchRegardlessOfCase() {
        assertThat(new GrantFilters("", "department for communities", "", false, "").matches(arts)).isFalse();
        assertThat(new GrantFilters("", "Department for Communities", "", false, "").matches(spaces)).isTrue();
        assertThat(new GrantFilters("", "", "", false, "VILLAGE halls").matches(spaces)).isTrue();
        assertThat(new GrantFilters("", "", "", false, "village artists").matches(spaces)).isFalse();
    }

    private static GrantListing listing(GrantProgramme programme, GrantRound round) {
        return GrantListing.of(programme, List.of(new GrantRound(round.id(), programme.id(), round.name(), round.opens(), round.closes())), NOW);
    }

    private static GrantProgramme programme(String id, String name, String funder, String purpose, Set<ApplicantKind> kinds,
                                            String min, String max) {
        return new GrantProgramme(id, 1, name, "GB-GOR-X", funder, purpose, new BigDecimal("100000"), kinds, id + "-form",
                "amount", new BigDecimal(min), new BigDecimal(max), "eligibility", List.of(), List.of(), 20, List.of(), List.of(), null);
    }

    private static GrantRound round(String opens, String closes) {
        return new GrantRound(UUID.randomUUID(), "", "Round 1", Instant.parse(opens), Instant.parse(closes));
    }
}
