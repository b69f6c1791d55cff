package org.frontdoor.linkage.synth;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.frontdoor.linkage.io.CsvWriter;
import org.frontdoor.linkage.record.Nicknames;

/**
 * A seeded generator of realistic synthetic people with known duplicates. Names and places are drawn from
 * {@link FrequencyTables} (derived from public data, so common names are common); about 40% of persons get
 * one to three duplicate records, each with one to three realistic errors: typos, nicknames, swapped given
 * name and surname, missing values, transposed day and month, a date component off by one, a moved address,
 * a mistyped postcode or identifier, a changed e-mail. The same seed always gives the same file.
 */
public final class SyntheticPeople {

    /** Column headers; deliberately not FEBRL's, so header recognition is exercised too. */
    public static final String[] HEADER = {"person_id", "record_id", "first_name", "last_name", "dob",
            "street_address", "city", "zip", "state", "email", "phone", "ssn"};

    private static final String[] DOMAINS = {"example.com", "mail.example", "post.example", "inbox.example"};

    private final FrequencyTables tables;
    private final Nicknames nicknames;

    public SyntheticPeople(FrequencyTables tables, Nicknames nicknames) {
        this.tables = tables;
        this.nicknames = nicknames;
    }

    /** Generates at least {@code records} rows (exactly that many) and hands each to the consumer in order. */
    public void generate(int records, long seed, Consumer<String[]> rows) {
        SplittableRandom random = new SplittableRandom(seed);
        int produced = 0;
        int person = 0;
        while (produced < records) {
            String[] original = person(person, random);
            rows.accept(original);
            produced++;
            int duplicates = random.nextDouble() < 0.4 ? 1 + random.nextInt(3) : 0;
            for (int d = 1; d <= duplicates && produced < records; d++) {
                String[] copy = original.clone();
                copy[1] = "p" + person + "-d" + d;
                int errors = 1 + random.nextInt(3);
                for (int e = 0; e < errors; e++) {
                    corrupt(copy, random);
                }
                rows.accept(copy);
                produced++;
            }
            person++;
        }
    }

    private String[] person(int id, SplittableRandom random) {
        String given = tables.sample("given_names", random);
        String surname = tables.sample("surnames", random);
        String[] place = tables.sample("localities", random).split("\\|");
        int year = 1930 + random.nextInt(80);
        String dob = String.format(Locale.ROOT, "%04d-%02d-%02d", year, 1 + random.nextInt(12),
                1 + random.nextInt(28));
        String email = random.nextDouble() < 0.5 ? given + "." + surname + random.nextInt(100) + "@"
                + DOMAINS[random.nextInt(DOMAINS.length)] : "";
        String phone = random.nextDouble() < 0.6 ? String.format("0%d %04d %04d", 2 + random.nextInt(7),
                random.nextInt(10000), random.nextInt(10000)) : "";
        String ssn = random.nextDouble() < 0.5 ? String.format("%07d", random.nextInt(10_000_000)) : "";
        return new String[] {"p" + id, "p" + id + "-o", given, surname, dob, address(random), place[0], place[1],
                place[2], email, phone, ssn};
    }

    private String address(SplittableRandom random) {
        return (1 + random.nextInt(300)) + " " + tables.sample("streets", random);
    }

    private void corrupt(String[] row, SplittableRandom random) {
        switch (random.nextInt(12)) {
            case 0, 1 -> row[2] = typo(row[2], random);
            case 2, 3 -> row[3] = typo(row[3], random);
            case 4 -> {
                List<String> variants = nicknames.variantsOf(row[2]);
                row[2] = variants.get(random.nextInt(variants.size()));
            }
            case 5 -> {
                String t = row[2];
                row[2] = row[3];
                row[3] = t;
            }
            case 6 -> row[2 + pick(random, 2, 4, 5, 6, 7, 9, 10)] = "";
            case 7 -> row[4] = shiftDate(row[4], random);
            case 8 -> {
                String[] place = tables.sample("localities", random).split("\\|");
                row[5] = address(random);
                row[6] = place[0];
                row[7] = place[1];
                row[8] = place[2];
            }
            case 9 -> row[7] = typo(row[7], random);
            case 10 -> row[11] = typo(row[11], random);
            default -> row[9] = row[9].isEmpty() ? row[9] : row[9].replaceFirst("[0-9]*@", random.nextInt(100) + "@");
        }
    }

    private static int pick(SplittableRandom random, int... offsets) {
        return offsets[random.nextInt(offsets.length)] - 2;
    }

    private static String shiftDate(String dob, SplittableRandom random) {
        if (dob.isEmpty()) {
            return dob;
        }
        int y = Integer.parseInt(dob.substring(0, 4));
        int m = Integer.parseInt(dob.substring(5, 7));
        int d = Integer.parseInt(dob.substring(8, 10));
        switch (random.nextInt(3)) {
            case 0 -> {
                if (d <= 12) {
                    int t = d;
                    d = m;
                    m = t;
                } else {
                    d = d == 28 ? 27 : d + 1;
                }
            }
            case 1 -> y += random.nextBoolean() ? 1 : -1;
            default -> m = m == 12 ? 11 : m + 1;
        }
        return String.format(Locale.ROOT, "%04d-%02d-%02d", y, m, d);
    }

    private static String typo(String value, SplittableRandom random) {
        if (value.length() < 2) {
            return value;
        }
        StringBuilder s = new StringBuilder(value);
        int i = random.nextInt(s.length());
        char letter = Character.isDigit(s.charAt(i)) ? (char) ('0' + random.nextInt(10))
                : (char) ('a' + random.nextInt(26));
        switch (random.nextInt(4)) {
            case 0 -> s.setCharAt(i, letter);
            case 1 -> s.insert(i, letter);
            case 2 -> s.deleteCharAt(i);
            default -> {
                int j = Math.min(i + 1, s.length() - 1);
                char t = s.charAt(i);
                s.setCharAt(i, s.charAt(j));
                s.setCharAt(j, t);
            }
        }
        return s.toString();
    }

    /** Writes a generated file; returns the number of rows. */
    public static int write(Path file, int records, long seed) throws IOException {
        SyntheticPeople generator = new SyntheticPeople(FrequencyTables.builtIn(), Nicknames.builtIn());
        try (CsvWriter out = new CsvWriter(file)) {
            out.row(HEADER);
            generator.generate(records, seed, out::row);
        }
        return records;
    }

    /** {@code generate --records N --output people.csv [--seed S]}. */
    public static String run(List<String> args, PrintStream err) throws IOException {
        List<String> a = new ArrayList<>(args);
        int records = Integer.parseInt(option(a, "--records", "100000").replace("_", ""));
        long seed = Long.parseLong(option(a, "--seed", "7"));
        String output = option(a, "--output", null);
        if (output == null) {
            throw new IllegalArgumentException("usage: generate --records N --output people.csv [--seed S]");
        }
        long start = System.nanoTime();
        write(Path.of(output), records, seed);
        return String.format(Locale.ROOT, "records=%d seed=%d seconds=%.2f", records, seed,
                (System.nanoTime() - start) / 1e9);
    }

    static String option(List<String> args, String name, String fallback) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : fallback;
    }
}
