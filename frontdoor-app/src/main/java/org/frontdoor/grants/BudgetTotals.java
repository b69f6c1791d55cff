package org.frontdoor.grants;

import java.math.BigDecimal;

/** A programme's money as the ledger says: the budget, what is committed to awards, what is paid, and what is left. */
public record BudgetTotals(BigDecimal budget, BigDecimal committed, BigDecimal paid) {

    public BigDecimal left() {
        return budget.subtract(committed);
    }
}
