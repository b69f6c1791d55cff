package org.frontdoor.people.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.frontdoor.linkage.batch.BatchLinkage;
import org.frontdoor.linkage.config.LinkageSettings;
import org.frontdoor.linkage.model.LinkageModel;
import org.frontdoor.linkage.model.ParameterEstimation;
import org.frontdoor.linkage.record.PersonRecord;
import org.frontdoor.linkage.record.PreparedRecord;
import org.frontdoor.linkage.record.RecordPreparation;

/**
 * Retrains the linkage model: an unsupervised estimate, refined by the pairs reviewers confirmed as the
 * same person. The estimate is made on the registry's own records (random-pair u, EM for m, as the engine's
 * {@code dedupe --labels} does) once the registry has enough of them; before that, EM over a few records
 * gives nonsense, so the shipped model's estimate (20,000 synthetic records) is refined instead. Either way
 * training starts from an unsupervised estimate, never from an earlier retrained model, so the same records
 * and labels always give the same model and no label is counted twice.
 *
 * <p>Only same-person labels change m; different-people labels are counted but do not change u, which
 * random pairs estimate far better than a few hard cases would. They keep acting where they are strongest:
 * matching never proposes a rejected pair again. Plain Java, no Spring.
 */
final class ModelTraining {

    /** How many pseudo-pairs the unsupervised estimate weighs against each label, as the engine's CLI does. */
    static final double LABEL_STRENGTH = 50;

    public enum Method {
        /** EM on the registry's records, refined by the labels. */
        ESTIMATED_ON_REGISTRY("Estimated on the registry's records, then refined with the labels"),
        /** The shipped model's estimate, refined by the labels: the registry is too small to estimate on. */
        REFINED_SHIPPED("The shipped estimate refined with the labels (too few records to estimate on)");

        private final String description;

        Method(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    /** A reviewer's decision on a pair of records, by record id. */
    record Label(String recordA, String recordB, boolean samePerson) {
    }

    /**
     * @param records                how many records the registry had
     * @param samePersonLabels       labels that refined m (both records known)
     * @param differentPeopleLabels  labels of pairs kept apart (counted, not used for estimation)
     */
    record Trained(LinkageModel model, Method method, int records, int samePersonLabels, int differentPeopleLabels) {
    }

    /** No pair of known records was confirmed as the same person: the model would not change. */
    static final class NothingToLearn extends RuntimeException {
        NothingToLearn() {
            super("No reviewer has confirmed two records as the same person yet");
        }
    }

    private ModelTraining() {
    }

    /**
     * @param shipped              the model shipped with the application, the fallback estimate
     * @param records              every record of the registry
     * @param labels               every human decision on a pair
     * @param minRecordsToEstimate below this many records the shipped estimate is refined instead
     * @throws NothingToLearn when no label confirms a pair of known records as the same person
     */
    static Trained train(LinkageModel shipped, List<PersonRecord> records, List<Label> labels, int minRecordsToEstimate) {
        var preparation = RecordPreparation.standard();
        List<PreparedRecord> prepared = records.stream().map(preparation::prepare).toList();
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < prepared.size(); i++) {
            position.put(prepared.get(i).id(), i);
        }
        List<int[]> same = new ArrayList<>();
        int different = 0;
        for (Label label : labels) {
            Integer a = position.get(label.recordA());
            Integer b = position.get(label.recordB());
            if (a == null || b == null) {
                continue;
            }
            if (label.samePerson()) {
                same.add(new int[] {a, b});
            } else {
                different++;
            }
        }
        if (same.isEmpty()) {
            throw new NothingToLearn();
        }
        if (records.size() >= minRecordsToEstimate) {
            // Term frequencies of a registry still filling up would move scores from one day to the next.
            LinkageModel estimated = BatchLinkage.deduplicate(prepared, LinkageSettings.defaults(), same, line -> { })
                    .model().withoutTermFrequencies().withPrior(LinkageModels.REGISTRY_PRIOR);
            return new Trained(estimated, Method.ESTIMATED_ON_REGISTRY, records.size(), same.size(), different);
        }
        return new Trained(refine(shipped, prepared, same), Method.REFINED_SHIPPED, records.size(), same.size(), different);
    }

    private static LinkageModel refine(LinkageModel base, List<PreparedRecord> records, List<int[]> same) {
        int comparisons = base.comparisons().size();
        double[][] m = new double[comparisons][];
        double[][] u = new double[comparisons][];
        for (int k = 0; k < comparisons; k++) {
            int levels = base.comparisons().get(k).levelCount();
            m[k] = new double[levels + 1];
            u[k] = new double[levels + 1];
            for (int level = 1; level <= levels; level++) {
                m[k][level] = base.m(k, level);
                u[k][level] = base.u(k, level);
            }
        }
        long[] patterns = same.stream().mapToLong(p -> base.pattern(records.get(p[0]), records.get(p[1]))).toArray();
        double[][] refined = ParameterEstimation.refineWithLabels(base.comparisons(), m, patterns, LABEL_STRENGTH);
        return new LinkageModel(base.comparisons(), refined, u, base.priorMatchProbability(), base.termFrequencies());
    }
}
