package org.frontdoor.support;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.frontdoor.diligence.DiligenceReport;
import org.frontdoor.diligence.DiligenceReports;
import org.frontdoor.identity.SignedInAccount;

/** Waits for a case's due-diligence report to be complete: the checks run on another thread after commit. */
public final class DiligenceReportsDone {

    private DiligenceReportsDone() {
    }

    /** The report once every check has reported, read as {@code reader}; fails the test after {@code within}. */
    public static DiligenceReport completed(DiligenceReports reports, SignedInAccount reader, UUID caseId, Duration within) {
        var deadline = Instant.now().plus(within);
        while (Instant.now().isBefore(deadline)) {
            var report = reports.forCase(reader, caseId);
            if (report.isPresent() && !report.get().pending()) {
                return report.get();
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("No completed due-diligence report for case " + caseId);
    }
}
