package org.frontdoor.diligence.internal.funding;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Thresholds of the duplicate-funding check ({@code frontdoor.diligence.funding.*}).
 *
 * @param lookbackYears  how far back earlier funding and the organisation's other applications count
 *                       as a signal (default 3, the span most funders' repeat-funding rules use);
 *                       older ones are listed as information
 * @param purposeReferAt purpose similarity (0 to 1) from which earlier funding is referred to a person
 *                       (default 0.5: about half the content words in common)
 * @param purposeFailAt  purpose similarity from which earlier funding within the period fails the check
 *                       (default 0.8: nearly the same words, the same purpose written again)
 * @param minSharedWords how many content words two purposes must share before their score counts
 *                       (default 3), so two one-word titles are not "the same purpose"
 * @param maxListed      at most this many matches are read and listed per signal (default 25), so one
 *                       detail shared by thousands of cases cannot slow a check or flood a report
 */
@ConfigurationProperties("frontdoor.diligence.funding")
record FundingSettings(Integer lookbackYears, Double purposeReferAt, Double purposeFailAt, Integer minSharedWords,
                       Integer maxListed) {

    FundingSettings {
        lookbackYears = lookbackYears == null ? 3 : lookbackYears;
        purposeReferAt = purposeReferAt == null ? 0.5 : purposeReferAt;
        purposeFailAt = purposeFailAt == null ? 0.8 : purposeFailAt;
        minSharedWords = minSharedWords == null ? 3 : minSharedWords;
        maxListed = maxListed == null ? 25 : maxListed;
        if (lookbackYears < 0 || maxListed < 1 || minSharedWords < 1) {
            throw new IllegalArgumentException("frontdoor.diligence.funding: lookback-years must be 0 or more, max-listed and"
                    + " min-shared-words 1 or more");
        }
        if (purposeReferAt < 0 || purposeFailAt > 1 || purposeReferAt > purposeFailAt) {
            throw new IllegalArgumentException("frontdoor.diligence.funding: need 0 <= purpose-refer-at <= purpose-fail-at <= 1");
        }
    }

    /** The defaults, for tests and deployments that set nothing. */
    static FundingSettings defaults() {
        return new FundingSettings(null, null, null, null, null);
    }
}
