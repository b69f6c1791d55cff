package org.frontdoor.linkage.bench;


import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.frontdoor.linkage.batch.Deduplication;
import org.frontdoor.linkage.cli.LinkageCommand;
import org.frontdoor.linkage.config.LinkageSettings;
import org.frontdoor.linkage.eval.PairwiseScore;
import org.frontdoor.linkage.io.CsvReader;
import org.frontdoor.linkage.io.PersonFile;
import org.frontdoor.linkage.realtime.PersonIndex;
import org.frontdoor.linkage.record.PersonField;
import org.frontdoor.linkage.record.PersonRecord;
import org.frontdoor.linkage.record.PreparedRecord;
import org.frontdoor.linkage.record.RecordPreparation;
import org.frontdoor.linkage.synth.SyntheticPeople;

/**
 * {@code benchmark [--records 1000000] [--queries 10000] [--seed 7] [--heap 4g]}:
 * <ol>
 * <li>generates synthetic people with known duplicates to a temporary CSV (not timed);</li>
 * <li>runs {@code dedupe} on it in a fresh JVM with the given maximum heap and times it end to end, JVM start,
 * CSV reading and writing included, then scores its clusters against the generator's truth;</li>
 * <li>trains a model on the same file in this JVM, builds a {@link PersonIndex} over every record and times
 * single real-time matches.</li>
 * </ol>
 * Prints a last line of key=value pairs.
 */
public final class DedupeBenchmark {

    private DedupeBenchmark() {
    }

    public static String run(List<String> args, PrintStream out, PrintStream err)
            throws IOException, InterruptedException {
        int n = Integer.parseInt(option(args, "--records", "1000000").replace("_", ""));
        int queries = Integer.parseInt(option(args, "--queries", "10000").replace("_", ""));
        long seed = Long.parseLong(option(args, "--seed", "7"));
        String heap = option(args, "--heap", "4g");
        Path dir = Files.createTempDirectory("frontdoor-bench");
        Path input = dir.resolve("people.csv");
        Path output = dir.resolve("clusters.csv");
        try {
            SyntheticPeople.write(input, n, seed);
            err.printf("generated %,d records in %s%n", n, input);

            long start = System.nanoTime();
            String summary = dedupeInChildJvm(heap, input, output);
            double seconds = (System.nanoTime() - start) / 1e9;
            long pairs = Long.parseLong(value(summary, "pairs_compared"));
            PairwiseScore score = scoreAgainstTruth(input, output, err);
            out.printf(Locale.ROOT, "dedupe: %,d records in %.1f s end to end (-Xmx%s), %,d pairs compared; "
                    + "precision %.4f recall %.4f f1 %.4f%n", n, seconds, heap, pairs, score.precision(),
                    score.recall(), score.f1());

            RealTime realTime = realTime(input, queries, seed, err);
            return String.format(Locale.ROOT,
                    "records=%d pairs_compared=%d seconds=%.2f engine_seconds=%s records_per_second=%.0f heap=%s "
                            + "precision=%.4f recall=%.4f f1=%.4f index_records=%d index_build_seconds=%.2f "
                            + "queries=%d match_p50_ms=%.3f match_p99_ms=%.3f match_max_ms=%.3f",
                    n, pairs, seconds, value(summary, "seconds"), n / seconds, heap, score.precision(),
                    score.recall(), score.f1(), n, realTime.buildSeconds(), queries,
                    percentile(realTime.latencies(), 0.50), percentile(realTime.latencies(), 0.99),
                    percentile(realTime.latencies(), 1.0));
        } finally {
            Files.deleteIfExists(input);
            Files.deleteIfExists(output);
            Files.deleteIfExists(dir);
        }
    }

    private static String dedupeInChildJvm(String heap, Path input, Path output)
            throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        String classPath = System.getProperty("java.class.path");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heap, "-cp", classPath,
                LinkageCommand.class.getName(), "dedupe", "--input", input.toString(), "--id", "record_id",
                "--output", output.toString()));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("dedupe failed: " + stdout);
        }
        String[] lines = stdout.split("\n");
        return lines[lines.length - 1];
    }

    private static PairwiseScore scoreAgainstTruth(Path input, Path output, PrintStream err) throws IOException {
        Map<String, String> truth = new HashMap<>();
        new CsvReader(StandardCharsets.UTF_8, ',', err).read(input, (line, f) -> truth.put(f[1], f[0]));
        List<String> predicted = new ArrayList<>(truth.size());
        List<String> actual = new ArrayList<>(truth.size());
        new CsvReader(StandardCharsets.UTF_8, ',', err).read(output, (line, f) -> {
            predicted.add(f[1]);
            actual.add(truth.get(f[0]));
        });
        return PairwiseScore.of(predicted, actual);
    }

    private record RealTime(double buildSeconds, double[] latencies) {
    }

    /**
     * Times single queries against an index of every record: half are existing records with a typo in the
     * given name, half are someone else sharing only a given name and a town. The first fifth is JIT warm-up.
     */
    private static RealTime realTime(Path input, int queries, long seed, PrintStream err) throws IOException {
        LinkageSettings settings = LinkageSettings.defaults();
        List<PersonRecord> known = PersonFile.read(input, "record_id", settings, err).records();
        List<PreparedRecord> records = known.parallelStream().map(RecordPreparation.standard()::prepare).toList();
        Deduplication.Result trained = Deduplication.deduplicate(records, settings, List.of(), m -> { });
        List<String> persons = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            persons.add(records.get(trained.clusterOf()[i]).id());
        }
        long buildStart = System.nanoTime();
        PersonIndex index = PersonIndex.build(trained.run().model(), records, persons);
        double buildSeconds = (System.nanoTime() - buildStart) / 1e9;

        SplittableRandom random = new SplittableRandom(seed + 1);
        int warmUp = queries / 5;
        double[] latencies = new double[queries];
        int found = 0;
        for (int q = -warmUp; q < queries; q++) {
            PersonRecord base = known.get(random.nextInt(known.size()));
            Map<PersonField, String> values = new EnumMap<>(PersonField.class);
            values.putAll(base.values());
            if (random.nextBoolean()) {
                String given = values.getOrDefault(PersonField.GIVEN_NAME, "x");
                values.put(PersonField.GIVEN_NAME, given.length() > 2 ? given.substring(1) : given + "e");
            } else {
                values.put(PersonField.SURNAME, "zz" + random.nextInt(1_000_000));
                values.put(PersonField.DATE_OF_BIRTH, "1901-01-0" + (1 + random.nextInt(9)));
                values.remove(PersonField.ADDRESS);
                values.remove(PersonField.EMAIL);
                values.remove(PersonField.PHONE);
                values.remove(PersonField.IDENTIFIER);
            }
            PersonRecord query = new PersonRecord("query-" + q, values);
            long t = System.nanoTime();
            int matches = index.match(query, 0.5, 5).size();
            long elapsed = System.nanoTime() - t;
            if (q >= 0) {
                latencies[q] = elapsed / 1e6;
                found += matches > 0 ? 1 : 0;
            }
        }
        err.printf("real-time: %,d of %,d queries matched a person (about half are variants of known people)%n",
                found, queries);
        return new RealTime(buildSeconds, latencies);
    }

    private static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static String value(String summary, String key) {
        for (String part : summary.split(" ")) {
            if (part.startsWith(key + "=")) {
                return part.substring(key.length() + 1);
            }
        }
        throw new IllegalStateException("no " + key + " in: " + summary);
    }

    private static String option(List<String> args, String name, String fallback) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : fallback;
    }
}
