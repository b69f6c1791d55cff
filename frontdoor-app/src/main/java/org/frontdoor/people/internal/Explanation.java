package org.frontdoor.people.internal;

import java.util.List;
import org.frontdoor.linkage.model.PairExplanation;

/**
 * The engine's explanation of a pair as stored with a link or a review: the prior, then each
 * comparison's level and its contribution in bits, and the version of the linkage model that scored it
 * (1 is the model shipped with the application; retrained models count up from 2).
 */
public record Explanation(double priorWeight, List<Line> lines, double matchWeight, double matchProbability,
                          Integer modelVersion) {

    public record Line(String comparison, String level, double weight) {
    }

    static Explanation of(PairExplanation pair, int modelVersion) {
        return new Explanation(pair.priorWeight(), pair.contributions().stream()
                .map(c -> new Line(c.comparison(), c.label(), c.weight())).toList(),
                pair.matchWeight(), pair.matchProbability(), modelVersion);
    }
}
