package org.frontdoor.grants.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.frontdoor.grants.BudgetTotals;
import org.frontdoor.grants.GrantApplication;
import org.frontdoor.grants.GrantApplication.Decision;
import org.frontdoor.platform.InvalidInput;
import org.springframework.stereotype.Component;

/**
 * The money side of an award, all under the programme's lock and in the caller's transaction: commit
 * it in the ledger (never past the budget), record the decision, schedule the instalments.
 */
@Component
class Awards {

    private final Ledger ledger;
    private final StoredApplications applications;
    private final Payments payments;

    Awards(Ledger ledger, StoredApplications applications, Payments payments) {
        this.ledger = ledger;
        this.applications = applications;
        this.payments = payments;
    }

    void award(GrantApplication application, BigDecimal amount, String reason, List<Payments.Instalment> schedule, UUID by, Instant at) {
        if (!applications.decide(application.caseId(), Decision.AWARDED, amount, reason, by, at)) {
            throw InvalidInput.of("decision", "This application was decided meanwhile; look at it again");
        }
        payments.schedule(application.caseId(), application.programmeId(), schedule);
        // Last, so the lock that makes concurrent awards take turns is held as briefly as possible.
        var before = ledger.lock(application.programmeId());
        ledger.commit(before, application.programmeId(), application.caseId(), Ledger.Kind.COMMITTED, amount, reason, by);
    }

    BudgetTotals totals(String programmeId) {
        return ledger.totals(programmeId);
    }
}
