package org.frontdoor.linkage.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.frontdoor.linkage.config.LinkageSettings;
import org.frontdoor.linkage.record.PersonField;
import org.frontdoor.linkage.record.PersonRecord;
import org.junit.jupiter.api.Test;

class ColumnMappingTest {

    private static ColumnMapping recognise(List<String> header, String id) {
        return ColumnMapping.recognise(header, id, Map.of(), Set.of(), LinkageSettings.DEFAULT_NULL_MARKERS);
    }

    @Test
    void recognisesSynonymsCaseInsensitively() {
        ColumnMapping mapping = recognise(List.of("Person ID", "Forename", "FAMILY_NAME", "Birth Date", "Town",
                "ZIP", "E-mail", "Mobile", "NINO", "Sex"), "person id");
        PersonRecord r = mapping.toRecord(new String[] {"7", "Ann", "Lee", "1990-01-02", "York", "YO1",
                "a@b.c", "07700 900123", "QQ123456C", "F"}, "x");
        assertThat(r.id()).isEqualTo("7");
        assertThat(r.values()).containsEntry(PersonField.GIVEN_NAME, "Ann").containsEntry(PersonField.SURNAME, "Lee")
                .containsEntry(PersonField.DATE_OF_BIRTH, "1990-01-02").containsEntry(PersonField.LOCALITY, "York")
                .containsEntry(PersonField.POSTCODE, "YO1").containsEntry(PersonField.EMAIL, "a@b.c")
                .containsEntry(PersonField.PHONE, "07700 900123").containsEntry(PersonField.IDENTIFIER, "QQ123456C")
                .containsEntry(PersonField.GENDER, "F");
    }

    @Test
    void ignoresColumnsItDoesNotRecogniseSuchAsTruthLabels() {
        ColumnMapping mapping = recognise(List.of("unique_id", "first_name", "surname", "cluster"), "unique_id");
        PersonRecord r = mapping.toRecord(new String[] {"1", "Rob", "Allen", "17"}, "x");
        assertThat(r.values()).containsOnlyKeys(PersonField.GIVEN_NAME, PersonField.SURNAME);
        assertThat(mapping.describe()).doesNotContain("cluster");
    }

    @Test
    void joinsAddressLinesAndTreatsNullMarkersAsMissing() {
        ColumnMapping mapping = recognise(List.of("rec_id", "street_number", "address_1", "address_2", "suburb"),
                "rec_id");
        PersonRecord r = mapping.toRecord(new String[] {"1", "6", "tullaroop street", "NA", "-0-"}, "x");
        assertThat(r.get(PersonField.ADDRESS)).isEqualTo("6 tullaroop street");
        assertThat(r.get(PersonField.LOCALITY)).isNull();
    }

    @Test
    void composesDateOfBirthFromSeparateColumns() {
        ColumnMapping mapping = recognise(List.of("id", "surname", "year_of_birth", "month_of_birth",
                "day_of_birth"), "id");
        assertThat(mapping.toRecord(new String[] {"1", "Lee", "1980", "3", "7"}, "x").get(PersonField.DATE_OF_BIRTH))
                .isEqualTo("1980-03-07");
    }

    @Test
    void splitsAFullNameColumn() {
        ColumnMapping mapping = recognise(List.of("id", "Name"), "id");
        assertThat(mapping.toRecord(new String[] {"1", "Mary Ann Jones"}, "x").values())
                .containsEntry(PersonField.GIVEN_NAME, "Mary Ann").containsEntry(PersonField.SURNAME, "Jones");
        assertThat(mapping.toRecord(new String[] {"2", "Jones, Mary"}, "x").values())
                .containsEntry(PersonField.GIVEN_NAME, "Mary").containsEntry(PersonField.SURNAME, "Jones");
    }

    @Test
    void recognisesKnownWordsInsideLongerHeadersWithoutStealingExactMatches() {
        ColumnMapping mapping = recognise(List.of("voter_id", "mother_last_name", "last_name", "first_name",
                "res_street_address", "res_city_desc", "zip_code", "gender_code"), "voter_id");
        PersonRecord r = mapping.toRecord(new String[] {"9", "Ortiz", "Diaz", "Ana", "1 Main St", "Raleigh",
                "27601", "F"}, "x");
        assertThat(r.values()).containsEntry(PersonField.SURNAME, "Diaz")
                .containsEntry(PersonField.ADDRESS, "1 Main St").containsEntry(PersonField.LOCALITY, "Raleigh")
                .containsEntry(PersonField.POSTCODE, "27601").containsEntry(PersonField.GENDER, "F");
        assertThat(recognise(List.of("id", "surname", "ethnicity"), "id").describe()).doesNotContain("ethnicity");
    }

    @Test
    void explicitColumnsOverrideRecognition() {
        ColumnMapping mapping = ColumnMapping.recognise(List.of("id", "x1", "first_name"), "id",
                Map.of(PersonField.GIVEN_NAME, List.of("x1")), Set.of(), Set.of(""));
        assertThat(mapping.toRecord(new String[] {"1", "Zed", "Ann"}, "x").get(PersonField.GIVEN_NAME))
                .isEqualTo("Zed");
    }

    @Test
    void rejectsMissingIdColumnClearly() {
        assertThatThrownBy(() -> recognise(List.of("a", "surname"), "rec_id"))
                .hasMessageContaining("id column 'rec_id' not found");
    }
}
