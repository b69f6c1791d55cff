package org.frontdoor.linkage.model;

import java.util.ArrayList;
import java.util.List;
import org.frontdoor.linkage.compare.Comparison;
import org.frontdoor.linkage.record.PreparedRecord;

/**
 * A trained Fellegi-Sunter model: for each comparison and level, the probability of that level among true
 * matches (m) and among non-matches (u), a prior probability that two records match, and term frequencies.
 * Scoring a pair is a pure function of the two records; the model is immutable and thread-safe, so one
 * instance serves a batch run, a real-time {@code PersonIndex} and (serialised) a cluster job alike.
 */
public final class LinkageModel {

    /** At most 16 comparisons, because a pair's levels are packed four bits each into one {@code long}. */
    public static final int MAX_COMPARISONS = 16;

    private static final double MAX_TF_ADJUSTMENT = 8.0;

    private final List<Comparison> comparisons;
    private final double[][] m;
    private final double[][] u;
    private final double[][] levelWeight;
    private final double priorMatchProbability;
    private final double priorWeight;
    private final TermFrequencies termFrequencies;

    /**
     * @param comparisons           the comparisons, in order
     * @param m                     m[k][level] for level 1..n of comparison k (index 0 unused)
     * @param u                     u[k][level], same shape
     * @param priorMatchProbability probability that two records drawn at random are the same person
     * @param termFrequencies       value frequencies for term-frequency adjusted comparisons
     */
    public LinkageModel(List<Comparison> comparisons, double[][] m, double[][] u, double priorMatchProbability,
            TermFrequencies termFrequencies) {
        if (comparisons.size() > MAX_COMPARISONS) {
            throw new IllegalArgumentException("at most " + MAX_COMPARISONS + " comparisons");
        }
        this.comparisons = List.copyOf(comparisons);
        this.m = deepCopy(m);
        this.u = deepCopy(u);
        this.levelWeight = new double[comparisons.size()][];
        for (int k = 0; k < comparisons.size(); k++) {
            levelWeight[k] = new double[comparisons.get(k).levelCount() + 1];
            int disagreement = levelWeight[k].length - 1;
            for (int level = 1; level <= disagreement; level++) {
                levelWeight[k][level] = log2(this.m[k][level] / this.u[k][level]);
            }
            // A level that EM never saw among matches (say nicknames, in a file without any) gets m near zero and
            // a hugely negative weight; no kind of partial agreement may count against a pair more than outright
            // disagreement does.
            for (int level = 1; level < disagreement; level++) {
                levelWeight[k][level] = Math.max(levelWeight[k][level], levelWeight[k][disagreement]);
            }
        }
        this.priorMatchProbability = priorMatchProbability;
        this.priorWeight = log2(priorMatchProbability / (1 - priorMatchProbability));
        this.termFrequencies = termFrequencies;
    }

    /** The comparisons, in the order of their levels in a packed pattern. */
    public List<Comparison> comparisons() {
        return comparisons;
    }

    /** m-probability of a level (1-based) of comparison k. */
    public double m(int k, int level) {
        return m[k][level];
    }

    /** u-probability of a level (1-based) of comparison k. */
    public double u(int k, int level) {
        return u[k][level];
    }

    /**
     * Weight in bits of a level (1-based) of comparison k, as scoring adds it: log2(m/u), except that no partial
     * agreement weighs less than outright disagreement.
     */
    public double weight(int k, int level) {
        return levelWeight[k][level];
    }

    /** Probability that two records drawn at random are the same person. */
    public double priorMatchProbability() {
        return priorMatchProbability;
    }

    /** Value frequencies used for term-frequency adjustment. */
    public TermFrequencies termFrequencies() {
        return termFrequencies;
    }

    /** The same model with another prior, e.g. for a real-time index whose population differs from training. */
    public LinkageModel withPrior(double priorMatchProbability) {
        return new LinkageModel(comparisons, m, u, priorMatchProbability, termFrequencies);
    }

    /** The same model without term-frequency adjustments, e.g. when the training names are not the population's. */
    public LinkageModel withoutTermFrequencies() {
        return new LinkageModel(comparisons, m, u, priorMatchProbability, TermFrequencies.none());
    }

    /** All comparison levels of a pair, packed four bits per comparison (comparison k at bits 4k..4k+3). */
    public long pattern(PreparedRecord a, PreparedRecord b) {
        long pattern = 0;
        for (int k = 0; k < comparisons.size(); k++) {
            pattern |= (long) comparisons.get(k).level(a, b) << (4 * k);
        }
        return pattern;
    }

    /** The level of comparison k inside a packed pattern. */
    public static int levelOf(long pattern, int k) {
        return (int) (pattern >>> (4 * k)) & 0xF;
    }

