package org.frontdoor.linkage.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.frontdoor.linkage.batch.BatchLinkage;
import org.frontdoor.linkage.batch.LinkageRun;
import org.frontdoor.linkage.batch.ScoredPairs;
import org.frontdoor.linkage.config.LinkageSettings;
import org.frontdoor.linkage.model.ModelDocument;
import org.frontdoor.linkage.io.CsvWriter;
import org.frontdoor.linkage.io.PersonFile;
import org.frontdoor.linkage.record.PreparedRecord;

/**
 * {@code link --left a.csv --right b.csv --id <column> --output links.csv [--config link.yaml] [--explain e.csv]}:
 * writes {@code left_id,right_id,match_probability} for the pairs judged to be the same person, and optionally
 * each pair's explanation.
 */
final class LinkCommand {

    static final Set<String> OPTIONS = Set.of("left", "right", "id", "output", "config", "explain", "save-model");

    private LinkCommand() {
    }

    static String run(Arguments args, PrintStream err) throws IOException {
        Progress progress = new Progress(err);
        LinkageSettings settings = LinkageCommand.settings(args);
        String id = args.required("id");
        Path output = Path.of(args.required("output"));
        PersonFile.Loaded left = PersonFile.read(Path.of(args.required("left")), id, settings, err);
        PersonFile.Loaded right = PersonFile.read(Path.of(args.required("right")), id, settings, err);
        progress.accept(String.format("read %,d + %,d records; columns %s / %s", left.records().size(),
                right.records().size(), left.mapping().describe(), right.mapping().describe()));
        List<PreparedRecord> l = DedupeCommand.prepare(left.records());
        List<PreparedRecord> r = DedupeCommand.prepare(right.records());
        LinkageRun run = BatchLinkage.link(l, r, settings, progress);
        ScoredPairs pairs = run.matches();
        try (CsvWriter out = new CsvWriter(output)) {
            out.row("left_id", "right_id", "match_probability");
            for (int p = 0; p < pairs.size(); p++) {
                out.row(l.get(pairs.first()[p]).id(), r.get(pairs.second()[p] - l.size()).id(),
                        String.format(Locale.ROOT, "%.6f", pairs.probability()[p]));
            }
        }
        String modelFile = args.optional("save-model", null);
        if (modelFile != null) {
            ModelDocument.write(run.model(), Path.of(modelFile));
        }
        String explain = args.optional("explain", null);
        if (explain != null) {
            try (CsvWriter out = new CsvWriter(Path.of(explain))) {
                out.row("left_id", "right_id", "match_probability", "explanation");
                for (int p = 0; p < pairs.size(); p++) {
                    PreparedRecord a = l.get(pairs.first()[p]);
                    PreparedRecord b = r.get(pairs.second()[p] - l.size());
                    out.row(a.id(), b.id(), String.format(Locale.ROOT, "%.6f", pairs.probability()[p]),
                            run.model().explain(a, b).summary());
                }
            }
        }
        double seconds = progress.seconds();
        return String.format(Locale.ROOT,
                "records=%d left_records=%d right_records=%d bad_rows=%d pairs_compared=%d links=%d seconds=%.2f",
                l.size() + r.size(), l.size(), r.size(), left.badRows() + right.badRows(), run.pairsCompared(),
                pairs.size(), seconds);
    }
}
