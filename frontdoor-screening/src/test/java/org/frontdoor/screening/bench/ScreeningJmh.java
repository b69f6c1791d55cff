package org.frontdoor.screening.bench;

import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.annotations.Mode;

import java.util.Collection;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@link ScreeningBenchmark} briefly (one fork, short iterations: the machine is shared) and
 * prints a last line of key=value pairs, including the speed-up of the index over the full scan
 * measured in the same run.
 */
public final class ScreeningJmh {

    private ScreeningJmh() {
    }

    public static void main(String[] args) throws RunnerException {
        Options throughput = new OptionsBuilder()
                .include(ScreeningBenchmark.class.getName() + ".*")
                .mode(Mode.Throughput).timeUnit(TimeUnit.SECONDS)
                .forks(1).warmupIterations(2).warmupTime(TimeValue.seconds(2))
                .measurementIterations(3).measurementTime(TimeValue.seconds(3))
                .threads(1).jvmArgsAppend("-Xmx1g")
                .build();
        Collection<RunResult> results = new Runner(throughput).run();
        double screen = score(results, "screenOneName");
        double scan = score(results, "scanEveryNameWithoutIndex");

        Options latency = new OptionsBuilder()
                .include(ScreeningBenchmark.class.getName() + ".screenOneName")
                .mode(Mode.SampleTime).timeUnit(TimeUnit.MICROSECONDS)
                .forks(1).warmupIterations(2).warmupTime(TimeValue.seconds(2))
                .measurementIterations(3).measurementTime(TimeValue.seconds(3))
                .threads(1).jvmArgsAppend("-Xmx1g")
                .build();
        RunResult sampled = new Runner(latency).run().iterator().next();
        var stats = sampled.getPrimaryResult().getStatistics();
        System.out.println(String.format(Locale.ROOT,
                "benchmark=jmh threads=1 screen_ops_per_s=%.0f full_scan_ops_per_s=%.2f index_speedup=%.0f "
                        + "screen_p50_us=%.1f screen_p99_us=%.1f",
                screen, scan, screen / scan, stats.getPercentile(50), stats.getPercentile(99)));
    }

    private static double score(Collection<RunResult> results, String method) {
        for (RunResult r : results) {
            if (r.getParams().getBenchmark().endsWith("." + method)) {
                Result<?> primary = r.getPrimaryResult();
                return primary.getScore();
            }
        }
        throw new IllegalStateException("no result for " + method);
    }
}
