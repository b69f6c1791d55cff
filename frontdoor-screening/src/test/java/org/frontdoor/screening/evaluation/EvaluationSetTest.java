package org.frontdoor.screening.evaluation;

import org.frontdoor.screening.Fixtures;
import org.frontdoor.screening.lists.ListFiles;
import org.frontdoor.screening.names.NameMatcher;
import org.frontdoor.screening.names.Schema;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EvaluationSetTest {

    private final List<LabelledPair> pairs = EvaluationSet.fromLists(
            EvaluationSet.newestVersions(ListFiles.load(List.of(Fixtures.path("uk"), Fixtures.path("un")))), 2000, 1);

    @Test
    void buildsMatchesFromListedVariantsAndHardNonMatchesFromOtherEntries() {
        assertThat(pairs).filteredOn(LabelledPair::match).hasSizeGreaterThan(300);
        assertThat(pairs).filteredOn(p -> !p.match()).hasSizeGreaterThan(200);
        assertThat(pairs).anySatisfy(p -> assertThat(p.origin()).isEqualTo("gb_hmt_ofsi:variant"));
        assertThat(pairs).anySatisfy(p -> assertThat(p.origin()).isEqualTo("un_sc_consolidated:other-entry"));
    }

    @Test
    void reachesAnF1OfAtLeast090OnPersonNamesAtTheDefaultThreshold() {
        List<LabelledPair> people = pairs.stream().filter(p -> p.schema() == Schema.PERSON)
                .filter(p -> !p.origin().endsWith(EvaluationSet.OTHER_NAME)).toList();

        Metrics metrics = EvaluationSet.evaluate(people, new NameMatcher(), NameMatcher.DEFAULT_THRESHOLD);

        assertThat(metrics.precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(metrics.f1()).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void labelsListedNamesSharingNothingAsOtherNamesNotSpellings() {
        assertThat(pairs).filteredOn(p -> p.origin().endsWith(EvaluationSet.OTHER_NAME))
                .allSatisfy(p -> assertThat(p.match()).isTrue());
    }

    @Test
    void keepsPrecisionOnOrganisationNamesWhoseVariantsAreTranslations() {
        List<LabelledPair> organisations = pairs.stream().filter(p -> p.schema() != Schema.PERSON).toList();

        Metrics metrics = EvaluationSet.evaluate(organisations, new NameMatcher(), NameMatcher.DEFAULT_THRESHOLD);

        assertThat(metrics.precision()).isGreaterThanOrEqualTo(0.9);
    }
}
