package org.frontdoor.screening.lists;

import org.frontdoor.screening.Fixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OfsiConListReaderTest {

    @Test
    void groupsOneRowPerNameVariantIntoOneEntryPerGroupId() {
        SanctionsList list = OfsiConListReader.read(Fixtures.ofsi2025());
        ListEntry mian = OfacSdnReaderTest.entry(list, "15672");

        assertThat(list.name()).isEqualTo("gb_hmt_ofsi");
        assertThat(list.problems()).isEmpty();
        assertThat(mian.type()).isEqualTo(EntryType.PERSON);
        assertThat(mian.primaryName()).isEqualTo("Mian Abdul HAQ");
        assertThat(mian.variants()).contains("Mian MITHOO", "Mian MITHU");
        assertThat(mian.nationalities()).contains("Pakistan");
        assertThat(mian.programmes()).contains("Global Human Rights");
    }

    @Test
    void keepsNamesInTheirOriginalScriptAsVariants() {
        SanctionsList list = OfsiConListReader.read(Fixtures.ofsi2025());

        assertThat(list.entries()).anySatisfy(e ->
                assertThat(e.variants()).anyMatch(n -> n.chars().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC)));
    }

    @Test
    void readsTheLegacy2016LayoutInWindows1252() {
        SanctionsList list = OfsiConListReader.read(Fixtures.hmt2016());

        assertThat(list.problems()).isEmpty();
        assertThat(list.entries()).isNotEmpty();
        assertThat(list.entries()).anySatisfy(e -> assertThat(e.type()).isEqualTo(EntryType.ENTITY));
        assertThat(list.entries()).allSatisfy(e -> assertThat(e.primaryName()).doesNotContain("\uFFFD"));
    }
}
