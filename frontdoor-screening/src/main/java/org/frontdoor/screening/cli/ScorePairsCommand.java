package org.frontdoor.screening.cli;

import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.frontdoor.screening.evaluation.Metrics;
import org.frontdoor.screening.names.NameMatcher;
import org.frontdoor.screening.names.Schema;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code score-pairs}: scores name pairs from a CSV. When the input carries a label column
 * ({@code label}, {@code is_match}, {@code truth} or an input {@code match}) the summary adds
 * precision, recall and F1; an input {@code score} or {@code match} column is kept as
 * {@code input_score} / {@code input_match} so that the appended columns keep their names.
 */
final class ScorePairsCommand {

    private ScorePairsCommand() {
    }

    static void run(String[] args, PrintStream out) throws IOException {
        Arguments a = new Arguments(args, 1, Set.of("input", "output", "threshold"));
        Path input = Path.of(a.required("input"));
        Path output = Path.of(a.required("output"));
        double threshold = a.number("threshold", NameMatcher.DEFAULT_THRESHOLD);
        CsvFiles.Table table = CsvFiles.read(input);
        int name1 = table.requiredColumn("name1");
        int name2 = table.requiredColumn("name2");
        int schemaColumn = table.column("schema");
        int label = labelColumn(table);
        List<String> header = new ArrayList<>();
        for (String h : table.header()) {
            String lower = h.strip().toLowerCase(Locale.ROOT);
            header.add(lower.equals("score") || lower.equals("match") ? "input_" + lower : h);
        }
        header.add("score");
        header.add("match");
        NameMatcher matcher = new NameMatcher();
        Metrics metrics = new Metrics();
        long matches = 0;
        long start = System.nanoTime();
        try (CSVPrinter printer = CsvFiles.write(output, header)) {
            for (CSVRecord row : table.rows()) {
                Schema schema = Schema.parse(CsvFiles.Table.value(row, schemaColumn));
                double score = matcher.score(CsvFiles.Table.value(row, name1), CsvFiles.Table.value(row, name2), schema).score();
                boolean match = score >= threshold;
                matches += match ? 1 : 0;
                List<String> values = new ArrayList<>(row.toList());
                while (values.size() < table.header().size()) {
                    values.add("");
                }
                values.add(String.format(Locale.ROOT, "%.4f", score));
                values.add(Boolean.toString(match));
                printer.printRecord(values);
                if (label >= 0) {
                    Boolean truth = truth(CsvFiles.Table.value(row, label));
                    if (truth != null) {
                        metrics.add(match, truth);
                    }
                }
            }
        }
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;
        String summary = String.format(Locale.ROOT, "command=score-pairs pairs=%d matches=%d threshold=%.2f elapsed_ms=%d",
                table.rows().size(), matches, threshold, elapsedMs);
        if (label >= 0) {
            summary += " " + metrics.summary();
        }
        out.println(summary);
    }

    private static int labelColumn(CsvFiles.Table table) {
        for (String name : List.of("label", "is_match", "truth", "expected", "match")) {
            int i = table.column(name);
            if (i >= 0) {
                return i;
            }
        }
        return -1;
    }

    static Boolean truth(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "1", "true", "yes", "match", "y", "t", "1.0" -> true;
            case "0", "false", "no", "non-match", "nonmatch", "no-match", "n", "f", "0.0" -> false;
            default -> null;
        };
    }
}
