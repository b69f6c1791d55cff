package org.frontdoor.linkage.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Why two records were judged to be (or not to be) the same person: the prior, then each comparison's
 * level and contribution. {@code matchWeight} is the sum of the prior weight and all contributions, and
 * {@code matchProbability} is {@code 1 / (1 + 2^-matchWeight)}.
 *
 * @param priorWeight      log2 of the prior odds that two records match
 * @param contributions    one entry per comparison, in model order
 * @param matchWeight      total weight in bits
 * @param matchProbability posterior probability that the records are the same person
 */
public record PairExplanation(double priorWeight, List<ComparisonContribution> contributions, double matchWeight,
        double matchProbability) {

    public PairExplanation {
        contributions = List.copyOf(contributions);
    }

    /** A one-line rendering, e.g. {@code prior(-9.97) given_name=exact(+6.12) surname=else(-5.20) ...}. */
    public String summary() {
        return String.format(java.util.Locale.ROOT, "prior(%+.2f) ", priorWeight)
                + contributions.stream().map(ComparisonContribution::toString).collect(Collectors.joining(" "));
    }
}
