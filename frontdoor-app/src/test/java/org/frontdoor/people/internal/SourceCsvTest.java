package org.frontdoor.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.frontdoor.linkage.record.PersonField;
import org.junit.jupiter.api.Test;

class SourceCsvTest {

    @Test
    void recognisesPersonColumnsAndTheUpdateTime() {
        var parsed = SourceCsv.parse("""
                ID,First Name,Last Name,DOB,Post Code,NINO,updated_at
                7,Ann,Lee,1970-01-02,LS1 1AA,QQ123456C,2025-04-06
                """);

        assertThat(parsed.badRows()).isEmpty();
        var row = parsed.rows().getFirst();
        assertThat(row.sourceRecordId()).isEqualTo("7");
        assertThat(row.line()).isEqualTo(2);
        assertThat(row.fields()).containsEntry(PersonField.GIVEN_NAME, "Ann").containsEntry(PersonField.SURNAME, "Lee")
                .containsEntry(PersonField.POSTCODE, "LS1 1AA").containsEntry(PersonField.IDENTIFIER, "QQ123456C");
        assertThat(row.recordedAt()).isEqualTo(Instant.parse("2025-04-06T00:00:00Z"));
    }

    @Test
    void reportsEachBadRowWithItsLineAndKeepsTheGoodOnes() {
        var parsed = SourceCsv.parse("""
                id,given_name,surname,date_of_birth,updated_at
                1,Ann,Lee,1970-01-02,
                2,"Bo,Lee,1970-01-02,
                """ + "3,Cy,Lee,1970-01-02,\n4,,,1970-01-02,\n5,Di,Lee,02/01/1970,\n6,Ed,Lee,,yesterday\n1,Ann,Lee,1970-01-02,\n");

        assertThat(parsed.rows()).extracting(SourceCsv.Row::sourceRecordId).contains("1");
        assertThat(parsed.badRows()).extracting(ImportReport.BadRow::line).contains(5L, 6L, 7L, 8L);
        assertThat(parsed.badRows()).extracting(ImportReport.BadRow::problem)
                .anyMatch(p -> p.contains("given name or a surname"))
                .anyMatch(p -> p.contains("not a date like"))
                .anyMatch(p -> p.contains("updated_at is not a date"))
                .anyMatch(p -> p.contains("appears earlier"));
    }

    @Test
    void aFileWithoutAnIdColumnIsOneBadRow() {
        var parsed = SourceCsv.parse("name,surname\nAnn,Lee\n");

        assertThat(parsed.rows()).isEmpty();
        assertThat(parsed.badRows()).singleElement().satisfies(b -> assertThat(b.problem()).contains("'id' column"));
    }
}
