package org.frontdoor.linkage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkageCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return LinkageCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path people() throws IOException {
        Path input = dir.resolve("people.csv");
        Files.writeString(input, """
                id,first_name,surname,dob,city,cluster
                a1,Robert,Allen,1971-06-24,London,0
                a2,Rob,Allen,1971-06-24,London,0
                a3,Robert,Alen,1971-06-24,,0
                b1,Grace,Kim,1990-02-11,Leeds,1
                b2,Grace,Kim,1990-11-02,Leeds,1
                c1,Zed,Quill,1955-05-05,York,2
                broken,row
                """);
        return input;
    }

    @Test
    void dedupeWritesEveryRecordWithItsClusterAndASummaryLastLine() throws IOException {
        Path output = dir.resolve("clusters.csv");
        Path explain = dir.resolve("pairs.csv");
        Path model = dir.resolve("model.yaml");
        assertThat(run("dedupe", "--input", people().toString(), "--id", "id", "--output", output.toString(),
                "--explain", explain.toString(), "--save-model", model.toString())).isZero();
        assertThat(Files.readString(explain)).startsWith("left_id,right_id,match_probability,explanation");
        assertThat(Files.readString(model)).contains("frontdoor-linkage-model/1");
        List<String> lines = Files.readAllLines(output);
        assertThat(lines.get(0)).isEqualTo("record_id,cluster_id");
        assertThat(lines).hasSize(8).contains("broken,broken");
        String[] stdout = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertThat(stdout[stdout.length - 1]).startsWith("records=6 ").contains("pairs_compared=", "seconds=");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("line 8: expected 6 fields but found 2");
    }

    @Test
    void linkWritesPairsJudgedToBeTheSamePerson() throws IOException {
        Path left = dir.resolve("left.csv");
        Path right = dir.resolve("right.csv");
        Files.writeString(left, "ref,given_name,surname,date_of_birth\nL1,John,Smith,1980-01-01\n"
                + "L2,Mary,Jones,1975-03-03\nL3,Peter,Brown,1966-06-06\n");
        Files.writeString(right, "ref,forename,family_name,dob\nR1,Jon,Smith,1980-01-01\n"
                + "R2,Anne,Other,1999-09-09\nR3,Peter,Brown,1966-06-06\n");
        Path output = dir.resolve("links.csv");
        Path explain = dir.resolve("explain.csv");
        assertThat(run("link", "--left", left.toString(), "--right", right.toString(), "--id", "ref", "--output",
                output.toString(), "--explain", explain.toString())).isZero();
        List<String> lines = Files.readAllLines(output);
        assertThat(lines.get(0)).isEqualTo("left_id,right_id,match_probability");
        assertThat(lines).anyMatch(l -> l.startsWith("L3,R3,")).noneMatch(l -> l.contains("R2"));
        assertThat(Files.readString(explain)).contains("date_of_birth=exact");
    }

    @Test
    void acceptsClericalLabelsAndReportsUnknownIds() throws IOException {
        Path labels = dir.resolve("labels.csv");
        Files.writeString(labels, "left,right,is_match\na1,a3,1\nb1,b2,true\nzz,a1,1\n");
        Path output = dir.resolve("clusters.csv");
        assertThat(run("dedupe", "--input", people().toString(), "--id", "id", "--output", output.toString(),
                "--labels", labels.toString())).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("line 4: unknown record id; label skipped");
    }

    @Test
    void dedupesAFileWithOnlyAHeader() throws IOException {
        Path input = dir.resolve("empty.csv");
        Files.writeString(input, "id,first_name,surname\n");
        Path output = dir.resolve("clusters.csv");
        assertThat(run("dedupe", "--input", input.toString(), "--id", "id", "--output", output.toString())).isZero();
        assertThat(Files.readAllLines(output)).containsExactly("record_id,cluster_id");
    }

    @Test
    void badArgumentsPrintUsageAndExitNonZero() {
        assertThat(run("dedupe", "--input")).isEqualTo(2);
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage:");
    }

    @Test
    void missingInputFileIsAClearError() {
        assertThat(run("dedupe", "--input", dir.resolve("nope.csv").toString(), "--id", "id", "--output",
                dir.resolve("o.csv").toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("error:");
    }
}
