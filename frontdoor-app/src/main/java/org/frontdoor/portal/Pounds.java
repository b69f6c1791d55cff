package org.frontdoor.portal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Money as GOV.UK writes it: "£25,000" for whole pounds, "£1,250.50" only when there are pence. */
final class Pounds {

    private Pounds() {
    }

    static String text(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        boolean whole = amount.stripTrailingZeros().scale() <= 0;
        // DecimalFormat is not thread-safe, so each call makes its own.
        var format = new DecimalFormat(whole ? "#,##0" : "#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return "£" + format.format(amount);
    }

    /** "£1,000 to £25,000". */
    static String range(BigDecimal min, BigDecimal max) {
        return text(min) + " to " + text(max);
    }
}
