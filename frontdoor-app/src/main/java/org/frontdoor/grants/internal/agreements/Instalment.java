package org.frontdoor.grants.internal.agreements;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.frontdoor.grants.Money;

/**
 * One payment of a grant's schedule: an amount in pounds, due on a date, on a condition (such as
 * "on receipt of the signed agreement"), or both.
 *
 * @param amount    pounds, positive, at most two decimal places
 * @param dueOn     the day it is due, or null when only a condition applies
 * @param condition what must happen first, or null when only a date applies
 */
public record Instalment(BigDecimal amount, LocalDate dueOn, String condition) {

    public Instalment {
        amount = Pounds.checked(amount, "An instalment");
        if (condition != null && condition.isBlank()) {
            condition = null;
        }
        if (dueOn == null && condition == null) {
            throw new IllegalArgumentException("An instalment of " + Money.exact(amount)
                    + " needs a date, a condition or both");
        }
    }

    /** An instalment due on a date. */
    public static Instalment on(LocalDate dueOn, BigDecimal amount) {
        return new Instalment(amount, dueOn, null);
    }

    /** An instalment due once a condition is met. */
    public static Instalment when(String condition, BigDecimal amount) {
        return new Instalment(amount, null, condition);
    }
}
