package org.frontdoor.diligence.internal.funding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PurposeSimilarityTest {

    @Test
    void theSamePurposeInOtherWordFormsScoresHigh() {
        var likeness = PurposeSimilarity.of("New roof for the village hall\nReplace the leaking roof of the village hall",
                "Village hall roof replacement: replacing the leaking roofs");
        assertThat(likeness.shared()).containsExactly("hall", "leaking", "replace", "roof", "village");
        assertThat(likeness.score()).isGreaterThan(0.8);
    }

    @Test
    void differentPurposesShareNothing() {
        var likeness = PurposeSimilarity.of("New roof for the village hall", "Summer football coaching for young people");
        assertThat(likeness.score()).isZero();
        assertThat(likeness.shared()).isEmpty();
    }

    @Test
    void wordsEveryGrantUsesDoNotMakePurposesAlike() {
        var likeness = PurposeSimilarity.of("Community project grant to support local people", "Funding for a community project supporting people");
        assertThat(likeness.score()).isZero();
    }

    @Test
    void scoreIsTheCosineOfTheStemSets() {
        // {kitchen, hall, refit} against {kitchen, hall, heating, boiler}: 2 / sqrt(3 * 4).
        var likeness = PurposeSimilarity.of("kitchen hall refit", "kitchen hall heating boiler");
        assertThat(likeness.score()).isCloseTo(2 / Math.sqrt(12), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(likeness.rounded()).isEqualTo("0.58");
    }

    @Test
    void stemmerTakesOffPluralsAndVerbEndingsOnly() {
        assertThat(PurposeSimilarity.stem("libraries")).isEqualTo("library");
        assertThat(PurposeSimilarity.stem("repairing")).isEqualTo("repair");
        assertThat(PurposeSimilarity.stem("repaired")).isEqualTo("repair");
        assertThat(PurposeSimilarity.stem("fitting")).isEqualTo("fit");
        assertThat(PurposeSimilarity.stem("bus")).isEqualTo("bus");
        assertThat(PurposeSimilarity.stem("glass")).isEqualTo("glass");
        assertThat(PurposeSimilarity.stem("need")).isEqualTo("need");
        assertThat(PurposeSimilarity.stem("replacing")).isEqualTo(PurposeSimilarity.stem("replace"));
        assertThat(PurposeSimilarity.stem("centres")).isEqualTo(PurposeSimilarity.stem("centre"));
    }

    @Test
    void emptyOrHostileTextIsHandled() {
        assertThat(PurposeSimilarity.of(null, "roof").score()).isZero();
        assertThat(PurposeSimilarity.of("", "").score()).isZero();
        assertThat(PurposeSimilarity.of("'; drop table past_grants; --", "drop table").shared()).containsExactly("drop", "table");
        String huge = "roof ".repeat(2_000_000);
        assertThat(PurposeSimilarity.of(huge, "roof repairs hall").shared()).containsExactly("roof");
        assertThat(PurposeSimilarity.of("\uD83D\uDE00 Ｒｏｏｆ café \u0000", "roof cafe").score()).isEqualTo(1.0);
    }
}
