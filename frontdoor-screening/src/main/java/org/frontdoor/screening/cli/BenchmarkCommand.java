package org.frontdoor.screening.cli;

import org.frontdoor.screening.ScreeningQuery;
import org.frontdoor.screening.ScreeningSettings;
import org.frontdoor.screening.lists.ListEntry;
import org.frontdoor.screening.lists.SanctionsList;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code benchmark}: end-to-end screening throughput and latency against the given lists loaded
 * together. Queries are made from listed names (half altered by a typing error, a swapped word
 * order or a dropped word) and from made-up names recombining listed words, which reach the
 * index but rarely match; that mix exercises both the hit and the miss paths.
 */
final class BenchmarkCommand {

    private BenchmarkCommand() {
    }

    static void run(String[] args, PrintStream out) throws InterruptedException {
        Arguments a = new Arguments(args, 1, Set.of("lists", "queries", "threads", "seconds", "candidates", "min-share"));
        List<Path> paths = a.paths("lists");
        int queryCount = (int) a.number("queries", 20_000);
        int threads = (int) a.number("threads", 1);
        double seconds = a.number("seconds", 10);
        if (threads < 1 || queryCount < 1 || seconds <= 0) {
            throw new UsageException("--queries, --threads and --seconds must be positive");
        }
        long loadStart = System.nanoTime();
        ScreenCommand.LoadedScreening loaded = ScreenCommand.LoadedScreening.load(paths,
                new ScreeningSettings(ScreeningSettings.defaults().threshold(),
                        (int) a.number("candidates", ScreeningSettings.defaults().maxCandidates()),
                        a.number("min-share", ScreeningSettings.defaults().minShare())));
        long loadMs = (System.nanoTime() - loadStart) / 1_000_000;
        List<ListEntry> sources = new ArrayList<>();
        List<ScreeningQuery> queries = queries(loaded.lists(), queryCount, new Random(42), sources);
        double selfRecall = selfRecall(loaded, queries, sources);

        // Warm-up: a third of the time, so the JIT has compiled the hot path before measuring.
        runFor(loaded, queries, threads, seconds / 3, null);
        long[][] perThread = new long[threads][];
        AtomicLong hits = new AtomicLong();
        long start = System.nanoTime();
        long done = runFor(loaded, queries, threads, seconds, perThread, hits);
        long elapsed = System.nanoTime() - start;
        long[] all = Arrays.stream(perThread).flatMapToLong(Arrays::stream).sorted().toArray();
        out.println(String.format(Locale.ROOT,
                "command=benchmark threads=%d lists=%d entries=%d names=%d load_ms=%d self_recall=%.4f screenings=%d "
                        + "hits=%d screenings_per_s=%.0f p50_us=%.1f p95_us=%.1f p99_us=%.1f max_us=%.1f",
                threads, loaded.lists().size(), loaded.screening().entryCount(), loaded.screening().nameCount(), loadMs, selfRecall,
                done, hits.get(), done / (elapsed / 1e9), ScreenCommand.percentile(all, 0.50) / 1000.0,
                ScreenCommand.percentile(all, 0.95) / 1000.0, ScreenCommand.percentile(all, 0.99) / 1000.0,
                all.length == 0 ? 0 : all[all.length - 1] / 1000.0));
    }

    private static long runFor(ScreenCommand.LoadedScreening loaded, List<ScreeningQuery> queries, int threads,
                               double seconds, long[][] perThread) throws InterruptedException {
        return runFor(loaded, queries, threads, seconds, perThread, new AtomicLong());
    }

    private static long runFor(ScreenCommand.LoadedScreening loaded, List<ScreeningQuery> queries, int threads,
                               double seconds, long[][] perThread, AtomicLong hits) throws InterruptedException {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        AtomicLong total = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int worker = t;
            Thread thread = new Thread(() -> {
                long[] latencies = new long[1 << 16];
                int n = 0;
                int i = worker * 7919;
                long found = 0;
                while (System.nanoTime() < deadline) {
                    ScreeningQuery q = queries.get(Math.floorMod(i++, queries.size()));
                    long t0 = System.nanoTime();
                    found += loaded.screening().screen(q).size();
                    long dt = System.nanoTime() - t0;
                    if (n == latencies.length) {
                        latencies = Arrays.copyOf(latencies, n * 2);
                    }
                    latencies[n++] = dt;
                }
                total.addAndGet(n);
                hits.addAndGet(found);
                if (perThread != null) {
                    perThread[worker] = Arrays.copyOf(latencies, n);
                }
            });
            workers.add(thread);
            thread.start();
        }
        for (Thread w : workers) {
            w.join();
        }
        return total.get();
    }

    /**
     * Share of queries made from a listed name (possibly altered) that find their own entry: a
     * check that the index does not lose true matches for speed.
     */
    private static double selfRecall(ScreenCommand.LoadedScreening loaded, List<ScreeningQuery> queries,
                                     List<ListEntry> sources) {
        int asked = 0;
        int found = 0;
        for (int i = 0; i < queries.size() && asked < 2000; i++) {
            ListEntry source = sources.get(i);
            if (source == null) {
                continue;
            }
            asked++;
            for (var hit : loaded.screening().screen(queries.get(i))) {
                if (hit.entry().list().equals(source.list()) && hit.entry().id().equals(source.id())) {
                    found++;
                    break;
                }
            }
        }
        return asked == 0 ? 1.0 : (double) found / asked;
    }

    static List<ScreeningQuery> queries(List<SanctionsList> lists, int count, Random random, List<ListEntry> sources) {
        List<ListEntry> entries = new ArrayList<>();
        lists.forEach(l -> entries.addAll(l.entries()));
        List<ScreeningQuery> queries = new ArrayList<>(count);
        while (queries.size() < count) {
            ListEntry e = entries.get(random.nextInt(entries.size()));
            List<String> names = e.names();
            String name = names.get(random.nextInt(names.size()));
            if (random.nextBoolean()) {
                ListEntry other = entries.get(random.nextInt(entries.size()));
                String[] mine = name.split("[ ,]+");
                String[] theirs = other.primaryName().split("[ ,]+");
                name = mine[0] + " " + theirs[theirs.length - 1];
                sources.add(null);
            } else {
                name = alter(name, random);
                sources.add(e);
            }
            queries.add(ScreeningQuery.byName(name));
        }
        return queries;
    }

    private static String alter(String name, Random random) {
        String[] words = name.split("[ ,]+");
        switch (random.nextInt(4)) {
            case 0 -> {
                if (name.length() > 4) {
                    int i = 1 + random.nextInt(name.length() - 3);
                    return name.substring(0, i) + name.charAt(i + 1) + name.charAt(i) + name.substring(i + 2);
                }
                return name;
            }
            case 1 -> {
                List<String> list = new ArrayList<>(List.of(words));
                java.util.Collections.reverse(list);
                return String.join(" ", list);
            }
            case 2 -> {
                if (words.length > 2) {
                    List<String> list = new ArrayList<>(List.of(words));
                    list.remove(1);
                    return String.join(" ", list);
                }
                return name;
            }
            default -> {
                return name;
            }
        }
    }
}
