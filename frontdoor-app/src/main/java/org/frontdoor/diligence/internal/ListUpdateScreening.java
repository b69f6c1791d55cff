package org.frontdoor.diligence.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.frontdoor.audit.AuditEvent;
import org.frontdoor.audit.AuditLog;
import org.frontdoor.diligence.CheckResult;
import org.frontdoor.diligence.CheckResult.Outcome;
import org.frontdoor.diligence.internal.SanctionsLists.ListUpdate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * After a node loads a new version of the sanctions lists, screens every case already checked
 * against what changed: the names each case was screened under are matched against the added and
 * changed entries only (a small index, so this is quick even with many cases), and cases with a
 * hit, plus every case whose sanctions result was not a pass (its hit may have changed or gone),
 * get the full sanctions check again. A case that now fares worse and is still open is flagged on
 * its report and in the audit log, so a person looks at it.
 *
 * <p>Exactly one node does this per list version: the first to record the version's content
 * digest in the database.
 */
@Component
class ListUpdateScreening {

    private static final Logger log = LoggerFactory.getLogger(ListUpdateScreening.class);
    private static final String CHECK = "sanctions";

    private final StoredReports reports;
    private final DiligenceRunner runner;
    private final AuditLog audit;

    ListUpdateScreening(StoredReports reports, DiligenceRunner runner, AuditLog audit) {
        this.reports = reports;
        this.runner = runner;
        this.audit = audit;
    }

    /** What screening a list version found: how many cases were checked again, and how many fared worse. */
    record Screened(String fingerprint, boolean claimed, int screened, int newHits, int added, int changed, int removed) {
    }

    Screened screen(ListUpdate update) {
        if (!reports.claimListVersion(update.fingerprint(), update.entries(), update.sources(), update.added(),
                update.changed(), update.removed())) {
            return new Screened(update.fingerprint(), false, 0, 0, update.added(), update.changed(), update.removed());
        }
        long start = System.nanoTime();
        Set<UUID> affected = new LinkedHashSet<>();
        if (update.delta() == null || update.delta().entryCount() > 0) {
            var against = update.delta();
            reports.eachScreenedName((caseId, query) -> {
                // Without an earlier version to compare with, every checked case is screened again.
                if (against == null || !against.screen(query).isEmpty()) {
                    affected.add(caseId);
                }
            });
        }
        reports.notPassed(CHECK).forEach(stale -> affected.add(stale.caseId()));
        int newHits = 0;
        for (UUID caseId : affected) {
            Outcome before = reports.outcome(caseId, CHECK).orElse(Outcome.PASS);
            var rerun = runner.again(caseId, List.of(CHECK));
            if (rerun.isEmpty()) {
                continue;
            }
            CheckResult after = rerun.get().results().get(CHECK);
            if (rerun.get().live() && rank(after.outcome()) > rank(before)) {
                newHits++;
                flag(rerun.get(), after, update);
            }
        }
        reports.listVersionScreened(update.fingerprint(), affected.size(), newHits);
        log.info("Sanctions list version {}: {} added, {} changed, {} removed; {} checked cases screened again, {} new hits, in {} ms",
                update.fingerprint().substring(0, 12), update.added(), update.changed(), update.removed(), affected.size(),
                newHits, (System.nanoTime() - start) / 1_000_000);
        return new Screened(update.fingerprint(), true, affected.size(), newHits, update.added(), update.changed(), update.removed());
    }

    private void flag(DiligenceRunner.Rerun rerun, CheckResult after, ListUpdate update) {
        String hit = after.evidence().stream().filter(e -> e.label().equals("Hit") || e.label().equals("Near hit"))
                .map(CheckResult.Evidence::value).findFirst().orElse(after.summary());
        String message = "The sanctions list update of %s (%d entries added, %d changed) found a new %s: %s".formatted(
                LocalDate.now(ZoneId.of("Europe/London")), update.added(), update.changed(),
                after.outcome() == Outcome.FAIL ? "hit" : "near hit", hit);
        reports.alert(rerun.caseId(), message);
        var details = new LinkedHashMap<String, Object>();
        details.put("outcome", after.outcome().name());
        details.put("hit", hit);
        details.put("listVersion", update.fingerprint());
        audit.record(DiligenceRunner.SYSTEM, AuditEvent.change("DILIGENCE_NEW_HIT", "DILIGENCE_REPORT", rerun.caseId().toString(),
                "Sanctions lists updated: case " + rerun.reference() + " screened again", details));
    }

    private static int rank(Outcome outcome) {
        return switch (outcome) {
            case PASS -> 0;
            case REFER -> 1;
            case FAIL -> 2;
        };
    }
}