    /** Total match weight (bits) of a pair whose levels are already known. */
    public double matchWeight(long pattern, PreparedRecord a, PreparedRecord b) {
        double weight = priorWeight;
        for (int k = 0; k < comparisons.size(); k++) {
            int level = levelOf(pattern, k);
            weight += levelWeight[k][level];
            if (level == 1) {
                weight += termFrequencyAdjustment(k, a);
            }
        }
        return weight;
    }

    /**
     * Term-frequency adjustments of every record, per comparison (null for comparisons without one), computed
     * once so that batch scoring of millions of pairs does not look values up again and again.
     */
    public float[][] termFrequencyAdjustments(List<PreparedRecord> records) {
        float[][] adjustments = new float[comparisons.size()][];
        for (int k = 0; k < comparisons.size(); k++) {
            Comparison c = comparisons.get(k);
            if (c.termFrequencyAdjusted() && termFrequencies.covers(c.field())) {
                float[] values = new float[records.size()];
                int comparison = k;
                java.util.stream.IntStream.range(0, records.size()).parallel().forEach(i ->
                        values[i] = records.get(i).has(c.field())
                                ? (float) termFrequencyAdjustment(comparison, records.get(i)) : 0f);
                adjustments[k] = values;
            }
        }
        return adjustments;
    }

    /**
     * Total match weight of a pair whose levels are known, with term-frequency adjustments taken from
     * {@link #termFrequencyAdjustments} for the pair's first record (agreement makes both records' values equal).
     */
    public double matchWeight(long pattern, float[][] adjustments, int firstRecord) {
        double weight = priorWeight;
        for (int k = 0; k < levelWeight.length; k++) {
            int level = levelOf(pattern, k);
            weight += levelWeight[k][level];
            if (level == 1 && adjustments[k] != null) {
                weight += adjustments[k][firstRecord];
            }
        }
        return weight;
    }

    /** Probability that two records are the same person. */
    public double matchProbability(PreparedRecord a, PreparedRecord b) {
        return probability(matchWeight(pattern(a, b), a, b));
    }

    /** Match weight without the prior: the evidence of the pair alone, in bits. */
    public double evidenceWeight(PreparedRecord a, PreparedRecord b) {
        return matchWeight(pattern(a, b), a, b) - priorWeight;
    }

    /** Full explanation: every comparison's level, label and contribution. */
    public PairExplanation explain(PreparedRecord a, PreparedRecord b) {
        List<ComparisonContribution> lines = new ArrayList<>(comparisons.size());
        double weight = priorWeight;
        for (int k = 0; k < comparisons.size(); k++) {
            Comparison comparison = comparisons.get(k);
            int level = comparison.level(a, b);
            double tf = level == 1 ? termFrequencyAdjustment(k, a) : 0.0;
            double contribution = levelWeight[k][level] + tf;
            weight += contribution;
            String label = level == 0 ? "missing" : comparison.levelLabels().get(level - 1);
            lines.add(new ComparisonContribution(comparison.name(), level, label, contribution, tf));
        }
        return new PairExplanation(priorWeight, lines, weight, probability(weight));
    }

    /** The parameters as a readable table: one line per comparison level with m, u and weight in bits. */
    public String describe() {
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < comparisons.size(); k++) {
            Comparison c = comparisons.get(k);
            out.append("  ").append(c.name()).append(':');
            for (int level = 1; level <= c.levelCount(); level++) {
                out.append(String.format(java.util.Locale.ROOT, " [%s m=%.3g u=%.3g %+.1f]",
                        c.levelLabels().get(level - 1), m[k][level], u[k][level], levelWeight[k][level]));
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** Converts a match weight in bits to a probability. */
    public static double probability(double matchWeight) {
        return 1.0 / (1.0 + Math.pow(2, -matchWeight));
    }

    private double termFrequencyAdjustment(int k, PreparedRecord agreed) {
        Comparison comparison = comparisons.get(k);
        if (!comparison.termFrequencyAdjusted() || !termFrequencies.covers(comparison.field())) {
            return 0.0;
        }
        String value = agreed.text(comparison.field());
        double frequency = termFrequencies.frequency(comparison.field(), value);
        double adjustment = log2(u[k][1] / frequency);
        return Math.max(-MAX_TF_ADJUSTMENT, Math.min(MAX_TF_ADJUSTMENT, adjustment));
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    private static double[][] deepCopy(double[][] source) {
        double[][] copy = new double[source.length][];
        for (int i = 0; i < source.length; i++) {
            copy[i] = source[i].clone();
        }
        return copy;
    }
}
