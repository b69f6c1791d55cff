package org.frontdoor.screening;

import org.frontdoor.screening.names.NameMatcher;

/**
 * Tuning of a {@link Screening}.
 *
 * @param threshold     lowest score reported as a hit
 * @param maxCandidates most listed names scored per query (the index ranks them first)
 * @param minShare      least share of the query's word weight a listed name must share to be scored
 */
public record ScreeningSettings(double threshold, int maxCandidates, double minShare) {

    /** The defaults: the matcher's default threshold, 48 candidates, a 0.4 share. */
    public static ScreeningSettings defaults() {
        return new ScreeningSettings(NameMatcher.DEFAULT_THRESHOLD, 48, 0.4);
    }

    /** A copy with another threshold. */
    public ScreeningSettings withThreshold(double newThreshold) {
        return new ScreeningSettings(newThreshold, maxCandidates, minShare);
    }
}
