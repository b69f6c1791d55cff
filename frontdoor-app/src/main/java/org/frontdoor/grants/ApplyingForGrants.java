package org.frontdoor.grants;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.frontdoor.identity.SignedInAccount;
import org.frontdoor.platform.InvalidInput.FieldProblem;

/**
 * The applicant's side of grants: checking eligibility and starting an application (as themselves
 * or for an organisation they work for), then following it: the offer, the agreement, monitoring
 * reports and payments. The form itself is filled in and sent as any service's draft.
 */
public interface ApplyingForGrants {

    /**
     * The organisation (or individual) applying. {@code orgId} and {@code orgName} are required for an
     * organisation and ignored for an individual.
     */
    record Applicant(ApplicantKind kind, String orgId, String orgName) {
    }

    /**
     * Checks the eligibility page's input against the programme's rules without saving anything.
     *
     * @return the answers as checked, a problem per invalid field (applicant fields are {@code applicantKind},
     *         {@code orgId}, {@code orgName}; questions by their input names), and the verdict, which is only
     *         meaningful when there are no problems
     */
    EligibilityAnswers checkEligibility(String programmeId, Applicant applicant, Map<String, List<String>> input);

    record EligibilityAnswers(Map<String, Object> answers, List<FieldProblem> problems, Eligibility eligibility) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /**
     * Starts an application in the programme's open round: checks eligibility again, records the
     * organisation (the first person to apply for it becomes its first member; others must be added by
     * a member), and starts a draft of the form with the eligibility answers filled in.
     *
     * @return the draft's id, to carry on with the form's pages
     * @throws org.frontdoor.platform.InvalidInput when the input or applicant is wrong, the round is not open,
     *                                             or the applicant is not eligible (with the reasons)
     */
    UUID start(SignedInAccount account, String programmeId, Applicant applicant, Map<String, List<String>> input);

    /** An application started and not yet sent, by this person or a colleague at one of their organisations. */
    record DraftInProgress(UUID draftId, String programmeName, String orgId, String organisationName, String startedBy,
                           java.time.Instant updatedAt) {
    }

    /** Drafts of grant applications the person can carry on with: their own and their organisations', newest first. */
    List<DraftInProgress> drafts(SignedInAccount account);

    /** Grant applications the person can see: their own and their organisations', newest first. */
    List<GrantApplication> mine(SignedInAccount account);

    /** One application, when the person is its applicant or a member of its organisation. */
    Optional<GrantApplication> mine(SignedInAccount account, UUID caseId);

    /**
     * Accepts the offer: records acceptance and moves the case on.
     *
     * @throws org.frontdoor.platform.InvalidInput when there is no offer open to accept
     */
    void acceptOffer(SignedInAccount account, UUID caseId);

    /** The grant agreement as a PDF, once an award is made. */
    byte[] agreement(SignedInAccount account, UUID caseId);

    /**
     * Sends a monitoring report; a payment waiting for a report becomes payable.
     *
     * @throws org.frontdoor.platform.InvalidInput when the summary or the amount spent is missing or wrong
     */
    void sendMonitoringReport(SignedInAccount account, UUID caseId, String summary, String spent);

    /** Organisations the person works for. */
    List<Organisation> organisations(SignedInAccount account);

    /** Members of an organisation the person works for (names and emails), for the members page. */
    List<String> members(SignedInAccount account, String orgId);

    /**
     * Adds a colleague (an existing account, by email) to an organisation the person works for.
     *
     * @throws org.frontdoor.platform.InvalidInput when there is no account with that email
     */
    void addMember(SignedInAccount account, String orgId, String email);
}
