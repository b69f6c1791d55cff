package org.frontdoor.grants;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A grant application as its applicant and staff see it: what was asked for, the decision, the
 * offer, the payments and the monitoring reports. The case behind it (same id) holds the answers,
 * timeline, messages and documents.
 */
public record GrantApplication(UUID caseId, String reference, String caseState, String programmeId, String programmeName,
                               String roundName, ApplicantKind applicantKind, String orgId, String recipientName,
                               BigDecimal amountRequested, Instant submittedAt, Decision decision, String decisionReason,
                               BigDecimal amountAwarded, Instant decidedAt, Instant offerAcceptedAt, List<Payment> payments,
                               List<MonitoringReport> reports) {

    public enum Decision { AWARDED, REJECTED, WAITLISTED }

    public enum PaymentStatus { SCHEDULED, IN_RUN, PAID, CANCELLED }

    /** An instalment: paid on or after its date, and only once a monitoring report is in when it waits for one. */
    public record Payment(UUID id, int instalment, BigDecimal amount, LocalDate dueOn, boolean waitsForReport,
                          PaymentStatus status, Instant paidAt) {
    }

    public record MonitoringReport(UUID id, Instant submittedAt, String submittedBy, String summary, BigDecimal spent) {
    }

    public boolean offered() {
        return decision == Decision.AWARDED && offerAcceptedAt == null && "offered".equals(caseState);
    }

    public BigDecimal paid() {
        return payments.stream().filter(p -> p.status() == PaymentStatus.PAID).map(Payment::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
