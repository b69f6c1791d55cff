package org.frontdoor.screening.evaluation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpellingRelationTest {

    @Test
    void treatsTransliterationsAcronymsAndSharedWordsAsSpellings() {
        assertThat(SpellingRelation.spellingsOfOneName("Bank Rossiya", "Банк Россия")).isTrue();
        assertThat(SpellingRelation.spellingsOfOneName("Evrazia", "Eurasia")).isTrue();
        assertThat(SpellingRelation.spellingsOfOneName("Molecular Electronics Research Institute", "MERI")).isTrue();
        assertThat(SpellingRelation.spellingsOfOneName("77th Light Infantry Division", "77 LID")).isTrue();
    }

    @Test
    void treatsFormerNamesAndForeignAcronymsSharingNothingAsOtherNames() {
        assertThat(SpellingRelation.spellingsOfOneName("2Rivers PTE LTD", "Coral Energy Group")).isFalse();
        assertThat(SpellingRelation.spellingsOfOneName("Bears Brigade", "Medvedi")).isFalse();
    }

    @Test
    void setsLegalFormsAsideForOrganisationsOnly() {
        // A former name held the same way shares only the legal form.
        assertThat(SpellingRelation.spellingsOfOneName("2Rivers Pte Ltd", "Coral Energy Pte Ltd", true)).isFalse();
        assertThat(SpellingRelation.spellingsOfOneName("2Rivers Pte Ltd", "Coral Energy Pte Ltd", false)).isTrue();
        assertThat(SpellingRelation.spellingsOfOneName("Velora Trading LLC", "Velora Trading", true)).isTrue();
    }

    @Test
    void keepsArabicScriptPairsAsSpellingsBecauseTheTestCannotJudgeThem() {
        assertThat(SpellingRelation.spellingsOfOneName("Armed Islamic Group", "الجماعة الاسلامية المسلحة")).isTrue();
    }
}
