package org.frontdoor.diligence.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.frontdoor.cases.CaseDetails;
import org.frontdoor.cases.CaseSubmitted;
import org.frontdoor.cases.CaseTransitioned;
import org.frontdoor.cases.ReadingCases;
import org.frontdoor.diligence.CheckResult;
import org.frontdoor.diligence.CheckSubject;
import org.frontdoor.diligence.DiligenceCheck;
import org.frontdoor.grants.FundingRecords;
import org.frontdoor.identity.AccountKind;
import org.frontdoor.identity.Role;
import org.frontdoor.identity.SignedInAccount;
import org.frontdoor.platform.events.Turns;
import org.frontdoor.services.ServiceCatalogue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Runs the configured checks of a submitted case after the submission commits, from the event
 * outbox: the applicant's request never waits for a register, and a crash before the checks finish
 * leaves the event to be delivered again (results are replaced per check, so a rerun is harmless).
 * Also runs checks again on cases already checked: when a person asks, and when a list changes.
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
    private final ServiceCatalogue services;
    private final Turns turns;
    private final ApplicationEventPublisher events;

    DiligenceRunner(DiligenceSettings settings, List<DiligenceCheck> checks, ReadingCases cases, StoredReports reports,
                    FundingRecords funding, ServiceCatalogue services, ApplicationEventPublisher events) {
        this.events = events;
        this.settings = settings;
        this.checks = checks.stream().collect(Collectors.toMap(DiligenceCheck::name, Function.identity()));
        this.cases = cases;
        this.reports = reports;
        this.funding = funding;
        this.services = services;
        this.turns = new Turns(settings.concurrency());
        settings.services().forEach((service, names) -> settings.checksFor(service).stream()
                .filter(name -> !this.checks.containsKey(name))
                .forEach(name -> log.warn("Service {} asks for due-diligence check '{}', which does not exist", service, name)));
    }

    /**
     * Decides, inside the submitting transaction, whether the case has anything to check: only then is
     * an outbox entry written ({@link ChecksDue}), so a service without checks pays nothing for them at
     * intake.
     */
    @EventListener
    void on(CaseSubmitted submitted) {
        if (!settings.checksFor(submitted.serviceId()).isEmpty()) {
            events.publishEvent(new ChecksDue(submitted));
        }
    }

    /**
     * Runs the checks of a newly submitted case. Deliberately outside a transaction: a slow register
     * must not hold a database connection while it answers, so each read and write takes one only
     * for itself, and the report shows the case as running until the last result is in. At most
     * {@code frontdoor.diligence.concurrency} cases are checked at once on a node; a surge of
     * submissions waits its turn instead of exhausting the connection pool.
     */
    @Async
    @TransactionalEventListener
    void on(ChecksDue due) {
        List<String> wanted = settings.checksFor(due.submitted().serviceId());
        if (wanted.isEmpty()) {
            return;
        }
        turns.take(() -> checkSubmitted(due.submitted(), wanted));
    }

    private void checkSubmitted(CaseSubmitted submitted, List<String> wanted) {
        // A new case is live, and the event names its reference and service: only its answers are read.
        var answers = asSystem(() -> cases.answers(SYSTEM, submitted.caseId()));
        if (answers.isEmpty()) {
            log.warn("Case {} vanished before its due-diligence checks", submitted.caseId());
            return;
        }
        var subject = new CheckSubject(submitted.caseId(), submitted.reference(), submitted.serviceId(), answers.get(),
                settings.fieldsFor(submitted.serviceId()), funding.applicantOf(submitted.caseId()).orElse(null));
        reports.open(submitted.caseId(), submitted.reference(), submitted.serviceId(),
                // A case routed to no team is seen by admins only.
                submitted.team() == null ? "" : submitted.team(), submitted.applicantId(), wanted, facts(subject));
        var run = asSystem(() -> runAll(wanted, subject));
        reports.record(submitted.caseId(), List.copyOf(run.values()), screenedNames(wanted, subject), true);
    }

    /** A person asked for the case's checks to run again: every check its service now asks for. */
    @Async
    @TransactionalEventListener
    void on(ChecksRequested requested) {
        reports.serviceOf(requested.caseId()).ifPresent(serviceId -> turns.take(() -> everyCheckAgain(requested.caseId(), serviceId)));
    }

    /** Only a state some service rechecks on gets an outbox entry ({@link RecheckDue}); most transitions need none. */
    @EventListener
    void on(CaseTransitioned moved) {
        if (settings.anyRechecksOn(moved.toState())) {
            events.publishEvent(new RecheckDue(moved.caseId(), moved.toState()));
        }
    }

    /** A case entered a state its service rechecks on: every check runs again on what is known now. */
    @Async
    @TransactionalEventListener
    void on(RecheckDue due) {
        var serviceId = reports.serviceOf(due.caseId());
        if (serviceId.isEmpty() || !settings.rechecksOn(serviceId.get(), due.state())) {
            return;
        }
        turns.take(() -> everyCheckAgain(due.caseId(), serviceId.get()));
    }

    /** Every check the service now asks for, run again; the report shows them running until they finish. */
    private void everyCheckAgain(UUID caseId, String serviceId) {
        reports.reopen(caseId);
        again(caseId, settings.checksFor(serviceId));
        reports.complete(caseId);
    }

    /** Checks not yet started when the node stops are left to the outbox (see {@link Turns}). */
    @EventListener(ContextClosedEvent.class)
    void stopping() {
        turns.stop();
    }

    /**
     * Runs one check again on cases whose result of it is referred with this summary prefix, for
     * example every case checked before the sanctions lists had loaded; returns how many.
     */
    int rerun(String check, String summaryPrefix) {
        int done = 0;
        for (var stale : reports.referred(check, summaryPrefix)) {
            if (again(stale.caseId(), List.of(check)).isPresent()) {
                done++;
            }
        }
        return done;
    }

    /**
     * Runs the named checks of an already checked case again, replacing their results; empty when
     * the case has no report or is gone.
     */
    Optional<Rerun> again(UUID caseId, List<String> names) {
        var serviceId = reports.serviceOf(caseId);
        if (serviceId.isEmpty()) {
            return Optional.empty();
        }
        return asSystem(() -> subject(caseId, serviceId.get())).map(found -> {
            var results = asSystem(() -> runAll(names, found.subject()));
            reports.record(caseId, List.copyOf(results.values()), screenedNames(names, found.subject()), false);
            return new Rerun(caseId, found.subject().reference(), found.live(), results);
        });
    }

    /** The results of running checks again, and whether the case is still open (not in a final state). */
    record Rerun(UUID caseId, String reference, boolean live, Map<String, CheckResult> results) {
    }

    private record Found(CheckSubject subject, boolean live) {
    }

    private Optional<Found> subject(UUID caseId, String serviceId) {
        return cases.read(SYSTEM, caseId).map(found -> new Found(new CheckSubject(caseId, found.reference(), serviceId,
                found.answers(), settings.fieldsFor(serviceId), funding.applicantOf(caseId).orElse(null)), live(found)));
    }

    private boolean live(CaseDetails found) {
        return services.version(found.serviceId(), found.serviceVersion())
                .flatMap(definition -> definition.lifecycle().state(found.state()))
                .map(state -> !state.terminal()).orElse(true);
    }

    /** What the rating rules may know of the applicant besides the results. */
    private static Map<String, Object> facts(CheckSubject subject) {
        var facts = new LinkedHashMap<String, Object>();
        if (subject.grant() != null) {
            var grant = subject.grant();
            facts.put("kind", grant.kind().name());
            facts.put("orgId", grant.orgId() == null ? "" : grant.orgId());
            facts.put("amount", grant.amountRequested() == null ? 0.0 : grant.amountRequested().doubleValue());
            facts.put("programme", grant.programmeId());
        }
        return facts;
    }

    /** Runs as the system reader, so reads of personal data are audited with it as the actor. */
    private <T> T asSystem(Supplier<T> work) {
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

    /** Runs the checks one after another, outside any transaction of the runner's own. */
    private Map<String, CheckResult> runAll(List<String> names, CheckSubject subject) {
        var results = new LinkedHashMap<String, CheckResult>();
        for (String name : names) {
            results.put(name, run(name, subject));
        }
        return results;
    }

    /** The names screened, kept so that a list update screens this case again without reading it; null when not screened. */
    private List<org.frontdoor.screening.ScreeningQuery> screenedNames(List<String> names, CheckSubject subject) {
        return names.contains("sanctions") && checks.get("sanctions") instanceof SanctionsCheck ? SanctionsCheck.queries(subject) : null;
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
