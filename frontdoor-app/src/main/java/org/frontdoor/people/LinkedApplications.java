package org.frontdoor.people;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Cases whose applicants the person registry links to one person, for checks that look for one
 * person behind several accounts (due diligence). Not access-checked and not audited here: callers
 * are system processes that audit their own reads.
 *
 * <p>An account is in the registry once its first case has been linked (at submission, in the
 * background), so an account's very first case may not be found yet.
 */
public interface LinkedApplications {

    /**
     * The cases of every other account linked to the same person as {@code applicantAccountId},
     * newest first; empty when there are none or the account is not in the registry. The account's
     * own cases are not read, however many it has.
     *
     * @param limit at most this many
     */
    List<LinkedApplication> ofOtherAccountsOf(UUID applicantAccountId, int limit);

    /**
     * One case linked to a person.
     *
     * @param applicantId the account that applied
     * @param personId    the person in the registry the applicant's record is linked to
     */
    record LinkedApplication(UUID caseId, String reference, String serviceId, UUID applicantId, UUID personId,
                             Instant submittedAt) {
    }
}
