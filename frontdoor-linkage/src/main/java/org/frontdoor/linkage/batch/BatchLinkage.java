package org.frontdoor.linkage.batch;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.frontdoor.linkage.blocking.BlockingRule;
import org.frontdoor.linkage.blocking.CandidatePairs;
import org.frontdoor.linkage.blocking.PairBatch;
import org.frontdoor.linkage.compare.Comparison;
import org.frontdoor.linkage.compare.Comparisons;
import org.frontdoor.linkage.config.LinkageSettings;
import org.frontdoor.linkage.model.LinkageModel;
import org.frontdoor.linkage.model.ParameterEstimation;
import org.frontdoor.linkage.model.TermFrequencies;
import org.frontdoor.linkage.record.PersonField;
import org.frontdoor.linkage.record.PreparedRecord;

/**
 * The batch pipeline: block, compare, estimate the model without labels, score. Used for deduplicating one
 * set of records and for linking two. Stateless; everything a run needs is in its arguments.
 */
public final class BatchLinkage {

    /** Fields present in fewer records than this share are left out of the model: they would only add noise. */
    private static final double MIN_FIELD_COVERAGE = 0.01;

    /** Loose blocking rules may add this many pairs per record each... */
    private static final long LOOSE_PAIRS_PER_RECORD = 4;

    /** ...or this many in all, whichever is more, so small files always get them. */
    private static final long MIN_LOOSE_RULE_BUDGET = 250_000;

    private BatchLinkage() {
    }

    /**
     * Deduplicates one set of records.
     *
     * @param labelledMatches optional pairs of record indices a person confirmed as the same person; may be empty
     */
    public static LinkageRun deduplicate(List<PreparedRecord> records, LinkageSettings settings,
            List<int[]> labelledMatches, Consumer<String> progress) {
        return run(records, null, records, records, settings, labelledMatches, progress);
    }

    /** Links two sets: records of {@code left} then {@code right}; pair indices refer to that concatenation. */
    public static LinkageRun link(List<PreparedRecord> left, List<PreparedRecord> right, LinkageSettings settings,
            Consumer<String> progress) {
        List<PreparedRecord> all = new ArrayList<>(left.size() + right.size());
        all.addAll(left);
        all.addAll(right);
        byte[] sides = new byte[all.size()];
        for (int i = left.size(); i < sides.length; i++) {
            sides[i] = 1;
        }
        return run(all, sides, left, right, settings, List.of(), progress);
    }

    private static LinkageRun run(List<PreparedRecord> records, byte[] sides, List<PreparedRecord> left,
            List<PreparedRecord> right, LinkageSettings settings, List<int[]> labelledMatches,
            Consumer<String> progress) {
        Set<PersonField> fields = settings.comparisonFields().isEmpty()
                ? fieldsPresent(left, right) : settings.comparisonFields();
        List<Comparison> comparisons = Comparisons.forFields(fields);
        List<BlockingRule> rules = settings.blockingRules().isEmpty()
                ? defaultRules(records, fields, settings, progress)
                : settings.blockingRules().stream().map(BlockingRule::parse).toList();
        progress.accept("comparing " + fields + " with " + rules.size() + " blocking rules");

        CandidatePairs.Generated candidates = CandidatePairs.generate(records, sides, rules, settings.maxBlockSize());
        progress.accept(String.format("blocking produced %,d candidate pairs%n%s", candidates.size(),
                candidates.report().describe().stripTrailing()));

        List<PairBatch> batches = candidates.batches();
        LinkageModel untrained = new LinkageModel(comparisons, flat(comparisons), flat(comparisons), 0.5,
                TermFrequencies.none());
        long[][] patterns = IntStream.range(0, batches.size()).parallel().mapToObj(b -> {
            PairBatch batch = batches.get(b);
            long[] out = new long[batch.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = untrained.pattern(records.get(batch.first(i)), records.get(batch.second(i)));
            }
            return out;
        }).toArray(long[][]::new);
        Map<Long, Long> patternCounts = new HashMap<>();
        for (long[] batchPatterns : patterns) {
            for (long pattern : batchPatterns) {
                patternCounts.merge(pattern, 1L, Long::sum);
            }
        }
        progress.accept(String.format("compared; %,d distinct comparison patterns", patternCounts.size()));

        double[][] u = ParameterEstimation.uFromRandomPairs(comparisons, left, right, settings.randomPairSamples(),
                settings.seed());
        ParameterEstimation.Estimate estimate = ParameterEstimation.expectationMaximisation(comparisons,
                patternCounts, u, settings.emIterations());
        double[][] m = estimate.m();
        if (!labelledMatches.isEmpty()) {
            long[] labelled = labelledMatches.stream()
                    .mapToLong(p -> untrained.pattern(records.get(p[0]), records.get(p[1]))).toArray();
            m = ParameterEstimation.refineWithLabels(comparisons, m, labelled, 50);
        }
        double possiblePairs = sides == null
                ? records.size() * (records.size() - 1.0) / 2.0
                : (double) left.size() * right.size();
        double expectedMatches = estimate.matchShareAmongCandidates() * candidates.size();
        double prior = Math.min(0.5, Math.max(1e-12, expectedMatches / Math.max(1.0, possiblePairs)));
        progress.accept(String.format("expectation maximisation: %d iterations, %.1f%% of candidates match, prior %.3g",
                estimate.iterations(), 100 * estimate.matchShareAmongCandidates(), prior));

        Set<PersonField> tfFields = EnumSet.noneOf(PersonField.class);
        comparisons.stream().filter(Comparison::termFrequencyAdjusted).forEach(c -> tfFields.add(c.field()));
        LinkageModel model = new LinkageModel(comparisons, m, u, prior, TermFrequencies.count(records, tfFields));
        progress.accept("model:\n" + model.describe().stripTrailing());
        ScoredPairs matches = score(model, records, batches, patterns, settings.threshold());
        progress.accept(String.format("%,d pairs at or above probability %.2f", matches.size(), settings.threshold()));
        return new LinkageRun(model, candidates.report(), candidates.size(), matches, estimate.iterations());
    }

