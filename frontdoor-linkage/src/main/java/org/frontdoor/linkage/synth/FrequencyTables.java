package org.frontdoor.linkage.synth;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.frontdoor.linkage.io.CsvReader;
import org.frontdoor.linkage.io.CsvWriter;

/**
 * Value frequency tables for the synthetic generator: given names, surnames, streets and localities
 * (suburb with its postcode and state). They ship as resources and were derived by {@link #derive} from the
 * original (non-duplicate) records of the public FEBRL and Splink data sets, so the generated names and
 * places have realistic skew. Immutable once loaded.
 */
public final class FrequencyTables {

    static final String[] TABLES = {"given_names", "surnames", "streets", "localities"};

    private final Map<String, Table> tables;

    private FrequencyTables(Map<String, Table> tables) {
        this.tables = Map.copyOf(tables);
    }

    /** Values with cumulative weights, sampled by binary search. */
    static final class Table {
        private final String[] values;
        private final long[] cumulative;

        Table(List<String> values, List<Long> counts) {
            this.values = values.toArray(String[]::new);
            this.cumulative = new long[counts.size()];
            long total = 0;
            for (int i = 0; i < counts.size(); i++) {
                total += counts.get(i);
                cumulative[i] = total;
            }
        }

        String sample(SplittableRandom random) {
            long r = random.nextLong(cumulative[cumulative.length - 1]);
            int i = java.util.Arrays.binarySearch(cumulative, r + 1);
            return values[i >= 0 ? i : -i - 1];
        }
    }

    /** The tables shipped in the jar. */
    public static FrequencyTables builtIn() {
        Map<String, Table> tables = new HashMap<>();
        for (String name : TABLES) {
            try (InputStream in = FrequencyTables.class.getResourceAsStream("/org/frontdoor/linkage/synth/" + name
                    + ".csv")) {
                if (in == null) {
                    throw new IllegalStateException("missing frequency table " + name);
                }
                List<String> values = new ArrayList<>();
                List<Long> counts = new ArrayList<>();
                new CsvReader(StandardCharsets.UTF_8, ',', System.err).read(
                        new String(in.readAllBytes(), StandardCharsets.UTF_8), name, (line, fields) -> {
                            values.add(fields[0]);
                            counts.add(Long.parseLong(fields[1]));
                        });
                tables.put(name, new Table(values, counts));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new FrequencyTables(tables);
    }

    String sample(String table, SplittableRandom random) {
        return tables.get(table).sample(random);
    }

    /** A given name (lower case), drawn as often as it occurs in the source data. */
    public String givenName(SplittableRandom random) {
        return sample("given_names", random);
    }

    /** A surname (lower case), drawn as often as it occurs in the source data. */
    public String surname(SplittableRandom random) {
        return sample("surnames", random);
    }

    /**
     * Derives the tables from the shared data folder (febrl/dataset*.csv, splink/fake_1000.csv) into
     * {@code target}; used once to produce the shipped resources.
     */
    public static void derive(Path data, Path target, PrintStream err) throws IOException {
        Map<String, Map<String, Long>> counts = new HashMap<>();
        for (String name : TABLES) {
            counts.put(name, new TreeMap<>());
        }
        for (int i = 1; i <= 3; i++) {
            new CsvReader(null, null, err).read(data.resolve("febrl/dataset" + i + ".csv"), (line, f) -> {
                if (!f[0].endsWith("-org")) {
                    return;
                }
                add(counts.get("given_names"), f[1]);
                add(counts.get("surnames"), f[2]);
                add(counts.get("streets"), f[4]);
                if (!f[6].isBlank() && !f[7].isBlank() && !f[8].isBlank()) {
                    add(counts.get("localities"), f[6] + "|" + f[7] + "|" + f[8]);
                }
            });
        }
        new CsvReader(null, null, err).read(data.resolve("splink/fake_1000.csv"), (line, f) -> {
            add(counts.get("given_names"), f[1]);
            add(counts.get("surnames"), f[2]);
        });
        Files.createDirectories(target);
        for (String name : TABLES) {
            try (CsvWriter out = new CsvWriter(target.resolve(name + ".csv"))) {
                out.row("value", "count");
                counts.get(name).forEach((value, count) -> out.row(value, Long.toString(count)));
            }
        }
    }

    private static void add(Map<String, Long> table, String value) {
        String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        if (!v.isEmpty()) {
            table.merge(v, 1L, Long::sum);
        }
    }

    /** {@code java -cp frontdoor-linkage.jar org.frontdoor.linkage.synth.FrequencyTables <data> <target>}. */
    public static void main(String[] args) throws IOException {
        derive(Path.of(args[0]), Path.of(args[1]), System.err);
    }
}
