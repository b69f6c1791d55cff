package org.frontdoor.linkage.model;

/**
 * One line of a pair's explanation.
 *
 * @param comparison comparison name, e.g. {@code surname}
 * @param level      agreement level number (0 = missing value, 1 = strongest)
 * @param label      human label of the level, e.g. {@code jaro-winkler>=0.9}
 * @param weight     contribution to the match weight in bits (log2 of the Bayes factor), including any
 *                   term-frequency adjustment
 * @param termFrequencyAdjustment the part of {@code weight} due to the frequency of the agreed value
 */
public record ComparisonContribution(String comparison, int level, String label, double weight,
        double termFrequencyAdjustment) {

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%s=%s(%+.2f)", comparison, label, weight);
    }
}
