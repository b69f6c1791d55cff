package org.frontdoor.linkage.model;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.frontdoor.linkage.compare.Comparison;
import org.frontdoor.linkage.record.PreparedRecord;

/**
 * Estimates Fellegi-Sunter parameters without labels, the way Splink does: u-probabilities from pairs drawn
 * at random (almost all of which are non-matches), m-probabilities by expectation maximisation over the
 * candidate pairs that blocking produced. All methods are pure functions of their arguments.
 */
public final class ParameterEstimation {

    /** Added to every level count so that a level never seen does not get probability zero. */
    private static final double PSEUDO_COUNT = 0.5;

    private ParameterEstimation() {
    }

    /** Result of expectation maximisation over candidate pairs. */
    public record Estimate(double[][] m, double[][] uAmongCandidates, double matchShareAmongCandidates,
            int iterations) {
    }

    /**
     * u-probabilities from {@code samples} random pairs, one record from {@code left} and one from
     * {@code right} (pass the same list twice to deduplicate). Deterministic for a given seed.
     */
    public static double[][] uFromRandomPairs(List<Comparison> comparisons, List<PreparedRecord> left,
            List<PreparedRecord> right, int samples, long seed) {
        int chunks = 16;
        // With an empty side there is nothing to sample; the pseudo-counts alone give a flat u.
        int perChunk = left.isEmpty() || right.isEmpty() ? 0 : Math.max(1, samples / chunks);
        boolean same = left == right;
        long[][] partial = IntStream.range(0, chunks).parallel().mapToObj(chunk -> {
            SplittableRandom random = new SplittableRandom(seed * 31 + chunk);
            long[] counts = new long[comparisons.size() * 16];
            for (int s = 0; s < perChunk; s++) {
                int i = random.nextInt(left.size());
                int j = random.nextInt(right.size());
                if (same && i == j) {
                    continue;
                }
                PreparedRecord a = left.get(i);
                PreparedRecord b = right.get(j);
                for (int k = 0; k < comparisons.size(); k++) {
                    counts[k * 16 + comparisons.get(k).level(a, b)]++;
                }
            }
            return counts;
        }).toArray(long[][]::new);
        double[][] u = new double[comparisons.size()][];
        for (int k = 0; k < comparisons.size(); k++) {
            int levels = comparisons.get(k).levelCount();
            u[k] = new double[levels + 1];
            double total = 0;
            for (int level = 1; level <= levels; level++) {
                for (long[] counts : partial) {
                    u[k][level] += counts[k * 16 + level];
                }
                u[k][level] += PSEUDO_COUNT;
                total += u[k][level];
            }
            for (int level = 1; level <= levels; level++) {
                u[k][level] /= total;
            }
        }
        return u;
    }

