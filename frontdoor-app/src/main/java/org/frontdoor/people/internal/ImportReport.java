package org.frontdoor.people.internal;

import java.util.List;

/**
 * What an import did: counts per outcome, and each row that was not taken with its line number (or,
 * for the JSON API, its position from 1) and why. Good rows are kept whatever happens to bad ones.
 */
public record ImportReport(String sourceId, int rows, int created, int linked, int sentToReview, int updated, int unchanged,
                    List<BadRow> badRows) {

    public record BadRow(long line, String sourceRecordId, String problem) {
    }

    public ImportReport {
        badRows = List.copyOf(badRows);
    }
}
