package org.frontdoor.diligence.internal.registers;

import java.util.Locale;

/**
 * Turns the bulk file's status words ("Active - Proposal to Strike off", "In Administration",
 * "VOLUNTARY ARRANGEMENT / ADMINISTRATIVE RECEIVER") into the API's codes, so both sources are
 * decided by the same rules. The most serious state named wins: a voluntary arrangement with a
 * receiver is a receivership.
 */
final class BulkStatus {

    private BulkStatus() {
    }

    /** The status code and the status detail code (or null); unknown words are kept as they are. */
    static String[] codes(String words) {
        if (words == null || words.isBlank()) {
            return new String[] {null, null};
        }
        String w = words.trim().toLowerCase(Locale.ROOT);
        if (w.startsWith("active") && w.contains("strike off")) {
            return new String[] {"active", "active-proposal-to-strike-off"};
        }
        String code;
        if (w.equals("active")) {
            code = "active";
        } else if (w.contains("dissolved")) {
            code = "dissolved";
        } else if (w.contains("liquidation")) {
            code = "liquidation";
        } else if (w.contains("administration")) {
            code = "administration";
        } else if (w.contains("receiver")) {
            code = "receivership";
        } else if (w.contains("insolvency")) {
            code = "insolvency-proceedings";
        } else if (w.contains("voluntary arrangement")) {
            code = "voluntary-arrangement";
        } else if (w.contains("converted") || w.contains("closed")) {
            code = "converted-closed";
        } else if (w.contains("removed")) {
            code = "removed";
        } else {
            code = words.trim();
        }
        return new String[] {code, null};
    }
}
