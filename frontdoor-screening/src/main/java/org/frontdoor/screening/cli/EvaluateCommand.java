package org.frontdoor.screening.cli;

import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.frontdoor.screening.evaluation.EvaluationSet;
import org.frontdoor.screening.evaluation.LabelledPair;
import org.frontdoor.screening.evaluation.Metrics;
import org.frontdoor.screening.lists.ListFiles;
import org.frontdoor.screening.lists.SanctionsList;
import org.frontdoor.screening.names.NameMatcher;
import org.frontdoor.screening.names.Schema;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code evaluate}: precision, recall and F1 of the matcher at its threshold, on pairs built from
 * the lists ({@link EvaluationSet}) or on a labelled CSV given with {@code --pairs}.
 */
final class EvaluateCommand {

    private EvaluateCommand() {
    }

    static void run(String[] args, PrintStream out) throws IOException {
        Arguments a = new Arguments(args, 1, Set.of("lists", "pairs", "output", "threshold", "per-list"));
        double threshold = a.number("threshold", NameMatcher.DEFAULT_THRESHOLD);
        int perList = (int) a.number("per-list", 2000);
        List<LabelledPair> pairs = a.optional("pairs", null) != null
                ? readPairs(Path.of(a.required("pairs")))
                : fromLists(a.paths("lists"), perList);
        if (pairs.isEmpty()) {
            throw new UsageException("no labelled pairs to evaluate");
        }
        NameMatcher matcher = new NameMatcher();
        Metrics overall = new Metrics();
        Metrics persons = new Metrics();
        Metrics organisations = new Metrics();
        Map<String, Metrics> byOrigin = new TreeMap<>();
        // Other names (former names, translations) are scored and reported, but kept out of the
        // headline figures: they measure a dictionary, not a name matcher (ADR 0023).
        Metrics allPairs = new Metrics();
        Metrics otherNames = new Metrics();
        String outputPath = a.optional("output", null);
        CSVPrinter printer = outputPath == null ? null
                : CsvFiles.write(Path.of(outputPath), List.of("name1", "name2", "schema", "label", "origin", "score", "match"));
        try {
            for (LabelledPair p : pairs) {
                double score = matcher.score(p.name1(), p.name2(), p.schema()).score();
                boolean predicted = score >= threshold;
                allPairs.add(predicted, p.match());
                if (p.origin().endsWith(EvaluationSet.OTHER_NAME)) {
                    otherNames.add(predicted, p.match());
                } else {
                    overall.add(predicted, p.match());
                    (p.schema() == Schema.PERSON ? persons : organisations).add(predicted, p.match());
                    byOrigin.computeIfAbsent(p.origin().split(":")[0], k -> new Metrics()).add(predicted, p.match());
                }
                if (printer != null) {
                    printer.printRecord(p.name1(), p.name2(), p.schema(), p.match() ? 1 : 0, p.origin(),
                            String.format(Locale.ROOT, "%.4f", score), predicted);
                }
            }
        } finally {
            if (printer != null) {
                printer.close();
            }
        }
        byOrigin.forEach((origin, m) -> out.println("list=" + origin + " " + m.summary()));
        out.println("segment=persons " + persons.summary());
        out.println("segment=organisations " + organisations.summary());
        long others = pairs.stream().filter(p -> p.origin().endsWith(EvaluationSet.OTHER_NAME)).count();
        if (others > 0) {
            out.println("segment=other-names " + otherNames.summary());
            out.println("segment=all-pairs " + allPairs.summary());
        }
        long positives = pairs.stream().filter(LabelledPair::match).count() - others;
        out.println(String.format(Locale.ROOT,
                "command=evaluate pairs=%d positives=%d negatives=%d threshold=%.2f %s person_precision=%.4f "
                        + "person_recall=%.4f person_f1=%.4f organisation_precision=%.4f organisation_recall=%.4f "
                        + "organisation_f1=%.4f other_name_pairs=%d other_name_recall=%.4f all_pairs_f1=%.4f",
                pairs.size() - others, positives, pairs.size() - others - positives, threshold, overall.summary(),
                persons.precision(), persons.recall(), persons.f1(), organisations.precision(), organisations.recall(),
                organisations.f1(), others, otherNames.recall(), allPairs.f1()));
    }

    private static List<LabelledPair> fromLists(List<Path> paths, int perList) {
        List<SanctionsList> lists = EvaluationSet.newestVersions(ListFiles.load(paths));
        return EvaluationSet.fromLists(lists, perList, 1);
    }

    private static List<LabelledPair> readPairs(Path file) {
        CsvFiles.Table table = CsvFiles.read(file);
        int n1 = table.requiredColumn("name1");
        int n2 = table.requiredColumn("name2");
        int schema = table.column("schema");
        int label = -1;
        for (String name : List.of("label", "is_match", "truth", "expected", "match")) {
            if (label < 0) {
                label = table.column(name);
            }
        }
        if (label < 0) {
            throw new UsageException("labelled pairs need a label column (label, is_match, truth or match)");
        }
        List<LabelledPair> pairs = new ArrayList<>();
        for (CSVRecord row : table.rows()) {
            Boolean truth = ScorePairsCommand.truth(CsvFiles.Table.value(row, label));
            if (truth != null) {
                pairs.add(new LabelledPair(CsvFiles.Table.value(row, n1), CsvFiles.Table.value(row, n2),
                        Schema.parse(CsvFiles.Table.value(row, schema)), truth, file.getFileName().toString()));
            }
        }
        return pairs;
    }
}
