package org.frontdoor.diligence.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.frontdoor.audit.AuditEvent;
import org.frontdoor.audit.AuditLog;
import org.frontdoor.cases.ReadingCases;
import org.frontdoor.diligence.DiligenceCheck;
import org.frontdoor.diligence.DiligenceReport;
import org.frontdoor.diligence.DiligenceReports;
import org.frontdoor.diligence.RiskRating;
import org.frontdoor.identity.AccountDetails;
import org.frontdoor.identity.AccountKind;
import org.frontdoor.identity.Role;
import org.frontdoor.identity.SignedInAccount;
import org.frontdoor.identity.Team;
import org.frontdoor.platform.InvalidInput;
import org.frontdoor.platform.web.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reports with the console's access rule: staff of the case's team and admins; nobody else. */
@Service
class ReportsApi implements DiligenceReports {

    static final int MAX_REASON = 2000;

    private final StoredReports reports;
    private final AccountDetails accounts;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final ReadingCases cases;
    private final Map<String, DiligenceCheck> checks;

    ReportsApi(StoredReports reports, AccountDetails accounts, AuditLog audit, ApplicationEventPublisher events,
               ReadingCases cases, List<DiligenceCheck> checks) {
        this.reports = reports;
        this.accounts = accounts;
        this.audit = audit;
        this.events = events;
        this.cases = cases;
        this.checks = checks.stream().collect(java.util.stream.Collectors.toMap(DiligenceCheck::name, c -> c));
    }

    @Override
    @Transactional
    public List<String> forApplicant(SignedInAccount applicant, UUID caseId) {
        if (applicant.kind() != AccountKind.CITIZEN || cases.read(applicant, caseId).isEmpty()) {
            return List.of();
        }
        var report = reports.find(caseId);
        if (report.isEmpty()) {
            return List.of();
        }
        var told = report.get().results().stream()
                .filter(r -> r.outcome() != org.frontdoor.diligence.CheckResult.Outcome.PASS)
                .flatMap(r -> java.util.Optional.ofNullable(checks.get(r.check())).flatMap(c -> c.toApplicant(r)).stream())
                .toList();
        if (!told.isEmpty()) {
            audit.record(AuditEvent.read("DILIGENCE_REPORT", caseId.toString(),
                    "Applicant reading what checks on their application found"));
        }
        return told;
    }

    @Override
    @Transactional
    public void checkAgain(SignedInAccount person, UUID caseId) {
        if (!maySee(person, caseId)) {
            throw new NotFound("No due-diligence report for case " + caseId);
        }
        reports.reopen(caseId);
        // Through the outbox: the checks run after this commits, and run even if this node stops first.
        events.publishEvent(new ChecksRequested(caseId));
        audit.record(AuditEvent.change("DILIGENCE_CHECKS_REQUESTED", "DILIGENCE_REPORT", caseId.toString(),
                "Staff asked for the due-diligence checks to run again", Map.of()));
    }

    @Override
    @Transactional
    public Optional<DiligenceReport> forCase(SignedInAccount reader, UUID caseId) {
        if (!maySee(reader, caseId)) {
            return Optional.empty();
        }
        var found = reports.find(caseId);
        found.ifPresent(r -> audit.record(AuditEvent.read("DILIGENCE_REPORT", caseId.toString(),
                "Staff reviewing the due-diligence report of case " + r.reference())));
        return found;
    }

    @Override
    public boolean mayOverride(SignedInAccount person) {
        return person.hasRole(Role.ADMIN) || person.hasRole(Role.TEAM_LEAD);
    }

    @Override
    @Transactional
    public DiligenceReport override(SignedInAccount person, UUID caseId, String rating, String reason) {
        if (!maySee(person, caseId)) {
            throw new NotFound("No due-diligence report for case " + caseId);
        }
        if (!mayOverride(person)) {
            throw new AccessDeniedException("Only team leads and admins override a due-diligence rating");
        }
        var problems = new java.util.ArrayList<InvalidInput.FieldProblem>();
        RiskRating.Rating chosen = null;
        try {
            chosen = RiskRating.Rating.valueOf(rating == null ? "" : rating.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new InvalidInput.FieldProblem("overrideRating", "Select the rating you decide on"));
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            problems.add(new InvalidInput.FieldProblem("overrideReason", "Enter why you are changing the rating"));
        } else if (why.length() > MAX_REASON) {
            problems.add(new InvalidInput.FieldProblem("overrideReason", "Reason must be " + MAX_REASON + " characters or fewer"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        var before = reports.find(caseId).orElseThrow();
        reports.override(caseId, chosen, why, person.id(), person.displayName());
        var details = new LinkedHashMap<String, Object>();
        details.put("from", before.rating().name());
        details.put("to", chosen.name());
        details.put("computed", before.computed().rating().name());
        details.put("reason", why);
        audit.record(AuditEvent.change("DILIGENCE_RATING_OVERRIDDEN", "DILIGENCE_REPORT", caseId.toString(),
                "Override of the due-diligence rating of case " + before.reference(), details));
        return reports.find(caseId).orElseThrow();
    }

    /**
     * Caseworkers, team leads and grant assessors of the team the case was routed to when checked,
     * and admins; never citizens, nor service providers, who work on cases but not on whether the
     * applicant may be paid.
     */
    private boolean maySee(SignedInAccount reader, UUID caseId) {
        if (reader.kind() != AccountKind.STAFF || !(reader.hasRole(Role.ADMIN) || reader.hasRole(Role.CASEWORKER)
                || reader.hasRole(Role.TEAM_LEAD) || reader.hasRole(Role.GRANT_ASSESSOR))) {
            return false;
        }
        var team = reports.teamOf(caseId);
        if (team.isEmpty()) {
            return false;
        }
        if (reader.hasRole(Role.ADMIN)) {
            return true;
        }
        List<String> teams = accounts.ownAccount(reader.id()).stream().flatMap(a -> a.teams().stream()).map(Team::name).toList();
        return teams.stream().anyMatch(team.get()::equalsIgnoreCase);
    }
}
