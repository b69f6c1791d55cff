package org.frontdoor.grants.internal.agreements;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Sums of money in pounds as an agreement prints them: "£12,345.00". */
final class Pounds {

    private Pounds() {
    }

    static String format(BigDecimal amount) {
        // A new format each time: DecimalFormat is not thread-safe, and this is not a hot path.
        var format = new DecimalFormat("£#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
        return format.format(amount);
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
