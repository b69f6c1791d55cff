package org.frontdoor.grants.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.frontdoor.audit.AuditEvent;
import org.frontdoor.audit.AuditLog;
import org.frontdoor.grants.AssessingGrants;
import org.frontdoor.grants.GrantApplication;
import org.frontdoor.grants.GrantProgramme;
import org.frontdoor.identity.Role;
import org.frontdoor.identity.SignedInAccount;
import org.frontdoor.identity.StaffDirectory;
import org.frontdoor.platform.InvalidInput;
import org.frontdoor.platform.InvalidInput.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class GrantAssessors implements AssessingGrants {

    static final int MAX_COMMENT_LENGTH = 2_000;

    private final StaffAccess access;
    private final Assessments assessments;
    private final ProgrammeCatalogue programmes;
    private final StaffDirectory staff;
    private final StoredApplications applications;
    private final AuditLog audit;

    GrantAssessors(StaffAccess access, Assessments assessments, ProgrammeCatalogue programmes, StaffDirectory staff,
                   StoredApplications applications, AuditLog audit) {
        this.access = access;
        this.assessments = assessments;
        this.programmes = programmes;
        this.staff = staff;
        this.applications = applications;
        this.audit = audit;
    }

    @Override
    @Transactional // not read-only: the read is audited
    public Assessment assessment(SignedInAccount reader, UUID caseId) {
        var row = access.application(reader, caseId, "Assessing grant application", Role.GRANT_ASSESSOR, Role.TEAM_LEAD);
        var programme = programmes.require(row.application().programmeId());
        var assessors = assessments.assessors(caseId);
        var conflicts = assessments.conflicts(caseId);
        var assignable = staff.membersOf(row.team(), Role.GRANT_ASSESSOR).stream()
                .filter(m -> assessors.stream().noneMatch(a -> a.assessorId().equals(m.id())))
                .filter(m -> conflicts.stream().noneMatch(c -> c.assessorId().equals(m.id())))
                .toList();
        var state = assessments.state(caseId);
        return new Assessment(row.application(), programme.criteria(), assessors, conflicts, state.score(), state.needsModeration(),
                state.moderationNote(), assignable);
    }

    @Override
    @Transactional
    public void assign(SignedInAccount lead, UUID caseId, UUID assessorId) {
        var row = access.summary(lead, caseId, "Assigning an assessor", Role.TEAM_LEAD);
        if (assessorId == null || staff.membersOf(row.team(), Role.GRANT_ASSESSOR).stream().noneMatch(m -> m.id().equals(assessorId))) {
            throw InvalidInput.of("assessor", "Choose an assessor in the " + row.team() + " team");
        }
        if (assessments.conflicted(caseId, assessorId)) {
            throw InvalidInput.of("assessor", "This assessor declared a conflict of interest with the application; choose another");
        }
        if (assessments.assigned(caseId, assessorId)) {
            throw InvalidInput.of("assessor", "This assessor is already assigned");
        }
        assessments.assign(caseId, assessorId, lead.id());
        audit.record(AuditEvent.change("GRANT_ASSESSOR_ASSIGNED", "CASE", caseId.toString(), "Assessor assigned",
                Map.of("assessor", assessorId.toString())));
    }

    @Override
    @Transactional
    public void declareConflict(SignedInAccount assessor, UUID caseId, String reason) {
        var row = access.summary(assessor, caseId, "Declaring a conflict of interest", Role.GRANT_ASSESSOR, Role.TEAM_LEAD);
        var text = reason == null ? "" : reason.strip();
        if (text.isEmpty() || text.length() > MAX_COMMENT_LENGTH) {
            throw InvalidInput.of("reason", "Say what the conflict of interest is, in " + MAX_COMMENT_LENGTH + " characters or fewer");
        }
        var programme = programmes.require(row.application().programmeId());
        assessments.conflict(programme.id(), caseId, assessor.id(), text);
        assessments.rescore(caseId, programme.moderationSpread());
        audit.record(AuditEvent.change("GRANT_CONFLICT_DECLARED", "CASE", caseId.toString(), "Conflict of interest declared", Map.of()));
    }

    @Override
    @Transactional
    public void score(SignedInAccount assessor, UUID caseId, Map<String, List<String>> input) {
        var row = access.summary(assessor, caseId, "Scoring grant application", Role.GRANT_ASSESSOR, Role.TEAM_LEAD);
        if (!assessments.assigned(caseId, assessor.id())) {
            throw InvalidInput.of("scores", "You are not assigned to assess this application");
        }
        var programme = programmes.require(row.application().programmeId());
        var problems = new ArrayList<FieldProblem>();
        var scores = new ArrayList<Score>();
        for (var criterion : programme.criteria()) {
            var scoreField = "score-" + criterion.id();
            var commentField = "comment-" + criterion.id();
            var scoreText = first(input, scoreField);
            var comment = first(input, commentField);
            Integer score = null;
            try {
                score = Integer.valueOf(scoreText);
            } catch (NumberFormatException e) {
                // reported below
            }
            if (score == null || score < 0 || score > 10) {
                problems.add(new FieldProblem(scoreField, "Give " + criterion.label().toLowerCase(java.util.Locale.UK) + " a score from 0 to 10"));
            }
            if (comment.isEmpty()) {
                problems.add(new FieldProblem(commentField, "Say why you gave that score for " + criterion.label().toLowerCase(java.util.Locale.UK)));
            } else if (comment.length() > MAX_COMMENT_LENGTH) {
                problems.add(new FieldProblem(commentField, "The comment must be " + MAX_COMMENT_LENGTH + " characters or fewer"));
            }
            if (score != null && score >= 0 && score <= 10) {
                scores.add(new Score(criterion.id(), score, comment));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        var total = weightedTotal(programme, scores);
        assessments.scores(caseId, assessor.id(), scores, total);
        assessments.rescore(caseId, programme.moderationSpread());
        audit.record(AuditEvent.change("GRANT_SCORED", "CASE", caseId.toString(), "Assessment submitted", Map.of("total", total.toPlainString())));
    }

    /** Out of 100: each criterion's score out of 10 times its weight, summed, divided by 10. */
    static BigDecimal weightedTotal(GrantProgramme programme, List<Score> scores) {
        var sum = 0;
        for (var criterion : programme.criteria()) {
            var score = scores.stream().filter(s -> s.criterion().equals(criterion.id())).findFirst().orElseThrow();
            sum += score.score() * criterion.weight();
        }
        return BigDecimal.valueOf(sum).divide(BigDecimal.TEN, 2, RoundingMode.UNNECESSARY);
    }

    @Override
    @Transactional
    public void moderate(SignedInAccount lead, UUID caseId, String score, String note) {
        access.summary(lead, caseId, "Moderating grant scores", Role.TEAM_LEAD);
        BigDecimal agreed = null;
        try {
            agreed = new BigDecimal(score == null ? "" : score.strip()).setScale(2, RoundingMode.HALF_UP);
        } catch (NumberFormatException e) {
            // reported below
        }
        var problems = new ArrayList<FieldProblem>();
        if (agreed == null || agreed.signum() < 0 || agreed.compareTo(BigDecimal.valueOf(100)) > 0) {
            problems.add(new FieldProblem("moderatedScore", "Enter the agreed score, from 0 to 100"));
        }
        var text = note == null ? "" : note.strip();
        if (text.isEmpty() || text.length() > MAX_COMMENT_LENGTH) {
            problems.add(new FieldProblem("moderationNote", "Say how the assessors' scores were reconciled"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        assessments.moderated(caseId, agreed, text, lead.id());
        audit.record(AuditEvent.change("GRANT_MODERATED", "CASE", caseId.toString(), "Scores moderated", Map.of("score", agreed.toPlainString())));
    }

    @Override
    @Transactional(readOnly = true)
    public List<GrantApplication> toAssess(SignedInAccount assessor) {
        access.requireRole(assessor, Role.GRANT_ASSESSOR, Role.TEAM_LEAD);
        return assessments.toAssess(assessor.id()).stream().map(applications::find).flatMap(java.util.Optional::stream)
                .map(StoredApplications.Row::application).toList();
    }

    private static String first(Map<String, List<String>> input, String field) {
        var values = input.get(field);
        return values == null || values.isEmpty() || values.getFirst() == null ? "" : values.getFirst().strip();
    }

}
