package org.frontdoor.grants;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.frontdoor.identity.SignedInAccount;
import org.frontdoor.identity.StaffDirectory.StaffMember;

/**
 * Assessing grant applications: team leads assign assessors (never one who declared a conflict of
 * interest), assessors score each criterion from 0 to 10 with a comment, and when assessors' weighted
 * totals are further apart than the programme allows, a team lead moderates to an agreed score.
 * Staff of the application's team only; anyone else is told it does not exist.
 */
public interface AssessingGrants {

    record Score(String criterion, int score, String comment) {
    }

    record AssessorScores(UUID assessorId, String assessorName, Instant assignedAt, Instant submittedAt, BigDecimal total,
                          List<Score> scores) {
    }

    record Conflict(UUID assessorId, String assessorName, String reason, Instant declaredAt) {
    }

    /**
     * @param score           the application's score: the moderated score, else the mean of submitted totals, else null
     * @param assignable      assessors in the team who may be assigned now (not assigned yet, no conflict)
     */
    record Assessment(GrantApplication application, List<GrantProgramme.Criterion> criteria, List<AssessorScores> assessors,
                      List<Conflict> conflicts, BigDecimal score, boolean needsModeration, String moderationNote,
                      List<StaffMember> assignable) {
    }

    Assessment assessment(SignedInAccount staff, UUID caseId);

    /** @throws org.frontdoor.platform.InvalidInput when the assessor is not in the team, is already assigned, or declared a conflict */
    void assign(SignedInAccount lead, UUID caseId, UUID assessorId);

    /** The assessor steps off: a declared conflict is kept and their unsubmitted assessment is removed. */
    void declareConflict(SignedInAccount assessor, UUID caseId, String reason);

    /**
     * Submits the assessor's scores: input fields {@code score-<criterion>} (0 to 10) and
     * {@code comment-<criterion>}, every criterion required. Re-submitting replaces earlier scores.
     */
    void score(SignedInAccount assessor, UUID caseId, Map<String, List<String>> input);

    /** Records the agreed score (0 to 100) after moderation, with a note saying why. Team leads only. */
    void moderate(SignedInAccount lead, UUID caseId, String score, String note);

    /** Applications assigned to this assessor that they have not scored yet, oldest first. */
    List<GrantApplication> toAssess(SignedInAccount assessor);
}
