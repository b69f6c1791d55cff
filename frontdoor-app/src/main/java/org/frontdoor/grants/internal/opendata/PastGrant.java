package org.frontdoor.grants.internal.opendata;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One grant of the funding history, as stored in {@code past_grants}.
 *
 * @param recipientOrgId null when the grant went to an individual
 * @param record         the grant exactly as the file published it (JSON)
 */
record PastGrant(String grantId, String funderOrgId, String funderName, String recipientOrgId, String recipientName,
                 String title, String description, String currency, BigDecimal amountAwarded, LocalDate awardDate,
                 LocalDate plannedStart, LocalDate plannedEnd, String grantProgrammeTitle, String sourceName, String record) {

    /** The largest amount numeric(14,2) holds. */
    static final BigDecimal LARGEST_AMOUNT = new BigDecimal("999999999999.99");

    /** A date or date-time as the standard writes it, as the UK calendar day it falls on; null when absent or unreadable. */
    static LocalDate dayOf(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return text.length() == 10 ? LocalDate.parse(text)
                    : OffsetDateTime.parse(text).atZoneSameInstant(LegacyGrantShapes.UK).toLocalDate();
        } catch (java.time.DateTimeException unreadable) {
            return null;
        }
    }
}
