package org.frontdoor.grants.internal.opendata;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.frontdoor.grants.OrgId;

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

    private static final java.util.Set<String> CHECKED_REGISTERS = java.util.Set.of("GB-COH", "GB-CHC", "GB-SC", "GB-NIC");

    /**
     * The identifier as {@link OrgId} writes it, when it is on a UK register whose numbers OrgId knows
     * (so {@code gb-coh-1234567} and {@code GB-COH-01234567} are found as one company when checking
     * who was funded before); any other identifier as published, since its register's rules are unknown.
     */
    static String comparableOrgId(String published) {
        try {
            var id = OrgId.parse(published);
            return CHECKED_REGISTERS.contains(id.scheme()) ? id.value() : published;
        } catch (OrgId.InvalidOrgId notOnAKnownRegister) {
            return published;
        }
    }

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
