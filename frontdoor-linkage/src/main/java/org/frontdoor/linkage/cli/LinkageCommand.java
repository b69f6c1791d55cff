package org.frontdoor.linkage.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.frontdoor.linkage.bench.ComparatorBenchmarks;
import org.frontdoor.linkage.config.LinkageSettings;
import org.frontdoor.linkage.config.SettingsFile;
import org.frontdoor.linkage.eval.Evaluate;
import org.frontdoor.linkage.bench.DedupeBenchmark;
import org.frontdoor.linkage.synth.SyntheticPeople;

/**
 * Entry point of {@code java -jar frontdoor-linkage.jar <command> ...}. Progress goes to stderr; the last
 * line on stdout is a summary of {@code key=value} pairs. Bad arguments print the usage and exit with 2;
 * failures exit with 1.
 */
public final class LinkageCommand {

    static final String USAGE = """
            usage:
              java -jar frontdoor-linkage.jar dedupe --input people.csv --id <id column> --output clusters.csv \
            [--config link.yaml] [--labels pairs.csv] [--explain pairs.csv] [--save-model model.yaml]
              java -jar frontdoor-linkage.jar link --left a.csv --right b.csv --id <id column> --output links.csv \
            [--config link.yaml] [--explain explanations.csv] [--save-model model.yaml]
              java -jar frontdoor-linkage.jar evaluate --data <folder with febrl/ and splink/> [--config link.yaml]
              java -jar frontdoor-linkage.jar generate --records 1000000 --output people.csv [--seed 7]
              java -Xmx4g -jar frontdoor-linkage.jar benchmark [--records 1000000] [--queries 10000] [--seed 7] [--heap 4g]
              java -jar frontdoor-linkage.jar jmh [JMH options]      (comparator micro-benchmarks)
            """;

    private LinkageCommand() {
    }

    public static void main(String[] argv) {
        System.exit(run(argv, System.out, System.err));
    }

    /** Runs a command; returns the process exit code. */
    public static int run(String[] argv, PrintStream out, PrintStream err) {
        if (argv.length == 0) {
            err.print(USAGE);
            return 2;
        }
        List<String> rest = Arrays.asList(argv).subList(1, argv.length);
        try {
            String summary = switch (argv[0]) {
                case "dedupe" -> DedupeCommand.run(new Arguments(rest, DedupeCommand.OPTIONS), err);
                case "link" -> LinkCommand.run(new Arguments(rest, LinkCommand.OPTIONS), err);
                case "evaluate" -> Evaluate.run(rest, out, err);
                case "generate" -> SyntheticPeople.run(rest, err);
                case "benchmark" -> DedupeBenchmark.run(rest, out, err);
                case "jmh" -> ComparatorBenchmarks.run(rest.toArray(String[]::new));
                case "-h", "--help", "help" -> {
                    out.print(USAGE);
                    yield null;
                }
                default -> throw new Arguments.UsageException("unknown command '" + argv[0] + "'");
            };
            if (summary != null) {
                out.println(summary);
            }
            return 0;
        } catch (Arguments.UsageException e) {
            err.println("error: " + e.getMessage());
            err.print(USAGE);
            return 2;
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("error: cannot read or write a file: " + e);
            return 1;
        } catch (Exception e) {
            err.println("error: " + e);
            return 1;
        }
    }

    /** Settings from {@code --config} or the defaults. */
    static LinkageSettings settings(Arguments args) throws IOException {
        String config = args.optional("config", null);
        if (config == null) {
            return LinkageSettings.defaults();
        }
        if (!Path.of(config).toFile().isFile()) {
            throw new Arguments.UsageException("configuration file not found: " + config);
        }
        return SettingsFile.read(Path.of(config));
    }
}
