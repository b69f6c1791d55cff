package org.frontdoor.grants.internal.agreements;

import java.math.BigDecimal;

/** Sums of money in an agreement: positive, in pounds and pence (printed by {@link org.frontdoor.grants.Money#exact}). */
final class Pounds {

    private Pounds() {
    }


    static BigDecimal checked(BigDecimal amount, String who) {
        if (amount == null || amount.signum() <= 0) {
            throw new IllegalArgumentException(who + ": the amount must be more than zero");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException(
                    who + ": the amount " + amount.toPlainString() + " has more than two decimal places");
        }
        return amount.setScale(2);
    }
}
