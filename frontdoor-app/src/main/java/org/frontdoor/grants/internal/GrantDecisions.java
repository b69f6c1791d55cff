package org.frontdoor.grants.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.frontdoor.audit.AuditEvent;
import org.frontdoor.audit.AuditLog;
import org.frontdoor.grants.BudgetTotals;
import org.frontdoor.grants.DecidingGrants;
import org.frontdoor.grants.GrantApplication.Decision;
import org.frontdoor.grants.GrantAwarded;
import org.frontdoor.grants.Money;
import org.frontdoor.identity.Role;
import org.frontdoor.identity.SignedInAccount;
import org.frontdoor.platform.InvalidInput;
import org.frontdoor.platform.InvalidInput.FieldProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class GrantDecisions implements DecidingGrants {

    static final int MAX_PAGE = 200;

    private final StaffAccess access;
    private final ProgrammeCatalogue programmes;
    private final Awards awards;
    private final StoredApplications applications;
    private final ApplicantActions actions;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock = Clock.systemUTC();

    GrantDecisions(StaffAccess access, ProgrammeCatalogue programmes, Awards awards, StoredApplications applications,
                   ApplicantActions actions, ApplicationEventPublisher events, AuditLog audit) {
        this.access = access;
        this.programmes = programmes;
        this.awards = awards;
        this.applications = applications;
        this.actions = actions;
        this.events = events;
        this.audit = audit;
    }

    @Override
    @Transactional // not read-only: the read is audited
    public Panel panel(SignedInAccount staff, String programmeId, String after, int pageSize) {
        access.requireRole(staff, Role.TEAM_LEAD, Role.GRANT_ASSESSOR);
        var programme = programmes.require(programmeId);
        var totals = awards.totals(programmeId);
        var cursor = Cursor.read(after);
        int size = Math.max(1, Math.min(pageSize, MAX_PAGE));
        var rows = applications.ranked(programmeId, cursor.score(), cursor.caseId(), size + 1);
        var ranked = new ArrayList<PanelRow>();
        var cumulative = cursor.cumulative();
        int rank = cursor.rank();
        for (var row : rows.subList(0, Math.min(size, rows.size()))) {
            var application = row.application();
            rank++;
            if (application.decision() == null || application.decision() == Decision.WAITLISTED) {
                cumulative = cumulative.add(application.amountRequested());
            }
            ranked.add(new PanelRow(rank, application, row.score(), row.needsModeration(), cumulative,
                    cumulative.compareTo(totals.left()) <= 0));
        }
        String next = null;
        if (rows.size() > size) {
            var last = rows.get(size - 1);
            next = new Cursor(last.score() == null ? BigDecimal.ONE.negate() : last.score(), last.application().caseId(), rank, cumulative).write();
        }
        audit.record(AuditEvent.read("GRANT_PANEL", programmeId, "Grant panel ranking"));
        return new Panel(programme, totals, List.copyOf(ranked), next);
    }

    @Override
    @Transactional(readOnly = true)
    public BudgetTotals totals(SignedInAccount staff, String programmeId) {
        access.requireRole(staff, Role.TEAM_LEAD, Role.GRANT_ASSESSOR);
        programmes.require(programmeId);
        return awards.totals(programmeId);
    }

    @Override
    @Transactional
    public void award(SignedInAccount lead, UUID caseId, String amountText, String reason, List<PlannedInstalment> planned) {
        var row = access.summary(lead, caseId, "Deciding grant application", Role.TEAM_LEAD);
        var application = row.application();
        var amount = Money.parse(amountText);
        var problems = new ArrayList<FieldProblem>();
        if (amount == null || amount.signum() <= 0) {
            problems.add(new FieldProblem("amount", "Enter the amount to award in pounds, like 12500.00"));
        } else if (amount.compareTo(application.amountRequested()) > 0) {
            problems.add(new FieldProblem("amount", "Award no more than the " + Money.exact(application.amountRequested()) + " asked for"));
        }
        var text = StaffText.required(reason, "reason", "Say why the grant is awarded", "reasons", problems);
        var today = java.time.LocalDate.now(clock.withZone(org.frontdoor.grants.LondonTime.LONDON));
        var schedule = PaymentSchedules.read(problems.isEmpty() ? amount : null, planned, today, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        requireUndecided(application.decision());
        // The case moves first and the money last, so the programme's lock is held only for the ledger entry.
        actions.take(lead, row, "award", "Awarded " + Money.exact(amount) + ". " + text, "awarded");
        awards.award(application, amount, text, schedule, lead.id(), clock.instant());
        events.publishEvent(new GrantAwarded(caseId, application.programmeId(), application.orgId(), amount));
        audit.record(AuditEvent.change("GRANT_AWARDED", "CASE", caseId.toString(), "Grant awarded", Map.of("amount", amount.toPlainString())));
    }

    @Override
    @Transactional
    public void reject(SignedInAccount lead, UUID caseId, String reasons) {
        decideWithout(lead, caseId, Decision.REJECTED, "reject", "rejected", reasons, "Give the reasons the applicant will read");
    }

    @Override
    @Transactional
    public void waitlist(SignedInAccount lead, UUID caseId, String reason) {
        decideWithout(lead, caseId, Decision.WAITLISTED, "waitlist", "waitlisted", reason, "Say why the application is on the waiting list");
    }

    @Override
    @Transactional
    public void recordAcceptance(SignedInAccount lead, UUID caseId, String note) {
        var row = access.summary(lead, caseId, "Recording a grant offer's acceptance", Role.TEAM_LEAD);
        var problems = new ArrayList<FieldProblem>();
        var text = StaffText.required(note, "note", "Say how the acceptance came, for example a signed agreement received by post", "reasons",
                problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        if (!row.application().offered()) {
            throw InvalidInput.of("note", "There is no offer waiting to be accepted on this application");
        }
        actions.take(lead, row, "record-acceptance", text, null);
        applications.accepted(caseId, clock.instant());
        audit.record(AuditEvent.change("GRANT_OFFER_ACCEPTED", "CASE", caseId.toString(), "Acceptance recorded by staff", Map.of("note", text)));
    }

    private void decideWithout(SignedInAccount lead, UUID caseId, Decision decision, String transition, String word, String reason,
                               String missing) {
        var row = access.summary(lead, caseId, "Deciding grant application", Role.TEAM_LEAD);
        var problems = new ArrayList<FieldProblem>();
        var text = StaffText.required(reason, "reason", missing, "reasons", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        requireUndecided(row.application().decision());
        if (decision == Decision.WAITLISTED && row.application().decision() == Decision.WAITLISTED) {
            throw InvalidInput.of("decision", "This application is already on the waiting list");
        }
        if (!applications.decide(caseId, decision, null, text, lead.id(), clock.instant())) {
            throw InvalidInput.of("decision", "This application was decided meanwhile; look at it again");
        }
        actions.take(lead, row, transition, text, word);
        audit.record(AuditEvent.change("GRANT_" + decision.name(), "CASE", caseId.toString(), "Grant decision", Map.of()));
    }

    private static void requireUndecided(Decision decision) {
        if (decision == Decision.AWARDED || decision == Decision.REJECTED) {
            throw InvalidInput.of("decision", "This application is already decided");
        }
    }



    /** Where the panel's next page starts: the last row's key, its rank and the money added up so far. */
    record Cursor(BigDecimal score, UUID caseId, int rank, BigDecimal cumulative) {

        static Cursor read(String text) {
            if (text == null || text.isBlank()) {
                return new Cursor(null, null, 0, BigDecimal.ZERO);
            }
            try {
                var parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split("\\|");
                return new Cursor(new BigDecimal(parts[0]), UUID.fromString(parts[1]), Integer.parseInt(parts[2]), new BigDecimal(parts[3]));
            } catch (RuntimeException e) {
                throw InvalidInput.of("after", "This page link is not valid; start from the first page");
            }
        }

        String write() {
            var text = score.toPlainString() + "|" + caseId + "|" + rank + "|" + cumulative.toPlainString();
            return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
        }
    }
}
