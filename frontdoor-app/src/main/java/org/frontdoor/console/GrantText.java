package org.frontdoor.console;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import org.frontdoor.grants.LondonTime;
import org.frontdoor.grants.Money;

/**
 * Money, times and scores on the grant pages, written by the grants module's own rules ({@link Money},
 * {@link LondonTime}) so that staff read the same figures as applicants and the agreement. Templates
 * reach it as {@code grantText}.
 */
final class GrantText {

    static final GrantText INSTANCE = new GrantText();

    private GrantText() {
    }

    /** "£1,000" or "£1,234.50"; an empty text for no amount, so a missing figure is never shown as zero. */
    public String pounds(BigDecimal amount) {
        return amount == null ? "" : Money.pounds(amount);
    }

    /** "£1,234.00": with pence, for ledgers and payment runs where every penny is checked. */
    public String exact(BigDecimal amount) {
        return amount == null ? "" : Money.exact(amount);
    }

    /** "9:30am on 1 October 2026", in UK time. */
    public String time(Instant instant) {
        return instant == null ? "" : LondonTime.describe(instant);
    }

    /** "72.5": a score out of 100 without trailing zeros. */
    public String score(BigDecimal score) {
        return score == null ? "" : score.stripTrailingZeros().toPlainString();
    }

    /** "12.3 days", "1 day", "Less than a day". */
    public String days(Double days) {
        if (days == null) {
            return "";
        }
        var text = String.format(Locale.UK, "%.1f", days).replace(".0", "");
        if ("0".equals(text)) {
            return "Less than a day";
        }
        return text + ("1".equals(text) ? " day" : " days");
    }
}
