package org.frontdoor.diligence.internal.registers;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.frontdoor.diligence.CheckSubject;

/**
 * The trading history an applicant claimed, read from the answer the service names for the role
 * {@code established-on} (a date) or {@code years-trading} (whole years), as the latest date the
 * organisation can have started for the claim to hold.
 *
 * @param claimedBy the latest start the claim allows, or null when nothing usable was claimed
 * @param claim     the claim in the applicant's words, or why it could not be read
 */
record TradingHistory(LocalDate claimedBy, String claim) {

    static final String ESTABLISHED_ON = "established-on";
    static final String YEARS_TRADING = "years-trading";

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");

    static TradingHistory of(CheckSubject subject, LocalDate today) {
        String established = subject.field(ESTABLISHED_ON);
        if (established != null) {
            LocalDate date = date(established);
            return date == null ? new TradingHistory(null, "established on \"" + shortened(established) + "\" (not a date)")
                    : new TradingHistory(date, "established on " + date);
        }
        String years = subject.field(YEARS_TRADING);
        if (years != null) {
            try {
                int n = Integer.parseInt(years.trim());
                if (n < 0 || n > 1000) {
                    throw new NumberFormatException();
                }
                return new TradingHistory(today.minusYears(n), n + " year(s) trading (so started by " + today.minusYears(n) + ")");
            } catch (NumberFormatException e) {
                return new TradingHistory(null, "\"" + shortened(years) + "\" years trading (not a whole number)");
            }
        }
        return new TradingHistory(null, null);
    }

    private static LocalDate date(String text) {
        String t = text.trim();
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(t, UK_DATE);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    private static String shortened(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
