package org.frontdoor.grants;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/** Pounds and pence: read from what people type, and written as GOV.UK style writes money. */
public final class Money {

    private static final Pattern AMOUNT = Pattern.compile("\\d{1,12}(\\.\\d{1,2})?");

    private Money() {
    }

    /** "£1,000" for whole pounds, "£1,234.50" otherwise. */
    public static String pounds(BigDecimal amount) {
        var format = NumberFormat.getCurrencyInstance(Locale.UK);
        boolean whole = amount.stripTrailingZeros().scale() <= 0;
        format.setMinimumFractionDigits(whole ? 0 : 2);
        format.setMaximumFractionDigits(2);
        format.setRoundingMode(RoundingMode.UNNECESSARY);
        return format.format(amount);
    }

    /** "£1,234.00": always with pence, for statements and ledgers. */
    public static String exact(BigDecimal amount) {
        var format = NumberFormat.getCurrencyInstance(Locale.UK);
        format.setMinimumFractionDigits(2);
        return format.format(amount);
    }

    /**
     * Reads an amount as people type it ("£1,250", "1250.5", " 300 "), exactly, or null when it is not
     * an amount in pounds and pence that is zero or more.
     */
    public static BigDecimal parse(String text) {
        if (text == null) {
            return null;
        }
        var cleaned = text.strip().replace(",", "").replace("£", "").strip();
        if (!AMOUNT.matcher(cleaned).matches()) {
            return null;
        }
        return new BigDecimal(cleaned).setScale(2, RoundingMode.UNNECESSARY);
    }
}
