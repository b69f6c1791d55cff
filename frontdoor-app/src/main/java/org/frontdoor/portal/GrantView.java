package org.frontdoor.portal;

import java.math.BigDecimal;
import java.util.List;
import org.frontdoor.grants.GrantApplication.Payment;
import org.frontdoor.grants.GrantApplication.PaymentStatus;
import org.frontdoor.grants.GrantApplication;
import org.frontdoor.grants.LondonTime;
import org.frontdoor.grants.Money;

/**
 * A grant application in the words its applicant reads: where it stands, what was decided and why,
 * the offer, the reports sent and each payment.
 *
 * @param status   the case state's citizen wording from the form's life cycle, such as "Your application is being assessed"
 * @param finished the case is in a terminal state, so nothing more can be sent
 */
record GrantView(GrantApplication application, String status, boolean finished) {

    public String requested() {
        return pounds(application.amountRequested());
    }

    public String awarded() {
        return pounds(application.amountAwarded());
    }

    public String paid() {
        return pounds(application.paid());
    }

    public String decision() {
        if (application.decision() == null) {
            return null;
        }
        return switch (application.decision()) {
            case AWARDED -> "Grant awarded";
            case REJECTED -> "Not funded";
            case WAITLISTED -> "On the waiting list";
        };
    }

    public String decidedOn() {
        return LondonTime.date(application.decidedAt());
    }

    public String submittedOn() {
        return LondonTime.date(application.submittedAt());
    }

    public String acceptedOn() {
        return LondonTime.date(application.offerAcceptedAt());
    }

    /** Reports are asked for once the offer is accepted, until the grant is closed. */
    public boolean reporting() {
        return application.offerAcceptedAt() != null && !finished;
    }

    public List<PaymentLine> payments() {
        return application.payments().stream().map(this::line).toList();
    }

    public List<ReportLine> reports() {
        return application.reports().stream().map(r -> new ReportLine(LondonTime.date(r.submittedAt()), r.submittedBy(),
                r.summary(), pounds(r.spent()))).toList();
    }

    /** A payment that waits for a report, with no report in yet: the applicant should know it is up to them. */
    public boolean paymentWaitsForReport() {
        return application.payments().stream().anyMatch(this::waiting);
    }

    private PaymentLine line(Payment p) {
        // A payment that also waits for a report says so, or the applicant would expect it on the date alone.
        var due = !waiting(p) ? LondonTime.date(p.dueOn())
                : p.dueOn() == null ? "After your monitoring report" : LondonTime.date(p.dueOn()) + ", after your monitoring report";
        var status = switch (p.status()) {
            case SCHEDULED -> "Scheduled";
            case IN_RUN -> "Being paid";
            case PAID -> "Paid";
            case CANCELLED -> "Cancelled";
        };
        return new PaymentLine(p.instalment(), pounds(p.amount()), due, status, LondonTime.date(p.paidAt()));
    }

    private boolean waiting(Payment p) {
        return p.waitsForReport() && p.status() == PaymentStatus.SCHEDULED && application.reports().isEmpty();
    }

    /** Blank rather than failing when there is no amount yet, such as before an award. */
    static String pounds(BigDecimal amount) {
        return amount == null ? "" : Money.pounds(amount);
    }

    record PaymentLine(int instalment, String amount, String due, String status, String paidOn) {
    }

    record ReportLine(String sentOn, String sentBy, String summary, String spent) {
    }
}
