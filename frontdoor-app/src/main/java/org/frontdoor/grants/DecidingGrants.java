package org.frontdoor.grants;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.frontdoor.identity.SignedInAccount;

/**
 * The panel: applications of a programme ranked by score with the money asked for against the budget
 * left, and the decisions. An award commits money in the ledger under the programme's lock, so
 * however many people award at once the awards never pass the budget.
 */
public interface DecidingGrants {

    /**
     * One ranked row. {@code cumulativeRequested} adds up the money asked for by this and every
     * higher-ranked application still undecided, so the panel sees where the budget runs out.
     */
    record PanelRow(int rank, GrantApplication application, BigDecimal score, boolean needsModeration,
                    BigDecimal cumulativeRequested, boolean withinBudget) {
    }

    /**
     * @param after the cursor of the page before (null for the first): the next page starts after it
     */
    record Panel(GrantProgramme programme, BudgetTotals totals, List<PanelRow> rows, String nextCursor) {
    }

    Panel panel(SignedInAccount staff, String programmeId, String after, int pageSize);

    BudgetTotals totals(SignedInAccount staff, String programmeId);

    /**
     * One instalment of an award's payment schedule as staff type it: an amount, a date (yyyy-mm-dd),
     * and whether it also waits for a monitoring report.
     */
    record PlannedInstalment(String amount, String dueOn, boolean afterReport) {
    }

    /**
     * Awards the amount (at most what was asked for) and schedules its payment: commits it in the
     * ledger, records the decision and the instalments (an empty schedule pays it all once the offer is
     * accepted), moves the case to the offer, and publishes {@link GrantAwarded}. Team leads only.
     *
     * @throws org.frontdoor.platform.InvalidInput when the amount or schedule is wrong, the amount is more than
     *                                             the budget left, or the application is decided
     */
    void award(SignedInAccount lead, UUID caseId, String amount, String reason, List<PlannedInstalment> schedule);

    /** @throws org.frontdoor.platform.InvalidInput without reasons, or when the application is already decided */
    void reject(SignedInAccount lead, UUID caseId, String reasons);

    void waitlist(SignedInAccount lead, UUID caseId, String reason);

    /**
     * Records an acceptance that came another way (a signed agreement by post), with a note saying how.
     *
     * @throws org.frontdoor.platform.InvalidInput without a note, or when no offer is waiting to be accepted
     */
    void recordAcceptance(SignedInAccount lead, UUID caseId, String note);
}
