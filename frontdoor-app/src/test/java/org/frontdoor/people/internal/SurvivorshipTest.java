package org.frontdoor.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.frontdoor.linkage.record.PersonField;
import org.junit.jupiter.api.Test;

class SurvivorshipTest {

    private static final Source TAX = new Source("tax", "Tax", Map.of(PersonField.SURNAME, 90, PersonField.ADDRESS, 20,
            PersonField.PHONE, 50));
    private static final Source HOUSING = new Source("housing", "Housing", Map.of(PersonField.SURNAME, 40,
            PersonField.ADDRESS, 90, PersonField.PHONE, 50));
    private static final Map<String, Source> SOURCES = Map.of("tax", TAX, "housing", HOUSING);

    private static SourceRecord record(String source, String id, Instant when, Map<PersonField, String> fields) {
        return new SourceRecord(UUID.randomUUID(), source, id, UUID.randomUUID(), fields, when, when, "AUTOMATIC", null,
                null, null, false);
    }

    @Test
    void eachFieldComesFromTheSourceTrustedMostForIt() {
        var tax = record("tax", "T1", Instant.parse("2020-01-01T00:00:00Z"),
                Map.of(PersonField.SURNAME, "Jones", PersonField.ADDRESS, "1 Old Road"));
        var housing = record("housing", "H1", Instant.parse("2019-01-01T00:00:00Z"),
                Map.of(PersonField.SURNAME, "Jonas", PersonField.ADDRESS, "9 New Street"));

        var golden = Survivorship.golden(List.of(tax, housing), SOURCES);

        assertThat(golden.get(PersonField.SURNAME).value()).isEqualTo("Jones");
        assertThat(golden.get(PersonField.SURNAME).sourceName()).isEqualTo("Tax");
        assertThat(golden.get(PersonField.ADDRESS).value()).isEqualTo("9 New Street");
        assertThat(golden.get(PersonField.ADDRESS).sourceRecordId()).isEqualTo("H1");
    }

    @Test
    void equallyTrustedSourcesGiveWayToTheMoreRecentRecord() {
        var older = record("tax", "T1", Instant.parse("2020-01-01T00:00:00Z"), Map.of(PersonField.PHONE, "0111"));
        var newer = record("housing", "H1", Instant.parse("2024-01-01T00:00:00Z"), Map.of(PersonField.PHONE, "0222"));

        assertThat(Survivorship.golden(List.of(older, newer), SOURCES).get(PersonField.PHONE).value()).isEqualTo("0222");
        assertThat(Survivorship.golden(List.of(newer, older), SOURCES).get(PersonField.PHONE).value()).isEqualTo("0222");
    }

    @Test
    void aFieldOnlyOneSourceHasIsTakenWhateverItsTrust() {
        var tax = record("tax", "T1", Instant.now(), Map.of(PersonField.EMAIL, "a@example.org"));

        var golden = Survivorship.golden(List.of(tax), SOURCES);

        assertThat(golden.get(PersonField.EMAIL).trust()).isZero();
        assertThat(golden.get(PersonField.EMAIL).value()).isEqualTo("a@example.org");
        assertThat(golden).doesNotContainKey(PersonField.SURNAME);
    }
}
