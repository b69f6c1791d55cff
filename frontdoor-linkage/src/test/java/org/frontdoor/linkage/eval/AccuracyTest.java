package org.frontdoor.linkage.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The accuracy targets of the linkage issue, on the public data sets copied into the test resources, with the
 * default configuration, no labels and the truth hidden from the engine (see {@link Evaluate}).
 */
class AccuracyTest {

    private static Map<String, PairwiseScore> scores;

    @BeforeAll
    static void evaluateAll() throws Exception {
        Path data = Path.of(AccuracyTest.class.getResource("/linkage").toURI());
        List<Evaluate.Dataset> sets = Evaluate.datasetsIn(data);
        assertThat(sets).extracting(Evaluate.Dataset::name).containsExactly("febrl1", "febrl2", "febrl3",
                "fake_1000");
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        scores = sets.stream().collect(Collectors.toMap(Evaluate.Dataset::name, set -> {
            try {
                return Evaluate.evaluate(set, List.of(), quiet).score();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }));
    }

    @Test
    void reachesF1OfAtLeast095OnEachFebrlDataset() {
        assertThat(scores.get("febrl1").f1()).isGreaterThanOrEqualTo(0.95);
        assertThat(scores.get("febrl2").f1()).isGreaterThanOrEqualTo(0.95);
        assertThat(scores.get("febrl3").f1()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void reachesF1OfAtLeast085OnSplinkFake1000() {
        assertThat(scores.get("fake_1000").f1()).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void scoresPairsFromClusterLabels() {
        PairwiseScore score = PairwiseScore.of(List.of("a", "a", "a", "b"), List.of("x", "x", "y", "y"));
        assertThat(score.truePositives()).isEqualTo(1);
        assertThat(score.predicted()).isEqualTo(3);
        assertThat(score.actual()).isEqualTo(2);
        assertThat(Evaluate.entityOf("rec-12-dup-3", true)).isEqualTo(Evaluate.entityOf("rec-12-org", true));
    }
}
