package org.frontdoor.linkage.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.frontdoor.linkage.compare.Comparison;
import org.frontdoor.linkage.compare.TextComparison;
import org.junit.jupiter.api.Test;

class ParameterEstimationTest {

    @Test
    void expectationMaximisationSeparatesMatchesWithoutLabels() {
        // Three binary comparisons (exact / else). 1,000 matches agree on all three 90% of the time each;
        // 9,000 non-matches agree 5% of the time each. Pattern counts are the expected values.
        List<Comparison> comparisons = List.of(TextComparison.gender(), TextComparison.state(),
                TextComparison.gender());
        Map<Long, Long> counts = new HashMap<>();
        for (int mask = 0; mask < 8; mask++) {
            double match = 1000;
            double non = 9000;
            long pattern = 0;
            for (int k = 0; k < 3; k++) {
                boolean agree = (mask & (1 << k)) != 0;
                match *= agree ? 0.9 : 0.1;
                non *= agree ? 0.05 : 0.95;
                pattern |= (long) (agree ? 1 : 2) << (4 * k);
            }
            counts.put(pattern, Math.round(match + non));
        }
        double[][] u = {{0, 0.01, 0.99}, {0, 0.01, 0.99}, {0, 0.01, 0.99}};
        ParameterEstimation.Estimate estimate = ParameterEstimation.expectationMaximisation(comparisons, counts, u,
                200);
        assertThat(estimate.matchShareAmongCandidates()).isBetween(0.08, 0.12);
        for (int k = 0; k < 3; k++) {
            assertThat(estimate.m()[k][1]).isBetween(0.85, 0.95);
            assertThat(estimate.uAmongCandidates()[k][1]).isBetween(0.03, 0.07);
        }
    }

    @Test
    void labelsPullMProbabilitiesTowardsWhatReviewersConfirmed() {
        List<Comparison> comparisons = List.of(TextComparison.gender());
        double[][] m = {{0, 0.5, 0.5}};
        long[] labelled = new long[100];
        java.util.Arrays.fill(labelled, 1L);
        double[][] refined = ParameterEstimation.refineWithLabels(comparisons, m, labelled, 50);
        assertThat(refined[0][1]).isGreaterThan(0.8);
    }
}
