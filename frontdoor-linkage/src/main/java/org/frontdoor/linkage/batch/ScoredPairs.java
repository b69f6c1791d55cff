package org.frontdoor.linkage.batch;

/**
 * Pairs of record indices with their match probability. Arrays are owned by this object; do not modify.
 *
 * @param first       index of the first record of each pair
 * @param second      index of the second record of each pair
 * @param probability match probability of each pair
 * @param size        number of pairs (arrays may be longer)
 */
public record ScoredPairs(int[] first, int[] second, double[] probability, int size) {
}