    /**
     * The strict default rules, plus each loose rule whose pair count fits the budget: a few pairs per record,
     * so that small files get the recall of loose blocking and large files keep near-linear cost.
     */
    private static List<BlockingRule> defaultRules(List<PreparedRecord> records, Set<PersonField> fields,
            LinkageSettings settings, Consumer<String> progress) {
        List<BlockingRule> rules = new ArrayList<>(BlockingRule.defaultsFor(fields));
        long budget = Math.max(MIN_LOOSE_RULE_BUDGET, LOOSE_PAIRS_PER_RECORD * records.size());
        // On big files a systematic sample is enough to tell a rule that fits the budget from one that is many
        // times over it: pairs grow with the square of the sampling step.
        int step = Math.max(1, records.size() / 100_000);
        List<PreparedRecord> sample = step == 1 ? records
                : IntStream.range(0, records.size() / step).mapToObj(i -> records.get(i * step)).toList();
        for (BlockingRule loose : BlockingRule.looseDefaultsFor(fields)) {
            long pairs = CandidatePairs.estimatePairs(sample, loose, Math.max(1, settings.maxBlockSize() / step))
                    * (long) step * step;
            if (pairs <= budget) {
                rules.add(loose);
            } else {
                progress.accept(String.format("loose rule [%s] left out: %s%,d pairs exceed the budget of %,d",
                        loose.text(), step > 1 ? "about " : "", pairs, budget));
            }
        }
        return rules;
    }

    private static ScoredPairs score(LinkageModel model, List<PreparedRecord> records, List<PairBatch> batches,
            long[][] patterns, double threshold) {
        float[][] adjustments = model.termFrequencyAdjustments(records);
        List<ScoredPairs> parts = IntStream.range(0, batches.size()).parallel().mapToObj(b -> {
            PairBatch batch = batches.get(b);
            int[] first = new int[16];
            int[] second = new int[16];
            double[] probability = new double[16];
            int size = 0;
            for (int i = 0; i < batch.size(); i++) {
                double p = LinkageModel.probability(model.matchWeight(patterns[b][i], adjustments, batch.first(i)));
                if (p >= threshold) {
                    if (size == first.length) {
                        first = java.util.Arrays.copyOf(first, size * 2);
                        second = java.util.Arrays.copyOf(second, size * 2);
                        probability = java.util.Arrays.copyOf(probability, size * 2);
                    }
                    first[size] = batch.first(i);
                    second[size] = batch.second(i);
                    probability[size++] = p;
                }
            }
            return new ScoredPairs(first, second, probability, size);
        }).toList();
        int total = parts.stream().mapToInt(ScoredPairs::size).sum();
        int[] first = new int[total];
        int[] second = new int[total];
        double[] probability = new double[total];
        int offset = 0;
        for (ScoredPairs part : parts) {
            System.arraycopy(part.first(), 0, first, offset, part.size());
            System.arraycopy(part.second(), 0, second, offset, part.size());
            System.arraycopy(part.probability(), 0, probability, offset, part.size());
            offset += part.size();
        }
        return new ScoredPairs(first, second, probability, total);
    }

    /** Fields that enough records on both sides have to be worth comparing. */
    static Set<PersonField> fieldsPresent(List<PreparedRecord> left, List<PreparedRecord> right) {
        Set<PersonField> present = EnumSet.noneOf(PersonField.class);
        for (PersonField field : PersonField.values()) {
            if (coverage(left, field) >= MIN_FIELD_COVERAGE && coverage(right, field) >= MIN_FIELD_COVERAGE) {
                present.add(field);
            }
        }
        return present;
    }

    private static double coverage(List<PreparedRecord> records, PersonField field) {
        if (records.isEmpty()) {
            return 0;
        }
        int step = Math.max(1, records.size() / 10_000);
        int seen = 0;
        int has = 0;
        for (int i = 0; i < records.size(); i += step) {
            seen++;
            if (records.get(i).has(field)) {
                has++;
            }
        }
        return (double) has / seen;
    }

    private static double[][] flat(List<Comparison> comparisons) {
        double[][] p = new double[comparisons.size()][];
        for (int k = 0; k < comparisons.size(); k++) {
            p[k] = new double[comparisons.get(k).levelCount() + 1];
            java.util.Arrays.fill(p[k], 1.0 / comparisons.get(k).levelCount());
        }
        return p;
    }
}
