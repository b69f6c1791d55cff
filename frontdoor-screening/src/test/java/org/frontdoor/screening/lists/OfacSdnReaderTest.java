package org.frontdoor.screening.lists;

import org.frontdoor.screening.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class OfacSdnReaderTest {

    @Test
    void readsEveryRecordOfTheLegacyCsvUpToTheEndOfFileMarker() {
        SanctionsList list = OfacSdnReader.read(Fixtures.ofac2024());

        assertThat(list.name()).isEqualTo("us_ofac_sdn");
        assertThat(list.entries()).hasSize(400);
        assertThat(list.problems()).isEmpty();
    }

    @Test
    void takesAliasesFromTheRemarksAndTreatsDashZeroDashAsEmpty() {
        ListEntry bank = entry(OfacSdnReader.read(Fixtures.ofac2024()), "306");

        assertThat(bank.primaryName()).isEqualTo("BANCO NACIONAL DE CUBA");
        assertThat(bank.type()).isEqualTo(EntryType.ENTITY);
        assertThat(bank.programmes()).containsExactly("CUBA");
        assertThat(bank.aliases()).contains("BNC");
        assertThat(bank.names()).noneMatch(n -> n.contains("-0-"));
    }

    @Test
    void readsPeopleWithDatesOfBirthAndNationalities() {
        SanctionsList list = OfacSdnReader.read(Fixtures.ofac2024());

        assertThat(list.entries()).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EntryType.PERSON);
            assertThat(e.birthDates()).isNotEmpty().allMatch(d -> d.matches("\\d{4}(-\\d{2}(-\\d{2})?)?"));
        });
        assertThat(list.entries()).anySatisfy(e -> assertThat(e.nationalities()).isNotEmpty());
        assertThat(list.entries()).anySatisfy(e -> assertThat(e.type()).isEqualTo(EntryType.VESSEL));
    }

    @Test
    void readsAliasesAndAddressesFromTheCompanionFiles() {
        ListEntry airline = entry(OfacSdnReader.read(Fixtures.ofac2019WithAliases()), "36");

        assertThat(airline.primaryName()).isEqualTo("AEROCARIBBEAN AIRLINES");
        assertThat(airline.aliases()).contains("AERO-CARIBBEAN");
        assertThat(airline.addresses()).contains("Havana, Cuba");
    }

    @Test
    void reportsAMalformedRecordWithItsLineAndLoadsTheRest(@TempDir Path dir) throws IOException {
        String good = "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n";
        String broken = "x99,\"BROKEN\",-0- \r\n";
        String alsoGood = "173,\"ANGLO-CARIBBEAN CO., LTD.\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n\u001a";
        Path file = dir.resolve("sdn.csv");
        Files.writeString(file, good + broken + alsoGood, StandardCharsets.ISO_8859_1);

        SanctionsList list = OfacSdnReader.read(file);

        assertThat(list.entries()).extracting(ListEntry::id).containsExactly("36", "173");
        assertThat(list.problems()).singleElement().satisfies(p -> assertThat(p.position()).isEqualTo("line 2"));
    }

    static ListEntry entry(SanctionsList list, String id) {
        return list.entries().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }
}
