package org.frontdoor.screening.lists;

import org.frontdoor.screening.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class XmlListReadersTest {

    @Test
    void readsUnIndividualsAndEntitiesWithOriginalScriptAliasesAndBirthDates() {
        SanctionsList list = UnConsolidatedReader.read(Fixtures.un2026());

        assertThat(list.problems()).isEmpty();
        assertThat(list.entries()).hasSize(180);
        assertThat(list.entries()).filteredOn(e -> e.type() == EntryType.ENTITY).hasSize(30);
        assertThat(list.entries()).anySatisfy(e -> {
            assertThat(e.variants()).anyMatch(n -> n.chars().anyMatch(c -> c >= 0x0600 && c <= 0x06FF));
            assertThat(e.birthDates()).isNotEmpty();
        });
    }

    @Test
    void reportsMalformedUnXmlAndKeepsTheRecordsBeforeIt(@TempDir Path dir) throws IOException {
        String xml = Files.readString(Fixtures.un2026());
        int cut = xml.indexOf("</INDIVIDUAL>", xml.indexOf("</INDIVIDUAL>") + 1) + "</INDIVIDUAL>".length();
        Path broken = dir.resolve("un.xml");
        Files.writeString(broken, xml.substring(0, cut) + "\n<INDIVIDUAL><DATAID>1</DAT");

        SanctionsList list = UnConsolidatedReader.read(broken);

        assertThat(list.entries()).hasSize(2);
        assertThat(list.problems()).singleElement().satisfies(p -> assertThat(p.reason()).contains("malformed XML"));
    }

    @Test
    void readsEuEntitiesAndReportsTheOneWithoutAName() {
        SanctionsList list = EuFinancialSanctionsReader.read(Fixtures.eu());

        assertThat(list.entries()).hasSize(4);
        ListEntry saddam = OfacSdnReaderTest.entry(list, "13");
        assertThat(saddam.type()).isEqualTo(EntryType.PERSON);
        assertThat(saddam.primaryName()).isEqualTo("Saddam Hussein Al-Tikriti");
        assertThat(saddam.aliases()).contains("Abu Ali", "Abou Ali");
        assertThat(saddam.birthDates()).contains("1937-04-28");
        assertThat(saddam.nationalities()).contains("IRAQ");
        assertThat(list.problems()).singleElement().satisfies(p -> assertThat(p.reason()).contains("999999"));
    }

    @Test
    void detectsEachFormatFromContentAndSkipsCompanionFiles() {
        assertThat(ListFormat.detect(Fixtures.ofac2024())).contains(ListFormat.OFAC_SDN);
        assertThat(ListFormat.detect(Fixtures.ofsi2025())).contains(ListFormat.UK_OFSI);
        assertThat(ListFormat.detect(Fixtures.hmt2016())).contains(ListFormat.UK_OFSI);
        assertThat(ListFormat.detect(Fixtures.un2026())).contains(ListFormat.UN_CONSOLIDATED);
        assertThat(ListFormat.detect(Fixtures.eu())).contains(ListFormat.EU_FSF);
        assertThat(ListFormat.detect(Fixtures.path("ofac_sdn_2019_with_aliases/alt.csv"))).isEmpty();
        assertThat(ListFormat.detect(Fixtures.path("ofac_sdn_2019_with_aliases/add.csv"))).isEmpty();
        assertThat(ListFormat.detect(Fixtures.path("string_similarity_vectors/jaro_winkler.csv"))).isEmpty();
    }

    @Test
    void loadsEveryListInAFolder() {
        var lists = ListFiles.load(java.util.List.of(Fixtures.path("")));

        assertThat(lists).extracting(SanctionsList::name)
                .contains("us_ofac_sdn", "gb_hmt_ofsi", "un_sc_consolidated", "eu_fsf");
    }
}
