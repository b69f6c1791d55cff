package org.frontdoor.screening.cli;

import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.frontdoor.screening.Screening;
import org.frontdoor.screening.ScreeningHit;
import org.frontdoor.screening.ScreeningQuery;
import org.frontdoor.screening.ScreeningSettings;
import org.frontdoor.screening.lists.ListFiles;
import org.frontdoor.screening.lists.SanctionsList;
import org.frontdoor.screening.names.NameMatcher;
import org.frontdoor.screening.names.Schema;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code screen}: screens every name of a CSV against the given lists. */
final class ScreenCommand {

    private ScreenCommand() {
    }

    static void run(String[] args, PrintStream out) throws IOException {
        Arguments a = new Arguments(args, 1, Set.of("lists", "input", "output", "threshold"));
        List<Path> listPaths = a.paths("lists");
        Path input = Path.of(a.required("input"));
        Path output = Path.of(a.required("output"));
        double threshold = a.number("threshold", NameMatcher.DEFAULT_THRESHOLD);
        CsvFiles.Table table = CsvFiles.read(input);
        int nameColumn = table.requiredColumn("name");
        int schemaColumn = table.column("schema");
        int birthColumn = table.column("birth_date");
        int countryColumn = table.column("country");

        long loadStart = System.nanoTime();
        LoadedScreening loaded = LoadedScreening.load(listPaths, ScreeningSettings.defaults().withThreshold(threshold));
        long loadMs = (System.nanoTime() - loadStart) / 1_000_000;

        long[] latencies = new long[table.rows().size()];
        long hits = 0;
        long start = System.nanoTime();
        try (CSVPrinter printer = CsvFiles.write(output, List.of("name", "list", "entry_id", "matched_name", "score"))) {
            int i = 0;
            for (CSVRecord row : table.rows()) {
                String name = CsvFiles.Table.value(row, nameColumn);
                ScreeningQuery query = new ScreeningQuery(name, Schema.parse(CsvFiles.Table.value(row, schemaColumn)),
                        blankToNull(CsvFiles.Table.value(row, birthColumn)), blankToNull(CsvFiles.Table.value(row, countryColumn)));
                long t0 = System.nanoTime();
                List<ScreeningHit> found = loaded.screening().screen(query);
                latencies[i++] = System.nanoTime() - t0;
                for (ScreeningHit hit : found) {
                    printer.printRecord(name, hit.entry().list(), hit.entry().id(), hit.matchedName(),
                            String.format(Locale.ROOT, "%.4f", hit.score()));
                    hits++;
                }
            }
        }
        long elapsedNs = System.nanoTime() - start;
        Arrays.sort(latencies);
        out.println(String.format(Locale.ROOT,
                "command=screen queries=%d hits=%d lists=%d entries=%d names=%d load_problems=%d threshold=%.2f "
                        + "load_ms=%d screen_ms=%d screenings_per_s=%.0f p50_us=%d p99_us=%d",
                latencies.length, hits, loaded.lists().size(), loaded.screening().entryCount(),
                loaded.screening().nameCount(), loaded.problemCount(), threshold, loadMs, elapsedNs / 1_000_000,
                latencies.length / Math.max(1e-9, elapsedNs / 1e9), percentile(latencies, 0.50) / 1000,
                percentile(latencies, 0.99) / 1000));
    }

    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v.strip();
    }

    /** Lists loaded from paths with the screening built over them. */
    record LoadedScreening(List<SanctionsList> lists, Screening screening) {
        static LoadedScreening load(List<Path> paths, ScreeningSettings settings) {
            List<SanctionsList> lists = ListFiles.load(paths);
            if (lists.isEmpty()) {
                throw new UsageException("no sanctions list found in " + paths);
            }
            for (SanctionsList list : lists) {
                list.problems().stream().limit(5).forEach(p -> System.err.println("skipped: " + p));
                if (list.problems().size() > 5) {
                    System.err.println("skipped: ... " + (list.problems().size() - 5) + " more in " + list.source());
                }
            }
            return new LoadedScreening(lists, Screening.of(lists, settings));
        }

        int problemCount() {
            return lists.stream().mapToInt(l -> l.problems().size()).sum();
        }
    }
}
