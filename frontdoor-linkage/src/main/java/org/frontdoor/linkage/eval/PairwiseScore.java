package org.frontdoor.linkage.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairwise precision, recall and F1 of a clustering against the truth: every pair of records put in one
 * cluster is a predicted link; every pair sharing a true entity is a true link.
 *
 * @param truePositives pairs both predicted and true
 * @param predicted     predicted pairs
 * @param actual        true pairs
 */
public record PairwiseScore(long truePositives, long predicted, long actual) {

    /** Share of predicted pairs that are true; 1 when nothing was predicted. */
    public double precision() {
        return predicted == 0 ? 1.0 : (double) truePositives / predicted;
    }

    /** Share of true pairs that were predicted; 1 when there are none. */
    public double recall() {
        return actual == 0 ? 1.0 : (double) truePositives / actual;
    }

    /** Harmonic mean of precision and recall. */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Scores predicted cluster labels against true entity labels, both given per record in the same order. */
    public static PairwiseScore of(List<String> predictedClusters, List<String> trueEntities) {
        if (predictedClusters.size() != trueEntities.size()) {
            throw new IllegalArgumentException("label lists differ in length");
        }
        Map<String, Long> predictedSizes = new HashMap<>();
        Map<String, Long> trueSizes = new HashMap<>();
        Map<String, Long> both = new HashMap<>();
        for (int i = 0; i < predictedClusters.size(); i++) {
            predictedSizes.merge(predictedClusters.get(i), 1L, Long::sum);
            trueSizes.merge(trueEntities.get(i), 1L, Long::sum);
            both.merge(predictedClusters.get(i) + "\u0000" + trueEntities.get(i), 1L, Long::sum);
        }
        return new PairwiseScore(pairs(both), pairs(predictedSizes), pairs(trueSizes));
    }

    private static long pairs(Map<String, Long> sizes) {
        long total = 0;
        for (long n : sizes.values()) {
            total += n * (n - 1) / 2;
        }
        return total;
    }
}
