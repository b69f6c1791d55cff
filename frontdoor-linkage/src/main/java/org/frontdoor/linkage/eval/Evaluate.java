package org.frontdoor.linkage.eval;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.frontdoor.linkage.cli.LinkageCommand;
import org.frontdoor.linkage.io.CsvReader;
import org.frontdoor.linkage.io.CsvWriter;

/**
 * {@code evaluate --data <folder> [--config link.yaml]}: deduplicates each known benchmark data set with the
 * truth hidden from the engine and prints pairwise precision, recall and F1. Hiding means: rows are shuffled,
 * ids are replaced by opaque row numbers and truth columns (the original ids, cluster labels) are removed before
 * the engine sees the file; the engine runs through the same command line as a user would.
 */
public final class Evaluate {

    /** A data set and where its truth is. */
    public record Dataset(String name, Path file, String truthColumn, boolean febrlIds) {
    }

    /** Result for one data set. */
    public record Outcome(Dataset dataset, int records, PairwiseScore score, String engineSummary) {
    }

    private static final String HIDDEN_ID = "row_ref";
    private static final Set<String> TRUTH_COLUMNS = Set.of("rec_id", "unique_id", "cluster");

    private Evaluate() {
    }

    /** The data sets found under a folder laid out like the shared data (febrl/, splink/). */
    public static List<Dataset> datasetsIn(Path folder) {
        List<Dataset> sets = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            Path file = folder.resolve("febrl/dataset" + i + ".csv");
            if (Files.isRegularFile(file)) {
                sets.add(new Dataset("febrl" + i, file, "rec_id", true));
            }
        }
        Path fake = folder.resolve("splink/fake_1000.csv");
        if (Files.isRegularFile(fake)) {
            sets.add(new Dataset("fake_1000", fake, "cluster", false));
        }
        Path demos = folder.resolve("splink/fake_1000_from_splink_demos.csv");
        if (Files.isRegularFile(demos)) {
            sets.add(new Dataset("fake_1000_demos", demos, "cluster", false));
        }
        return sets;
    }

    /** Runs the command; returns the summary line. */
    public static String run(List<String> args, PrintStream out, PrintStream err) throws IOException {
        if (args.size() < 2 || !args.get(0).equals("--data")) {
            throw new IllegalArgumentException("usage: evaluate --data <folder> [--config link.yaml]");
        }
        List<String> extra = args.subList(2, args.size());
        List<Dataset> sets = datasetsIn(Path.of(args.get(1)));
        if (sets.isEmpty()) {
            throw new IllegalArgumentException("no known data sets under " + args.get(1));
        }
        StringBuilder summary = new StringBuilder();
        for (Dataset set : sets) {
            Outcome outcome = evaluate(set, extra, err);
            PairwiseScore s = outcome.score();
            out.printf(Locale.ROOT, "%-16s records=%d true_pairs=%d predicted_pairs=%d precision=%.4f recall=%.4f "
                    + "f1=%.4f%n", set.name(), outcome.records(), s.actual(), s.predicted(), s.precision(),
                    s.recall(), s.f1());
            summary.append(String.format(Locale.ROOT, "%s_f1=%.4f ", set.name(), s.f1()));
        }
        return summary.toString().trim();
    }

    /** Deduplicates one data set with its truth hidden and scores the clusters. */
    public static Outcome evaluate(Dataset set, List<String> extraArgs, PrintStream err) throws IOException {
        List<String> header = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        CsvReader.Summary read = new CsvReader(null, null, err).read(set.file(), (line, fields) -> rows.add(fields));
        header.addAll(read.header());
        int truth = indexOfIgnoringCase(header, set.truthColumn());
        List<Integer> kept = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            if (!TRUTH_COLUMNS.contains(header.get(c).trim().toLowerCase(Locale.ROOT))) {
                kept.add(c);
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(20261122L));
        Path dir = Files.createTempDirectory("frontdoor-eval");
        Path hidden = dir.resolve(set.name() + ".csv");
        Path clusters = dir.resolve(set.name() + "-clusters.csv");
        Map<String, String> truthByRef = new HashMap<>();
        try (CsvWriter writer = new CsvWriter(hidden)) {
            List<String> outHeader = new ArrayList<>();
            outHeader.add(HIDDEN_ID);
            kept.forEach(c -> outHeader.add(header.get(c)));
            writer.row(outHeader.toArray(String[]::new));
            for (int position = 0; position < order.size(); position++) {
                String[] row = rows.get(order.get(position));
                String ref = "r" + position;
                truthByRef.put(ref, entityOf(row[truth], set.febrlIds()));
                List<String> values = new ArrayList<>();
                values.add(ref);
                kept.forEach(c -> values.add(row[c]));
                writer.row(values.toArray(String[]::new));
            }
        }
        List<String> argv = new ArrayList<>(List.of("dedupe", "--input", hidden.toString(), "--id", HIDDEN_ID,
                "--output", clusters.toString()));
        argv.addAll(extraArgs);
        ByteArrayOutputStream engineOut = new ByteArrayOutputStream();
        int code = LinkageCommand.run(argv.toArray(String[]::new), new PrintStream(engineOut, true,
                StandardCharsets.UTF_8), err);
        if (code != 0) {
            throw new IllegalStateException("dedupe failed on " + set.name() + " with exit code " + code);
        }
        List<String> predicted = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        new CsvReader(StandardCharsets.UTF_8, ',', err).read(clusters, (line, fields) -> {
            predicted.add(fields[1]);
            actual.add(truthByRef.get(fields[0]));
        });
        Files.deleteIfExists(hidden);
        Files.deleteIfExists(clusters);
        Files.deleteIfExists(dir);
        String engineSummary = engineOut.toString(StandardCharsets.UTF_8).trim();
        return new Outcome(set, rows.size(), PairwiseScore.of(predicted, actual), engineSummary);
    }

    /** FEBRL ids rec-N-org and rec-N-dup-k share the entity N. */
    static String entityOf(String truth, boolean febrlIds) {
        if (!febrlIds) {
            return truth;
        }
        String[] parts = truth.split("-");
        return parts.length >= 2 ? parts[1] : truth;
    }

    private static int indexOfIgnoringCase(List<String> header, String name) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).trim().equalsIgnoreCase(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("truth column " + name + " missing");
    }
}
