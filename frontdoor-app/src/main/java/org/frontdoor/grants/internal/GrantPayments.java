package org.frontdoor.grants.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.frontdoor.audit.AuditEvent;
import org.frontdoor.audit.AuditLog;
import org.frontdoor.grants.GrantApplication.Decision;
import org.frontdoor.grants.LondonTime;
import org.frontdoor.grants.Money;
import org.frontdoor.grants.PayingGrants;
import org.frontdoor.identity.Role;
import org.frontdoor.identity.SignedInAccount;
import org.frontdoor.platform.InvalidInput;
import org.frontdoor.platform.InvalidInput.FieldProblem;
import org.frontdoor.platform.web.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class GrantPayments implements PayingGrants {


    private final StaffAccess access;
    private final PaymentRuns paymentRuns;
    private final StoredRuns runs;
    private final Payments payments;
    private final Ledger ledger;
    private final StoredApplications applications;
    private final AuditLog audit;
    private final Clock clock = Clock.systemUTC();

    GrantPayments(StaffAccess access, PaymentRuns paymentRuns, StoredRuns runs, Payments payments, Ledger ledger,
                  StoredApplications applications, AuditLog audit) {
        this.access = access;
        this.paymentRuns = paymentRuns;
        this.runs = runs;
        this.payments = payments;
        this.ledger = ledger;
        this.applications = applications;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PaymentRun> runs(SignedInAccount staff) {
        access.requireRole(staff, Role.TEAM_LEAD);
        return runs.recent();
    }

    @Override
    @Transactional
    public PaymentRun createRun(SignedInAccount staff, LocalDate executionDate) {
        access.requireRole(staff, Role.TEAM_LEAD);
        return paymentRuns.create(staff.id(), executionDate);
    }

    @Override
    @Transactional
    public byte[] file(SignedInAccount staff, UUID runId) {
        access.requireRole(staff, Role.TEAM_LEAD);
        var file = runs.file(runId).orElseThrow(() -> new NotFound("No payment run " + runId));
        // The file names every payee and their account: reading it is a read of personal data.
        audit.record(AuditEvent.read("PAYMENT_RUN", runId.toString(), "Payment file downloaded for the bank"));
        return file;
    }

    @Override
    @Transactional
    public PaymentRun confirm(SignedInAccount staff, UUID runId) {
        access.requireRole(staff, Role.TEAM_LEAD);
        return paymentRuns.confirm(staff.id(), runId);
    }

    @Override
    @Transactional
    public PaymentRun fail(SignedInAccount staff, UUID runId, String reason) {
        access.requireRole(staff, Role.TEAM_LEAD);
        return paymentRuns.fail(staff.id(), runId, reason);
    }

    @Override
    @Transactional
    public void vary(SignedInAccount lead, UUID caseId, String newAmount, String reason) {
        var application = access.summary(lead, caseId, "Varying a grant", Role.TEAM_LEAD).application();
        var problems = new ArrayList<FieldProblem>();
        var amount = Money.parse(newAmount);
        var text = StaffText.required(reason, "reason", "Say why the award changes", "reason", problems);
        if (application.decision() != Decision.AWARDED) {
            problems.add(new FieldProblem("amount", "Only an award can be varied"));
        } else if (amount == null || amount.signum() <= 0) {
            problems.add(new FieldProblem("amount", "Enter the new amount of the award in pounds, like 8000.00"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        var before = ledger.lock(application.programmeId());
        var paid = payments.paidOrInRun(caseId);
        if (amount.compareTo(paid) < 0) {
            throw InvalidInput.of("amount", Money.exact(paid) + " is already paid or being paid, so the award cannot be less");
        }
        var delta = amount.subtract(application.amountAwarded());
        if (delta.signum() != 0) {
            ledger.commit(before, application.programmeId(), caseId, Ledger.Kind.VARIED, delta, text, lead.id());
        }
        applications.awardVaried(caseId, amount);
        payments.cancelUnpaid(caseId);
        var rest = amount.subtract(paid);
        if (rest.signum() > 0) {
            var today = LocalDate.now(clock.withZone(LondonTime.LONDON));
            payments.schedule(caseId, application.programmeId(), List.of(new Payments.Instalment(rest, today, false)),
                    payments.nextInstalment(caseId));
        }
        audit.record(AuditEvent.change("GRANT_VARIED", "CASE", caseId.toString(), "Grant varied",
                Map.of("from", application.amountAwarded().toPlainString(), "to", amount.toPlainString(), "reason", text)));
    }

    @Override
    @Transactional
    public void clawBack(SignedInAccount lead, UUID caseId, String amountText, String reason) {
        var application = access.summary(lead, caseId, "Recovering grant money", Role.TEAM_LEAD).application();
        var problems = new ArrayList<FieldProblem>();
        var amount = Money.parse(amountText);
        var text = StaffText.required(reason, "reason", "Say why the money is recovered", "reason", problems);
        if (amount == null || amount.signum() <= 0) {
            problems.add(new FieldProblem("amount", "Enter the amount recovered in pounds, like 500.00"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        var before = ledger.lock(application.programmeId());
        var paid = ledger.paidTo(caseId);
        if (amount.compareTo(paid) > 0) {
            throw InvalidInput.of("amount", "Only " + Money.exact(paid) + " has been paid, so no more than that can be recovered");
        }
        ledger.clawedBack(before, application.programmeId(), caseId, amount, text, lead.id());
        audit.record(AuditEvent.change("GRANT_CLAWED_BACK", "CASE", caseId.toString(), "Grant money recovered",
                Map.of("amount", amount.toPlainString(), "reason", text)));
    }

    @Override
    @Transactional
    public List<LedgerLine> ledger(SignedInAccount staff, UUID caseId) {
        access.summary(staff, caseId, "Reading a grant's ledger", Role.TEAM_LEAD, Role.GRANT_ASSESSOR);
        return ledger.entries(caseId).stream().map(e -> new LedgerLine(e.kind().name(), e.amount(), e.reason(), e.recordedAt())).toList();
    }
}
