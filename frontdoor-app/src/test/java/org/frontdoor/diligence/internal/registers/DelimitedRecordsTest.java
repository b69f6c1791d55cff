package org.frontdoor.diligence.internal.registers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DelimitedRecordsTest {

    @Test
    void givesEachRecordWithTheByteOffsetItStartsAt() throws IOException {
        String text = "\uFEFFa,b\r\n\"x, \"\"y\"\"\",\"line\nbreak\"\r\nÅngström,z\n";
        var rows = rows(text, ',', true, DelimitedRecords.WHOLE_FILE);
        assertThat(rows).extracting(DelimitedRecords.Row::fields).containsExactly(List.of("a", "b"), List.of("x, \"y\"", "line\nbreak"),
                List.of("Ångström", "z"));
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        // The offset of the third record points at its first byte, past a multi-byte character's start.
        assertThat(new String(bytes, (int) rows.get(2).offset(), 10, StandardCharsets.UTF_8)).isEqualTo("Ångström");
        assertThat(rows.get(2).line()).isEqualTo(4);
    }

    @Test
    void readsTabSeparatedTextWithQuotesAsOrdinaryCharacters() throws IOException {
        var rows = rows("n\tactivities\r\n1\tRuns the \"Burn\" centre\r\n", '\t', false, DelimitedRecords.ONE_RECORD);
        assertThat(rows.get(1).fields()).containsExactly("1", "Runs the \"Burn\" centre");
    }

    @Test
    void reportsAQuoteNeverClosed() throws IOException {
        var rows = rows("a,\"b\nc", ',', true, 4);
        assertThat(rows.getFirst().problem()).isEqualTo("a quoted field is not closed before the end of the file");
    }

    private static List<DelimitedRecords.Row> rows(String text, char separator, boolean quoted, int buffer) throws IOException {
        var rows = new ArrayList<DelimitedRecords.Row>();
        try (var records = new DelimitedRecords(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), 0, separator, quoted,
                buffer)) {
            for (var row = records.next(); row != null; row = records.next()) {
                rows.add(row);
            }
        }
        return rows;
    }
}
