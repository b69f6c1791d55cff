package org.frontdoor.grants.internal.payments;

import java.math.BigDecimal;

/** Amounts in pounds as a payment file carries them: positive, two decimal places. */
final class Money {

    private Money() {
    }

    /** The amount with scale 2, or an exception naming {@code who} saying what is wrong. */
    static BigDecimal pounds(BigDecimal amount, String who) {
        if (amount == null) {
            throw new InvalidPaymentException(who + ": the amount is missing");
        }
        if (amount.signum() <= 0) {
            throw new InvalidPaymentException(
                    who + ": the amount " + amount.toPlainString() + " must be more than zero");
        }
        // 1.500 is one pound fifty; 1.505 is a rounding error upstream that must not be hidden.
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new InvalidPaymentException(who + ": the amount " + amount.toPlainString()
                    + " has more than two decimal places");
        }
        if (amount.compareTo(CreditTransfer.MAX_AMOUNT) > 0) {
            throw new InvalidPaymentException(who + ": the amount " + amount.toPlainString()
                    + " is more than " + CreditTransfer.MAX_AMOUNT.toPlainString());
        }
        return amount.setScale(2);
    }
}
