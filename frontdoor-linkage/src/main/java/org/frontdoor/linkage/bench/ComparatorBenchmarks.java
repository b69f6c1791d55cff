package org.frontdoor.linkage.bench;

import java.util.Collection;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link ComparatorBenchmark} through JMH (one fork, short iterations unless JMH options are given) and
 * returns a summary line of {@code <benchmark>_ns=<average>} pairs.
 */
public final class ComparatorBenchmarks {

    private ComparatorBenchmarks() {
    }

    public static String run(String[] jmhArgs) throws RunnerException, CommandLineOptionException {
        Options options = jmhArgs.length > 0
                ? new OptionsBuilder().parent(new CommandLineOptions(jmhArgs))
                        .include(ComparatorBenchmark.class.getSimpleName()).build()
                : new OptionsBuilder().include(ComparatorBenchmark.class.getSimpleName()).forks(1)
                        .warmupIterations(2).warmupTime(TimeValue.seconds(1)).measurementIterations(3)
                        .measurementTime(TimeValue.seconds(1)).build();
        Collection<RunResult> results = new Runner(options).run();
        StringBuilder line = new StringBuilder();
        for (RunResult result : results) {
            String label = result.getParams().getBenchmark();
            label = label.substring(label.lastIndexOf('.') + 1);
            line.append(String.format(Locale.ROOT, "%s_ns=%.1f ", label, result.getPrimaryResult().getScore()));
        }
        return line.toString().trim();
    }
}
