package org.frontdoor.grants.internal;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.frontdoor.audit.AuditEvent;
import org.frontdoor.audit.AuditLog;
import org.frontdoor.grants.LondonTime;
import org.frontdoor.grants.Money;
import org.frontdoor.grants.PayingGrants.PaymentRun;
import org.frontdoor.grants.PayingGrants.RunStatus;
import org.frontdoor.grants.internal.payments.CreditTransfer;
import org.frontdoor.grants.internal.payments.CreditTransferFile;
import org.frontdoor.grants.internal.payments.Debtor;
import org.frontdoor.grants.internal.payments.InvalidPaymentException;
import org.frontdoor.grants.internal.payments.PaymentBatch;
import org.frontdoor.platform.InvalidInput;
import org.frontdoor.platform.InvalidInput.FieldProblem;
import org.frontdoor.platform.web.NotFound;
import org.springframework.stereotype.Component;

/**
 * Payment runs: gather what is due into a pain.001 file, then mark it paid when the bank confirms
 * (every payment and its ledger entry in one transaction, so a run that fails halfway marks nothing
 * paid) or put it back when the bank refuses. Runs in the caller's transaction.
 */
@Component
class PaymentRuns {

    static final int MAX_PAYMENTS_PER_RUN = 100_000;
    private static final DateTimeFormatter MESSAGE_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private final Payments payments;
    private final StoredRuns runs;
    private final Ledger ledger;
    private final GrantsSettings settings;
    private final AuditLog audit;
    private final Clock clock = Clock.systemUTC();

    PaymentRuns(Payments payments, StoredRuns runs, Ledger ledger, GrantsSettings settings, AuditLog audit) {
        this.payments = payments;
        this.runs = runs;
        this.ledger = ledger;
        this.settings = settings;
        this.audit = audit;
    }

    PaymentRun create(UUID by, LocalDate executionDate) {
        var today = LocalDate.now(clock.withZone(LondonTime.LONDON));
        if (executionDate == null || executionDate.isBefore(today)) {
            throw InvalidInput.of("executionDate", "Enter the date the bank should pay, today or later, like " + today);
        }
        var due = payments.lockPayable(executionDate, MAX_PAYMENTS_PER_RUN);
        if (due.isEmpty()) {
            throw InvalidInput.of("executionDate", "No payments are due by " + executionDate + ": nothing to put in a run");
        }
        var now = clock.instant();
        var messageId = "FD" + MESSAGE_TIME.format(now.atZone(LondonTime.LONDON)) + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        var transfers = new ArrayList<CreditTransfer>();
        var problems = new ArrayList<FieldProblem>();
        for (var payment : due) {
            try {
                transfers.add(new CreditTransfer(payment.reference() + "-" + payment.instalment(), payment.amount(), payment.payeeName(),
                        payment.sortCode(), payment.accountNumber(), "Grant " + payment.reference() + " instalment " + payment.instalment()));
            } catch (InvalidPaymentException e) {
                problems.add(new FieldProblem("payments", payment.reference() + " cannot be paid: " + e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        var payer = settings.payer();
        var batch = new PaymentBatch(messageId, now, payer.name(),
                Debtor.ukAccount(payer.name(), payer.sortCode(), payer.accountNumber(), blankToNull(payer.bic())), executionDate, transfers);
        var out = new ByteArrayOutputStream(256 * transfers.size() + 4096);
        CreditTransferFile.write(batch, out);
        var file = out.toByteArray();
        // The bank would refuse a file that breaks the schema; refuse it here, before anything is kept.
        CreditTransferFile.validate(file);
        var runId = UUID.randomUUID();
        runs.insert(runId, messageId, executionDate, transfers.size(), batch.controlSum(), file, by);
        payments.putInRun(due.stream().map(Payments.Payable::id).toList(), runId);
        audit.record(AuditEvent.change("GRANT_PAYMENT_RUN_CREATED", "PAYMENT_RUN", runId.toString(), "Payment run",
                Map.of("payments", transfers.size(), "controlSum", batch.controlSum().toPlainString())));
        return runs.find(runId).orElseThrow();
    }

    PaymentRun confirm(UUID by, UUID runId) {
        var run = open(runId);
        var inRun = payments.inRun(runId);
        // Lock programmes in one order, so two confirmations never wait on each other.
        var byProgramme = new TreeMap<String, List<Payments.Payable>>();
        inRun.forEach(p -> byProgramme.computeIfAbsent(p.programmeId(), k -> new ArrayList<>()).add(p));
        for (var entry : byProgramme.entrySet()) {
            var totals = ledger.lock(entry.getKey());
            for (var payment : entry.getValue()) {
                totals = ledger.paid(totals, entry.getKey(), payment.caseId(), payment.amount(), payment.id(), by);
            }
        }
        payments.paid(runId);
        runs.close(runId, RunStatus.CONFIRMED, by);
        var sum = inRun.stream().map(Payments.Payable::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        audit.record(AuditEvent.change("GRANT_PAYMENT_RUN_CONFIRMED", "PAYMENT_RUN", runId.toString(), "Payment run paid",
                Map.of("payments", inRun.size(), "paid", sum.toPlainString())));
        return runs.find(runId).orElseThrow();
    }

    PaymentRun fail(UUID by, UUID runId, String reason) {
        open(runId);
        var text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw InvalidInput.of("reason", "Say why the bank refused the run");
        }
        payments.released(runId);
        runs.close(runId, RunStatus.FAILED, by);
        audit.record(AuditEvent.change("GRANT_PAYMENT_RUN_FAILED", "PAYMENT_RUN", runId.toString(), "Payment run refused by the bank",
                Map.of("reason", text)));
        return runs.find(runId).orElseThrow();
    }

    private PaymentRun open(UUID runId) {
        var run = runs.lock(runId).orElseThrow(() -> new NotFound("No payment run " + runId));
        if (run.status() != RunStatus.CREATED) {
            throw InvalidInput.of("run", "This run is already " + run.status().name().toLowerCase(java.util.Locale.UK)
                    + " (" + run.payments() + " payments, " + Money.exact(run.controlSum()) + ")");
        }
        return run;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

}
