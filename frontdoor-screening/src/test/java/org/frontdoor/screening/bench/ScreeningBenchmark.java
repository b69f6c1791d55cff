package org.frontdoor.screening.bench;

import org.frontdoor.screening.Screening;
import org.frontdoor.screening.ScreeningQuery;
import org.frontdoor.screening.lists.ListEntry;
import org.frontdoor.screening.lists.ListFiles;
import org.frontdoor.screening.lists.SanctionsList;
import org.frontdoor.screening.names.NameMatcher;
import org.frontdoor.screening.names.NormalisedName;
import org.frontdoor.screening.names.Schema;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Screening one name against every list in {@code -Dscreening.lists} (default: the shared data
 * folder, else the test fixtures), and, as the same-run baseline, scoring one query against every
 * listed name without the index. Not a test: run it with {@link ScreeningJmh}.
 */
@State(Scope.Benchmark)
public class ScreeningBenchmark {

    private Screening screening;
    private NameMatcher matcher;
    private List<NormalisedName> allNames;
    private List<ScreeningQuery> queries;
    private int next;

    @Setup(Level.Trial)
    public void load() {
        Path lists = Path.of(System.getProperty("screening.lists", "/work/shared/data/screening"));
        if (!Files.isDirectory(lists)) {
            lists = Path.of("src/test/resources/fixtures");
        }
        List<SanctionsList> loaded = ListFiles.load(List.of(lists));
        screening = Screening.of(loaded);
        matcher = new NameMatcher();
        allNames = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (SanctionsList list : loaded) {
            for (ListEntry e : list.entries()) {
                for (String n : e.names()) {
                    names.add(n);
                    allNames.add(matcher.normaliser().normalise(n, Schema.ANY));
                }
            }
        }
        Random random = new Random(7);
        queries = new ArrayList<>();
        for (int i = 0; i < 4096; i++) {
            String a = names.get(random.nextInt(names.size()));
            String b = names.get(random.nextInt(names.size()));
            // Half listed names, half recombined words that reach the index but seldom match.
            queries.add(ScreeningQuery.byName(i % 2 == 0 ? a : a.split("[ ,]+")[0] + " " + b.substring(b.lastIndexOf(' ') + 1)));
        }
    }

    @Benchmark
    public int screenOneName() {
        return screening.screen(queries.get(next++ & 4095)).size();
    }

    @Benchmark
    public int scanEveryNameWithoutIndex() {
        NormalisedName q = matcher.normaliser().normalise(queries.get(next++ & 4095).name(), Schema.ANY);
        int hits = 0;
        for (NormalisedName n : allNames) {
            if (matcher.compare(q, n).score() >= NameMatcher.DEFAULT_THRESHOLD) {
                hits++;
            }
        }
        return hits;
    }
}
