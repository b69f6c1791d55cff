package org.frontdoor.diligence.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.frontdoor.cases.CaseSubmitted;
import org.frontdoor.cases.ReadingCases;
import org.frontdoor.diligence.CheckResult;
import org.frontdoor.diligence.CheckSubject;
import org.frontdoor.diligence.DiligenceCheck;
import org.frontdoor.grants.FundingRecords;
import org.frontdoor.identity.AccountKind;
import org.frontdoor.identity.Role;
import org.frontdoor.identity.SignedInAccount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs the configured checks of a submitted case after the submission commits, from the event
 * outbox: the applicant's request never waits for a register, and a crash before the checks finish
 * leaves the event to be delivered again (results are replaced per check, so a rerun is harmless).
 */
@Component
class DiligenceRunner {

    private static final Logger log = LoggerFactory.getLogger(DiligenceRunner.class);

    /** Who reads the case for the checks: audited as the system, purpose due diligence. */
    static final SignedInAccount SYSTEM = new SignedInAccount(new UUID(0, 0xd11L), "due-diligence@frontdoor.invalid",
            "Due-diligence checks", AccountKind.STAFF, EnumSet.of(Role.ADMIN), Set.of(), true, null);

    private final DiligenceSettings settings;
    private final Map<String, DiligenceCheck> checks;
    private final ReadingCases cases;
    private final StoredReports reports;
    private final FundingRecords funding;

    DiligenceRunner(DiligenceSettings settings, List<DiligenceCheck> checks, ReadingCases cases, StoredReports reports,
                    FundingRecords funding) {
        this.funding = funding;
        this.settings = settings;
        this.checks = checks.stream().collect(Collectors.toMap(DiligenceCheck::name, Function.identity()));
        this.cases = cases;
        this.reports = reports;
        settings.services().forEach((service, names) -> settings.checksFor(service).stream()
                .filter(name -> !this.checks.containsKey(name))
                .forEach(name -> log.warn("Service {} asks for due-diligence check '{}', which does not exist", service, name)));
    }

    @ApplicationModuleListener
    void on(CaseSubmitted submitted) {
        List<String> wanted = settings.checksFor(submitted.serviceId());
        if (wanted.isEmpty()) {
            return;
        }
        asSystem(() -> subject(submitted.caseId(), submitted.serviceId()).ifPresentOrElse(subject -> {
            reports.open(submitted.caseId(), submitted.reference(), submitted.serviceId(),
                    // A case routed to no team is seen by admins only.
                    submitted.team() == null ? "" : submitted.team(), submitted.applicantId(), wanted);
            for (String name : wanted) {
                reports.save(submitted.caseId(), run(name, subject));
            }
            reports.complete(submitted.caseId());
        }, () -> log.warn("Case {} vanished before its due-diligence checks", submitted.caseId())));
    }

    /**
     * Runs one check again on cases whose result of it is referred with this summary prefix, for
     * example every case checked before the sanctions lists had loaded; returns how many.
     */
    int rerun(String check, String summaryPrefix) {
        int done = 0;
        for (var stale : reports.referred(check, summaryPrefix)) {
            var subject = asSystem(() -> subject(stale.caseId(), stale.serviceId()));
            if (subject.isPresent()) {
                reports.save(stale.caseId(), run(check, subject.get()));
                done++;
            }
        }
        return done;
    }

    private java.util.Optional<CheckSubject> subject(UUID caseId, String serviceId) {
        return cases.read(SYSTEM, caseId).map(found -> new CheckSubject(caseId, found.reference(), serviceId,
                found.answers(), settings.fieldsFor(serviceId), funding.applicantOf(caseId).orElse(null)));
    }

    private void asSystem(Runnable work) {
        asSystem(() -> {
            work.run();
            return null;
        });
    }

    /** Runs as the system reader, so reads of personal data are audited with it as the actor. */
    private <T> T asSystem(java.util.function.Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        try {
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(SYSTEM, null, SYSTEM.getAuthorities()));
            SecurityContextHolder.setContext(context);
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private CheckResult run(String name, CheckSubject subject) {
        DiligenceCheck check = checks.get(name);
        if (check == null) {
            return new CheckResult(name, CheckResult.Outcome.REFER, "No check of this name is installed", List.of(),
                    "configuration", Instant.now());
        }
        try {
            return check.check(subject);
        } catch (RuntimeException e) {
            // A broken source must not lose the other checks' results: a person looks instead.
            log.warn("Due-diligence check {} failed on case {}", name, subject.caseId(), e);
            return new CheckResult(name, CheckResult.Outcome.REFER, "The check could not run: " + e.getClass().getSimpleName(),
                    List.of(), name, Instant.now());
        }
    }
}
