package org.frontdoor.audit;

import java.time.LocalDate;

/**
 * Filters for searching the audit log; blank or null fields do not filter.
 *
 * @param text    matched against actor name, subject id and purpose (case-insensitive, contains)
 * @param action  exact action
 * @param from    first day included (Europe/London)
 * @param to      last day included (Europe/London)
 * @param page    zero-based page number
 */
public record AuditQuery(String text, String action, String subjectType, LocalDate from, LocalDate to, int page) {

    public static final int PAGE_SIZE = 50;

    public AuditQuery {
        page = Math.max(0, page);
    }

    public static AuditQuery firstPage() {
        return new AuditQuery(null, null, null, null, null, 0);
    }
}
