package org.frontdoor.people.internal;

import java.util.List;
import org.frontdoor.linkage.model.PairExplanation;

/**
 * The engine's explanation of a pair as stored with a link or a review: the prior, then each
 * comparison's level and its contribution in bits.
 */
public record Explanation(double priorWeight, List<Line> lines, double matchWeight, double matchProbability) {

    public record Line(String comparison, String level, double weight) {
    }

    static Explanation of(PairExplanation pair) {
        return new Explanation(pair.priorWeight(), pair.contributions().stream()
                .map(c -> new Line(c.comparison(), c.label(), c.weight())).toList(),
                pair.matchWeight(), pair.matchProbability());
    }
}
