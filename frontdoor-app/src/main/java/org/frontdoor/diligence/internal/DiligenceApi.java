package org.frontdoor.diligence.internal;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.frontdoor.diligence.CheckResult;
import org.frontdoor.diligence.DiligenceReport;
import org.frontdoor.diligence.DiligenceReports;
import org.frontdoor.diligence.RiskRating;
import org.frontdoor.identity.SignedInAccount;
import org.frontdoor.platform.web.ApiController;
import org.frontdoor.platform.web.NotFound;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** A case's due-diligence report over the API, for the same staff as on the case page. */
@ApiController("/api/v1")
class DiligenceApi {

    private final DiligenceReports reports;
    private final ListWatch lists;

    DiligenceApi(DiligenceReports reports, ListWatch lists) {
        this.reports = reports;
        this.lists = lists;
    }

    @Operation(summary = "Run the case's due-diligence checks again",
            description = "Every check the case's service asks for runs again in the background; the report shows them as "
                    + "running until they finish. Staff who may see the report; audited. Answers 202.")
    @PostMapping("/cases/{id}/diligence/checks")
    ResponseEntity<Void> checkAgain(@AuthenticationPrincipal SignedInAccount person, @PathVariable UUID id) {
        reports.checkAgain(person, id);
        return ResponseEntity.accepted().location(URI.create("/api/v1/cases/" + id + "/diligence")).build();
    }

    @Operation(summary = "Look for updated sanctions lists now",
            description = "Admins. Loads the configured list files if they changed since this node loaded them, and screens "
                    + "every checked case against the added and changed entries; cases still open that now fare worse are "
                    + "flagged on their report. Each node also does this by itself every frontdoor.diligence.sanctions.watch.")
    @PostMapping("/diligence/sanctions-lists/refresh")
    ListRefresh refreshLists(@AuthenticationPrincipal SignedInAccount person) {
        if (!person.hasRole(org.frontdoor.identity.Role.ADMIN)) {
            throw new AccessDeniedException("Only admins refresh the sanctions lists");
        }
        return lists.lookNow().map(s -> new ListRefresh(true, s.claimed(), s.added(), s.changed(), s.removed(), s.screened(), s.newHits()))
                .orElse(new ListRefresh(false, false, 0, 0, 0, 0, 0));
    }

    /**
     * @param changed  whether the files changed since this node loaded them
     * @param screened whether this node screened the checked cases (another node may have done it for the same files)
     */
    record ListRefresh(boolean changed, boolean screened, int added, int changedEntries, int removed, int casesScreened,
                       int newHits) {
    }

    @Operation(summary = "The case's due-diligence report",
            description = "Every check's outcome with its evidence, source and time, the rules' rating with its reasons, "
                    + "and the override in force. Staff of the case's team and admins; anyone else gets 404.")
    @GetMapping("/cases/{id}/diligence")
    ReportView read(@AuthenticationPrincipal SignedInAccount reader, @PathVariable UUID id) {
        return reports.forCase(reader, id).map(ReportView::of)
                .orElseThrow(() -> new NotFound("No due-diligence report for case " + id));
    }

    @Operation(summary = "Override the due-diligence rating with a reason",
            description = "Team leads of the case's team and admins; audited. rating is RED, AMBER or GREEN.")
    @PostMapping("/cases/{id}/diligence/override")
    ReportView override(@AuthenticationPrincipal SignedInAccount person, @PathVariable UUID id, @RequestBody OverrideRequest request) {
        return ReportView.of(reports.override(person, id, request.rating(), request.reason()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException denied) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, denied.getMessage());
        problem.setType(URI.create("https://frontdoor.invalid/problems/forbidden"));
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
    }

    record OverrideRequest(String rating, String reason) {
    }

    /** The report as the API shows it: the rating in force first. */
    record ReportView(UUID caseId, String reference, String serviceId, RiskRating.Rating rating, boolean pending,
                      RiskRating computed, DiligenceReport.Override override, List<String> expectedChecks,
                      List<CheckResult> results, Instant completedAt, DiligenceReport.Alert alert) {
        static ReportView of(DiligenceReport r) {
            return new ReportView(r.caseId(), r.reference(), r.serviceId(), r.rating(), r.pending(), r.computed(),
                    r.override(), r.expectedChecks(), r.results(), r.completedAt(), r.alert());
        }
    }
}
