package org.frontdoor.linkage.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.frontdoor.linkage.batch.Deduplication;
import org.frontdoor.linkage.batch.ScoredPairs;
import org.frontdoor.linkage.config.LinkageSettings;
import org.frontdoor.linkage.model.ModelDocument;
import org.frontdoor.linkage.io.CsvReader;
import org.frontdoor.linkage.io.CsvWriter;
import org.frontdoor.linkage.io.PersonFile;
import org.frontdoor.linkage.record.PersonRecord;
import org.frontdoor.linkage.record.PreparedRecord;
import org.frontdoor.linkage.record.RecordPreparation;

/**
 * {@code dedupe --input people.csv --id <column> --output clusters.csv [--config link.yaml] [--labels pairs.csv]
 * [--explain pairs.csv]}: writes {@code record_id,cluster_id} for every input record and, optionally, every pair
 * at or above the threshold with its explanation.
 */
final class DedupeCommand {

    static final Set<String> OPTIONS = Set.of("input", "id", "output", "config", "labels", "explain", "save-model");

    private DedupeCommand() {
    }

    /** Runs the command and returns the summary line. */
    static String run(Arguments args, PrintStream err) throws IOException {
        Progress progress = new Progress(err);
        LinkageSettings settings = LinkageCommand.settings(args);
        Path input = Path.of(args.required("input"));
        Path output = Path.of(args.required("output"));
        PersonFile.Loaded loaded = PersonFile.read(input, args.required("id"), settings, err);
        progress.accept(String.format("read %,d records (%d bad rows skipped); columns %s",
                loaded.records().size(), loaded.badRows(), loaded.mapping().describe()));
        List<PreparedRecord> records = prepare(loaded.records());
        List<int[]> labels = args.optional("labels", null) == null ? List.of()
                : readLabels(Path.of(args.required("labels")), records, settings, err);
        Deduplication.Result result = Deduplication.deduplicate(records, settings, labels, progress);
        int clusters = 0;
        try (CsvWriter out = new CsvWriter(output)) {
            out.row("record_id", "cluster_id");
            for (int i = 0; i < records.size(); i++) {
                int representative = result.clusterOf()[i];
                if (representative == i) {
                    clusters++;
                }
                out.row(records.get(i).id(), records.get(representative).id());
            }
            // Rows skipped as malformed (already reported) are still listed, each as its own person.
            for (String id : loaded.skippedIds()) {
                out.row(id, id);
                clusters++;
            }
        }
        String modelFile = args.optional("save-model", null);
        if (modelFile != null) {
            ModelDocument.write(result.run().model(), Path.of(modelFile));
        }
        String explain = args.optional("explain", null);
        if (explain != null) {
            ScoredPairs pairs = result.run().matches();
            try (CsvWriter out = new CsvWriter(Path.of(explain))) {
                out.row("left_id", "right_id", "match_probability", "explanation");
                for (int p = 0; p < pairs.size(); p++) {
                    PreparedRecord a = records.get(pairs.first()[p]);
                    PreparedRecord b = records.get(pairs.second()[p]);
                    out.row(a.id(), b.id(), String.format(Locale.ROOT, "%.6f", pairs.probability()[p]),
                            result.run().model().explain(a, b).summary());
                }
            }
        }
        double seconds = progress.seconds();
        progress.accept("wrote " + output);
        return String.format(Locale.ROOT,
                "records=%d bad_rows=%d pairs_compared=%d matched_pairs=%d clusters=%d em_iterations=%d "
                        + "seconds=%.2f records_per_second=%.0f",
                records.size(), loaded.badRows(), result.run().pairsCompared(), result.run().matches().size(),
                clusters, result.run().emIterations(), seconds, records.size() / Math.max(seconds, 1e-9));
    }

    static List<PreparedRecord> prepare(List<PersonRecord> records) {
        RecordPreparation preparation = RecordPreparation.standard();
        return records.parallelStream().map(preparation::prepare).toList();
    }

    /** Labelled pairs: the first two columns are record ids; an optional third column says whether they match. */
    private static List<int[]> readLabels(Path file, List<PreparedRecord> records, LinkageSettings settings,
            PrintStream err) throws IOException {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            index.put(records.get(i).id(), i);
        }
        List<int[]> matches = new ArrayList<>();
        new CsvReader(null, settings.separator(), err).read(file, (line, fields) -> {
            Integer a = index.get(fields[0]);
            Integer b = index.get(fields.length > 1 ? fields[1] : null);
            boolean match = fields.length < 3 || Set.of("1", "1.0", "true", "yes", "match")
                    .contains(fields[2].trim().toLowerCase(Locale.ROOT));
            if (a == null || b == null) {
                err.printf("%s: line %d: unknown record id; label skipped%n", file, line);
            } else if (match) {
                matches.add(new int[] {a, b});
            }
        });
        return matches;
    }
}