    /**
     * Expectation maximisation of a two-class mixture over the distinct level patterns of the candidate pairs.
     * The non-match class gets its own distribution among candidates (blocking makes non-matches agree far more
     * often than random pairs do); only m and the match share are kept for scoring, u comes from random pairs.
     *
     * @param patternCounts  number of candidate pairs per packed level pattern
     * @param randomU        u from random pairs, used to start the non-match class
     * @param maxIterations  upper bound on iterations; stops earlier once parameters move less than 1e-5
     */
    public static Estimate expectationMaximisation(List<Comparison> comparisons, Map<Long, Long> patternCounts,
            double[][] randomU, int maxIterations) {
        int n = comparisons.size();
        long[] patterns = new long[patternCounts.size()];
        double[] counts = new double[patternCounts.size()];
        int p = 0;
        for (Map.Entry<Long, Long> e : patternCounts.entrySet()) {
            patterns[p] = e.getKey();
            counts[p++] = e.getValue();
        }
        double[][] m = new double[n][];
        double[][] u = new double[n][];
        for (int k = 0; k < n; k++) {
            int levels = comparisons.get(k).levelCount();
            m[k] = new double[levels + 1];
            u[k] = randomU[k].clone();
            // Start from "matches mostly agree exactly": half the mass on exact, the rest decaying by level.
            double total = 0;
            for (int level = 1; level <= levels; level++) {
                m[k][level] = level == 1 ? 0.5 * levels : 1.0 / level;
                total += m[k][level];
            }
            for (int level = 1; level <= levels; level++) {
                m[k][level] /= total;
            }
        }
        double lambda = 0.3;
        if (patterns.length == 0) {
            return new Estimate(m, u, 1e-6, 0);
        }
        int iteration = 0;
        for (; iteration < maxIterations; iteration++) {
            double[][] mNext = new double[n][];
            double[][] uNext = new double[n][];
            for (int k = 0; k < n; k++) {
                mNext[k] = new double[m[k].length];
                uNext[k] = new double[u[k].length];
            }
            double matchTotal = 0;
            double all = 0;
            for (int i = 0; i < patterns.length; i++) {
                double logMatch = Math.log(lambda);
                double logNon = Math.log(1 - lambda);
                for (int k = 0; k < n; k++) {
                    int level = LinkageModel.levelOf(patterns[i], k);
                    if (level != 0) {
                        logMatch += Math.log(m[k][level]);
                        logNon += Math.log(u[k][level]);
                    }
                }
                double posterior = 1.0 / (1.0 + Math.exp(logNon - logMatch));
                double asMatch = posterior * counts[i];
                double asNon = (1 - posterior) * counts[i];
                matchTotal += asMatch;
                all += counts[i];
                for (int k = 0; k < n; k++) {
                    int level = LinkageModel.levelOf(patterns[i], k);
                    if (level != 0) {
                        mNext[k][level] += asMatch;
                        uNext[k][level] += asNon;
                    }
                }
            }
            double change = Math.abs(matchTotal / all - lambda);
            lambda = Math.min(0.999, Math.max(1e-6, matchTotal / all));
            for (int k = 0; k < n; k++) {
                change = Math.max(change, normalise(mNext[k], m[k]));
                normalise(uNext[k], u[k]);
            }
            if (change < 1e-5) {
                iteration++;
                break;
            }
        }
        return new Estimate(m, u, lambda, iteration);
    }

    /**
     * Blends clerical labels into estimated m-probabilities: the labelled matches' level counts are added to
     * the EM estimate weighted as {@code priorStrength} pseudo-pairs, so a few labels nudge and many dominate.
     *
     * @param labelledMatchPatterns packed level patterns of pairs a person confirmed as the same person
     */
    public static double[][] refineWithLabels(List<Comparison> comparisons, double[][] m, long[] labelledMatchPatterns,
            double priorStrength) {
        double[][] refined = new double[m.length][];
        for (int k = 0; k < m.length; k++) {
            refined[k] = new double[m[k].length];
            double total = 0;
            for (int level = 1; level < m[k].length; level++) {
                refined[k][level] = priorStrength * m[k][level];
            }
            for (long pattern : labelledMatchPatterns) {
                int level = LinkageModel.levelOf(pattern, k);
                if (level != 0) {
                    refined[k][level] += 1;
                }
            }
            for (int level = 1; level < m[k].length; level++) {
                total += refined[k][level];
            }
            for (int level = 1; level < m[k].length; level++) {
                refined[k][level] /= total;
            }
        }
        return refined;
    }

    /** Normalises counts (plus a small floor) into {@code target}; returns the largest change. */
    private static double normalise(double[] counts, double[] target) {
        double total = 0;
        for (int level = 1; level < counts.length; level++) {
            counts[level] += 1e-3;
            total += counts[level];
        }
        double change = 0;
        for (int level = 1; level < counts.length; level++) {
            double value = Math.max(counts[level] / total, 1e-6);
            change = Math.max(change, Math.abs(value - target[level]));
            target[level] = value;
        }
        return change;
    }
}
