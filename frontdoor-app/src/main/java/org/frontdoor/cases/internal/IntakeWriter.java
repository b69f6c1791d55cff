package org.frontdoor.cases.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.frontdoor.audit.ActedEvent;
import org.frontdoor.audit.AuditActor;
import org.frontdoor.audit.AuditEvent;
import org.frontdoor.audit.AuditLog;
import org.frontdoor.cases.ApplicationGate;
import org.frontdoor.cases.CaseSubmitted;
import org.frontdoor.cases.NewApplication;
import org.frontdoor.notifications.Emails;
import org.frontdoor.platform.database.GroupCommit;
import org.frontdoor.services.ServiceDefinition;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes checked applications as cases, many in one transaction (ADR 34): a submission waits while
 * a writer takes every submission that has gathered, inserts their cases and first timeline entries
 * in one statement, lets the gates record what each case means to them, records the audit entries
 * in one statement, publishes {@link CaseSubmitted} for each (person linking queues them all in one
 * statement) and commits once. Each request is answered after that commit. A group that fails is
 * written again one submission at a time, so a bad one fails only itself.
 *
 * <p>A submission made inside the caller's own transaction (sending a draft, which marks the draft
 * sent in the same transaction) is written there, alone.
 */
@Component
class IntakeWriter implements SmartLifecycle {

    /** The largest group: bounds one transaction's statement sizes and how long its locks are held. */
    static final int MOST = 100;

    private final Cases cases;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Emails emails;
    private final List<ApplicationGate> gates;
    private final GroupCommit<Admission, Optional<String>> groups;

    IntakeWriter(Cases cases, AuditLog audit, ApplicationEventPublisher events, Emails emails, List<ApplicationGate> gates,
                 PlatformTransactionManager transactionManager, MeterRegistry meters,
                 @Value("${frontdoor.cases.intake-writers:1}") int writers) {
        this.cases = cases;
        this.audit = audit;
        this.events = events;
        this.emails = emails;
        this.gates = gates;
        this.groups = new GroupCommit<>("case-intake", writers, MOST, new TransactionTemplate(transactionManager), this::admitAll);
        // Submissions over groups is the mean group: near one when quiet, larger under load.
        FunctionCounter.builder("frontdoor.intake.groups", groups, GroupCommit::groups)
                .description("Transactions that wrote submitted applications").register(meters);
        FunctionCounter.builder("frontdoor.intake.submissions", groups, GroupCommit::written)
                .description("Submitted applications written as cases").register(meters);
        Gauge.builder("frontdoor.intake.waiting", groups, GroupCommit::waiting)
                .description("Submitted applications waiting for a writer").register(meters);
    }

    /**
     * A checked application, with all its case's transaction writes worked out beforehand on the
     * request's thread, and whom the audit entry names.
     */
    record Admission(NewApplication application, ServiceDefinition service, Map<String, Object> answers, Cases.NewCase newCase,
                     AuditActor actor, String requestId) {
    }

    /** Writes the case once committed; its reference, or nothing when its applicant had already used its idempotency key. */
    Optional<String> write(Admission admission) {
        return groups.write(admission);
    }

    private List<Optional<String>> admitAll(List<Admission> admissions) {
        var references = cases.insert(admissions.stream().map(Admission::newCase).toList());
        var written = new ArrayList<Written>();
        for (int i = 0; i < admissions.size(); i++) {
            if (references.get(i) != null) {
                written.add(new Written(admissions.get(i), references.get(i)));
            }
        }
        for (var each : written) {
            for (var gate : gates) {
                gate.admitted(each.admission().application(), each.admission().service(), each.stored().id(), each.admission().answers());
            }
        }
        audit.recordEach(written.stream().map(Written::audited).toList());
        for (var each : written) {
            events.publishEvent(each.submitted());
            // The person a carer or representative applied for, by the email address the answers gave.
            if (each.stored().onBehalfOfEmail() != null) {
                tellRepresentedPerson(each.stored().onBehalfOfEmail(), each.admission().service(), each.reference());
            }
        }
        return references.stream().map(Optional::ofNullable).toList();
    }

    /** An admission whose case was inserted, with the reference the database gave it. */
    private record Written(Admission admission, String reference) {

        Cases.StoredCase stored() {
            return admission.newCase().unnumbered();
        }

        ActedEvent audited() {
            return new ActedEvent(admission.actor(), admission.requestId(), AuditEvent.change("SUBMITTED", "CASE",
                    stored().id().toString(), "Application to " + admission.service().name(),
                    Map.of("reference", reference, "service", stored().serviceId(), "team", stored().team())));
        }

        CaseSubmitted submitted() {
            return new CaseSubmitted(stored().id(), reference, stored().serviceId(), stored().applicantId(), stored().team());
        }
    }

    private void tellRepresentedPerson(String email, ServiceDefinition service, String reference) {
        emails.send(email, "An application was made for you: " + reference, """
                Someone has applied to "%s" on your behalf. The reference is %s.

                You can follow the application and send messages about it: sign in to Frontdoor, or create an
                account, with this email address (%s). Look under "Your cases".

                If you do not know about this application, reply to any message on the case or contact us.
                """.formatted(service.name(), reference, email));
    }

    @Override
    public void start() {
        groups.start();
    }

    /** Writes the groups already handed in; later submissions (none, once the web server has stopped) are written alone. */
    @Override
    public void stop() {
        groups.stop();
    }

    @Override
    public boolean isRunning() {
        return groups.isRunning();
    }

    /** Started before the web server takes requests and stopped after it has finished them. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }
}
