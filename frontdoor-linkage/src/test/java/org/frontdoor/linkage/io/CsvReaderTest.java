package org.frontdoor.linkage.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReaderTest {

    private final ByteArrayOutputStream problems = new ByteArrayOutputStream();
    private final List<String[]> rows = new ArrayList<>();
    private final List<Long> lines = new ArrayList<>();

    private CsvReader.Summary read(String text) {
        return new CsvReader(null, null, new PrintStream(problems, true, StandardCharsets.UTF_8))
                .read(text, "test.csv", (line, fields) -> {
                    rows.add(fields);
                    lines.add(line);
                });
    }

    @Test
    void readsQuotedFieldsWithSeparatorsQuotesAndLineBreaks() {
        read("id,name,note\r\n1,\"Smith, John\",\"said \"\"hi\"\"\nthen left\"\r\n2,Ann,\r\n");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsExactly("1", "Smith, John", "said \"hi\"\nthen left");
        assertThat(rows.get(1)).containsExactly("2", "Ann", "");
        assertThat(lines).containsExactly(2L, 4L);
    }

    @Test
    void skipsSpacesAfterSeparatorsAsFebrlWritesThem() {
        CsvReader.Summary summary = read("rec_id, given_name, surname\nrec-1-org, , waller\n");
        assertThat(summary.header()).containsExactly("rec_id", "given_name", "surname");
        assertThat(rows.get(0)).containsExactly("rec-1-org", "", "waller");
    }

    @Test
    void reportsBadRowsWithLineNumbersAndSkipsThem() {
        CsvReader.Summary summary = read("a,b\n1,2\n3\n4,\"unclosed\n");
        assertThat(rows).hasSize(1);
        assertThat(summary.badRows()).isEqualTo(2);
        assertThat(problems.toString(StandardCharsets.UTF_8))
                .contains("line 3: expected 2 fields but found 1")
                .contains("line 4: quote opened on line 4 is never closed");
    }

    @Test
    void aQuoteNeverClosedLosesOnlyItsOwnLine() {
        CsvReader.Summary summary = read("a,b\n1,\"unclosed\n2,x\n3,y\n");
        assertThat(summary.badRows()).isEqualTo(1);
        assertThat(problems.toString(StandardCharsets.UTF_8)).contains("line 2: quote opened on line 2 is never closed");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsExactly("2", "x");
        assertThat(rows.get(1)).containsExactly("3", "y");
        assertThat(lines).containsExactly(3L, 4L);
    }

    @Test
    void detectsSemicolonSeparatorAndIgnoresTrailingEndOfFileCharacter() {
        read("a;b\n1;2\n\u001A");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).containsExactly("1", "2");
    }

    @Test
    void fallsBackToWindows1252WhenBytesAreNotUtf8(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("latin.csv");
        Files.write(file, "name\nJos\u00e9\n".getBytes(Charset.forName("windows-1252")));
        new CsvReader(null, null, new PrintStream(problems, true, StandardCharsets.UTF_8))
                .read(file, (line, fields) -> rows.add(fields));
        assertThat(rows.get(0)).containsExactly("Jos\u00e9");
        assertThat(problems.toString(StandardCharsets.UTF_8)).contains("windows-1252");
    }

    @Test
    void honoursDeclaredEncodingAndByteOrderMark(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bom.csv");
        byte[] body = "name\nZo\u00eb\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Files.write(file, withBom);
        CsvReader.Summary summary = new CsvReader(StandardCharsets.UTF_8, null, System.err)
                .read(file, (line, fields) -> rows.add(fields));
        assertThat(summary.header()).containsExactly("name");
        assertThat(rows.get(0)).containsExactly("Zo\u00eb");
    }
}
