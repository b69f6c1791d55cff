package org.frontdoor.linkage.realtime;

import org.frontdoor.linkage.model.PairExplanation;

/**
 * An existing person that an incoming record may belong to, with the best-matching record of that person.
 *
 * @param personId         the person (cluster) id in the index
 * @param recordId         id of the person's record that matched best
 * @param matchProbability probability that the incoming record is this person
 * @param explanation      how each comparison contributed
 */
public record MatchCandidate(String personId, String recordId, double matchProbability,
        PairExplanation explanation) {
}
