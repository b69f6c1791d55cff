package org.frontdoor.screening.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Two builds of the engine in one JVM, screening the benchmark's queries in alternating slices,
 * so that whatever else runs on the machine slows both alike; prints the CPU and wall time per
 * screening of each, their latency percentiles and the ratios as the last line. Not a test: on a shared 2-core machine the
 * end-to-end {@code benchmark} of two jars run one after the other differs more from run to run
 * than most changes do.
 *
 * <pre>
 * java -Xmx8g -cp target/test-classes org.frontdoor.screening.bench.JarComparison \
 *      /tmp/screening-old.jar target/frontdoor-screening.jar /work/shared/data/screening 40
 * </pre>
 */
public final class JarComparison {

    private static final int SLICE = 2_000;
    private static final int QUERIES = 20_000;

    private JarComparison() {
    }

    public static void main(String[] args) throws Exception {
        Build before = new Build(Path.of(args[0]), Path.of(args[2]));
        Build after = new Build(Path.of(args[1]), Path.of(args[2]));
        int slices = args.length > 3 ? Integer.parseInt(args[3]) : 40;
        Build[] builds = {before, after};
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] cpu = new long[2];
        long[] wall = new long[2];
        long counted = 0;
        long[][] latencies = {new long[slices * SLICE], new long[slices * SLICE]};
        int[] measured = new int[2];
        for (int s = 0; s < slices; s++) {
            for (int k = 0; k < 2; k++) {
                int which = s % 2 == 0 ? k : 1 - k;  // each build goes first every other slice
                long cpu0 = threads.getCurrentThreadCpuTime();
                long wall0 = System.nanoTime();
                builds[which].screen(s * SLICE % QUERIES, SLICE, s >= 2 ? latencies[which] : null, measured[which]);
                if (s >= 2) {  // the first two slices warm the JIT
                    measured[which] += SLICE;
                    cpu[which] += threads.getCurrentThreadCpuTime() - cpu0;
                    wall[which] += System.nanoTime() - wall0;
                }
            }
            counted += s >= 2 ? SLICE : 0;
        }
        System.out.println(String.format(Locale.ROOT,
                "slices=%d screenings_each=%d before_cpu_us=%.1f after_cpu_us=%.1f before_wall_us=%.1f after_wall_us=%.1f "
                        + "before_p50_us=%.1f after_p50_us=%.1f before_p99_us=%.1f after_p99_us=%.1f cpu_ratio=%.2f wall_ratio=%.2f",
                slices, counted, cpu[0] / 1e3 / counted, cpu[1] / 1e3 / counted, wall[0] / 1e3 / counted,
                wall[1] / 1e3 / counted, percentile(latencies[0], measured[0], 0.50), percentile(latencies[1], measured[1], 0.50),
                percentile(latencies[0], measured[0], 0.99), percentile(latencies[1], measured[1], 0.99),
                (double) cpu[0] / cpu[1], (double) wall[0] / wall[1]));
    }

    private static double percentile(long[] latencies, int count, double share) {
        long[] sorted = java.util.Arrays.copyOf(latencies, count);
        java.util.Arrays.sort(sorted);
        return count == 0 ? 0 : sorted[Math.min(count - 1, (int) (share * count))] / 1e3;
    }

    /** One jar's engine, loaded in a class loader of its own, with its screening and queries. */
    private static final class Build {
        private final Object screening;
        private final Method screen;
        private final List<?> queries;

        Build(Path jar, Path lists) throws Exception {
            ClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            List<?> loaded = (List<?>) loader.loadClass("org.frontdoor.screening.lists.ListFiles")
                    .getMethod("load", List.class).invoke(null, List.of(lists));
            Class<?> screeningClass = loader.loadClass("org.frontdoor.screening.Screening");
            screening = screeningClass.getMethod("of", List.class).invoke(null, loaded);
            screen = screeningClass.getMethod("screen", loader.loadClass("org.frontdoor.screening.ScreeningQuery"));
            // The benchmark command's own queries (seed 42), so both builds answer the same ones.
            Method make = loader.loadClass("org.frontdoor.screening.cli.BenchmarkCommand")
                    .getDeclaredMethod("queries", List.class, int.class, Random.class, List.class);
            make.setAccessible(true);
            queries = (List<?>) make.invoke(null, loaded, QUERIES, new Random(42), new ArrayList<>());
        }

        /** Screens {@code count} queries from {@code from}; their wall times go to {@code latencies} if given. */
        void screen(int from, int count, long[] latencies, int at) throws Exception {
            for (int i = 0; i < count; i++) {
                long start = System.nanoTime();
                screen.invoke(screening, queries.get((from + i) % queries.size()));
                if (latencies != null) {
                    latencies[at + i] = System.nanoTime() - start;
                }
            }
        }
    }
}
