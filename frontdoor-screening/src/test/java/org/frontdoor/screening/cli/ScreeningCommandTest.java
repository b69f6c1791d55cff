package org.frontdoor.screening.cli;

import org.frontdoor.screening.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ScreeningCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return ScreeningCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String lastLine() {
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        return lines.get(lines.size() - 1);
    }

    @Test
    void scorePairsWritesEveryInputColumnPlusScoreAndMatch(@TempDir Path dir) throws IOException {
        Path input = dir.resolve("pairs.csv");
        Files.writeString(input, "id,name1,name2,schema\n1,Vladimir Putin,Владимир Путин,Person\n2,John Smith,Jane Smith,Person\n");
        Path output = dir.resolve("scored.csv");

        int status = run("score-pairs", "--input", input.toString(), "--output", output.toString());

        assertThat(status).isZero();
        List<String> lines = Files.readAllLines(output);
        assertThat(lines.get(0)).isEqualTo("id,name1,name2,schema,score,match");
        assertThat(lines.get(1)).startsWith("1,Vladimir Putin,Владимир Путин,Person,").endsWith(",true");
        assertThat(lines.get(2)).endsWith(",false");
        assertThat(lastLine()).contains("command=score-pairs", "pairs=2", "matches=1");
    }

    @Test
    void screenWritesOneRowPerHitAboveTheThreshold(@TempDir Path dir) throws IOException {
        Path input = dir.resolve("names.csv");
        Files.writeString(input, "name,schema,birth_date,country\nBanco Nacional de Cuba,Company,,\nNobody Atall,Person,1980-01-01,GB\n");
        Path output = dir.resolve("hits.csv");

        int status = run("screen", "--lists", Fixtures.path("ofac_sdn").toString(), Fixtures.eu().toString(),
                "--input", input.toString(), "--output", output.toString());

        assertThat(status).isZero();
        List<String> lines = Files.readAllLines(output);
        assertThat(lines.get(0)).isEqualTo("name,list,entry_id,matched_name,score");
        assertThat(lines).anyMatch(l -> l.startsWith("Banco Nacional de Cuba,us_ofac_sdn,306,BANCO NACIONAL DE CUBA,"));
        assertThat(lines).noneMatch(l -> l.startsWith("Nobody Atall"));
        assertThat(lastLine()).startsWith("command=screen queries=2 ").contains("screenings_per_s=", "p99_us=");
    }

    @Test
    void scorePairsReportsF1OnHandLabelledRealWorldPairs(@TempDir Path dir) throws Exception {
        Path input = Path.of(ScreeningCommandTest.class.getResource("/pairs/hand_labelled_pairs.csv").toURI());

        int status = run("score-pairs", "--input", input.toString(), "--output", dir.resolve("scored.csv").toString());

        assertThat(status).isZero();
        String f1 = lastLine().replaceAll(".* f1=([0-9.]+).*", "$1");
        assertThat(Double.parseDouble(f1)).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void rejectsBadArgumentsWithUsageAndNonZeroStatus() {
        assertThat(run()).isEqualTo(2);
        assertThat(run("screen", "--input", "x.csv")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("missing --lists", "usage:");
        assertThat(run("frobnicate")).isEqualTo(2);
    }

    @Test
    void diffReportsAddedChangedAndRemovedCounts() {
        int status = run("diff", "--old", Fixtures.ofac2021().toString(), "--new", Fixtures.ofac2024().toString());

        assertThat(status).isZero();
        assertThat(lastLine()).startsWith("command=diff list=us_ofac_sdn old_entries=400 new_entries=400 added=");
    }
}
