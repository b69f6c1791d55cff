package org.frontdoor.linkage.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.frontdoor.linkage.cli.LinkageCommand;
import org.frontdoor.linkage.io.CsvReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine must work on files it has never seen. FEBRL 1 is rewritten the way another organisation might
 * export it: other headers, one full-name column in capitals, dd/mm/yyyy dates, semicolons, windows-1252,
 * "-0-" for missing identifiers and a truth column under another name, and must still link as well.
 */
class UnfamiliarLayoutTest {

    @Test
    void linksARewrittenFebrlFileWithoutConfiguration(@TempDir Path dir) throws Exception {
        Path source = Path.of(getClass().getResource("/linkage/febrl/dataset1.csv").toURI());
        List<String[]> rows = new ArrayList<>();
        new CsvReader(null, null, System.err).read(source, (line, fields) -> rows.add(fields));
        Map<String, String> truth = new HashMap<>();
        StringBuilder out = new StringBuilder("Person Ref;Full Name;Date Of Birth;House No;Street;Town/City;"
                + "ZIP Code;Region;National ID;match_group\r\n");
        for (int i = 0; i < rows.size(); i++) {
            String[] r = rows.get(i);
            String ref = "P" + (rows.size() - i);
            truth.put(ref, r[0].split("-")[1]);
            String dob = r[9].length() != 8 ? "NA"
                    : r[9].substring(6) + "/" + r[9].substring(4, 6) + "/" + r[9].substring(0, 4);
            out.append(String.join(";", ref, (r[1] + " " + r[2]).trim().toUpperCase(), dob, r[3], r[4], r[6], r[7],
                    r[8], r[10].isEmpty() ? "-0-" : r[10], truth.get(ref))).append("\r\n");
        }
        Path input = dir.resolve("export.csv");
        Files.write(input, out.toString().getBytes(Charset.forName("windows-1252")));
        Path output = dir.resolve("clusters.csv");
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        assertThat(LinkageCommand.run(new String[] {"dedupe", "--input", input.toString(), "--id", "PERSON REF",
                "--output", output.toString()}, quiet, quiet)).isZero();
        List<String> predicted = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        new CsvReader(null, null, System.err).read(output, (line, f) -> {
            predicted.add(f[1]);
            actual.add(truth.get(f[0]));
        });
        assertThat(predicted).hasSize(rows.size());
        assertThat(PairwiseScore.of(predicted, actual).f1()).isGreaterThanOrEqualTo(0.95);
    }
}
