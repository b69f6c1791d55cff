package org.frontdoor.screening.cli;

import java.io.PrintStream;

/**
 * Entry point of {@code java -jar frontdoor-screening.jar <command> [options]}.
 *
 * <p>Every command prints a last line of {@code key=value} pairs on standard output. Bad arguments
 * print the usage on standard error and exit with status 2; other failures exit with status 1.
 */
public final class ScreeningCommand {

    static final String USAGE = """
            usage: java -jar frontdoor-screening.jar <command> [options]

              score-pairs --input pairs.csv --output scored.csv [--threshold 0.75]
                  input columns name1, name2, optional schema (Person, Company, Organization,
                  LegalEntity, Vessel); output: every input column plus score (0..1) and match
              screen --lists <folder or files...> --input names.csv --output hits.csv [--threshold 0.75]
                  input columns name, optional schema, birth_date, country;
                  output: name,list,entry_id,matched_name,score for every hit
              evaluate --lists <folder or files...> [--output pairs.csv] [--pairs labelled.csv]
                  precision, recall and F1 on pairs built from the lists (or on a labelled CSV
                  with name1,name2[,schema],label)
              benchmark --lists <folder or files...> [--queries 20000] [--threads 1] [--seconds 10]
                  end-to-end screenings per second and latency percentiles
              diff --old <list file> --new <list file> [--output changes.csv]
                  entries added, changed and removed between two versions of a list
            """;

    private ScreeningCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs a command; returns the process exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            (args.length == 0 ? err : out).print(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        String[] rest = args;
        try {
            switch (args[0]) {
                case "score-pairs" -> ScorePairsCommand.run(rest, out);
                case "screen" -> ScreenCommand.run(rest, out);
                case "evaluate" -> EvaluateCommand.run(rest, out);
                case "benchmark" -> BenchmarkCommand.run(rest, out);
                case "diff" -> DiffCommand.run(rest, out);
                default -> throw new UsageException("unknown command " + args[0]);
            }
            return 0;
        } catch (UsageException | IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.print(USAGE);
            return 2;
        } catch (Exception e) {
            err.println("error: " + e);
            return 1;
        }
    }
}
