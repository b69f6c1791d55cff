package org.frontdoor.grants;

import java.math.BigDecimal;
import java.util.Map;
import org.frontdoor.identity.SignedInAccount;

/** Per programme figures for managers: where applications stand and where the money is. */
public interface GrantDashboards {

    /**
     * @param applicationsByState    count of applications by their case state
     * @param requested              money asked for by every application
     * @param awarded                money awarded (the awards as they stand after variations)
     * @param averageDaysToDecision  mean days from submission to decision, null before any decision
     * @param averageDaysToFirstPayment mean days from submission to the first payment, null before any payment
     */
    record Dashboard(GrantProgramme programme, Map<String, Long> applicationsByState, long applications, BigDecimal requested,
                     BigDecimal awarded, BudgetTotals totals, Double averageDaysToDecision, Double averageDaysToFirstPayment) {
    }

    Dashboard dashboard(SignedInAccount staff, String programmeId);
}
