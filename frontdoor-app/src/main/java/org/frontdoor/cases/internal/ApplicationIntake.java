package org.frontdoor.cases.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.frontdoor.audit.AuditEvent;
import org.frontdoor.audit.AuditLog;
import org.frontdoor.cases.ApplicationGate;
import org.frontdoor.cases.CaseSubmitted;
import org.frontdoor.cases.IdempotencyKeyReused;
import org.frontdoor.cases.NewApplication;
import org.frontdoor.cases.SubmittedCase;
import org.frontdoor.cases.SubmittingApplication;
import org.frontdoor.cases.internal.Cases.StoredCase;
import org.frontdoor.platform.InvalidInput;
import org.frontdoor.platform.Sha256;
import org.frontdoor.platform.web.NotFound;
import org.frontdoor.services.AnswerCheck;
import org.frontdoor.services.CheckedAnswers;
import org.frontdoor.services.ConditionValues;
import org.frontdoor.services.ServiceCatalogue;
import org.frontdoor.services.SearchTerms;
import org.frontdoor.services.ServiceDefinition;
import org.frontdoor.services.ServiceNotTakingApplications;
import org.frontdoor.notifications.Emails;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ApplicationIntake implements SubmittingApplication {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final ServiceCatalogue catalogue;
    private final Cases cases;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final StoredAnswers storedAnswers;
    private final Emails emails;
    private final Clock clock;
    private final List<ApplicationGate> gates;

    ApplicationIntake(ServiceCatalogue catalogue, Cases cases, AuditLog audit,
                      ApplicationEventPublisher events, StoredAnswers storedAnswers, Emails emails, List<ApplicationGate> gates) {
        this.gates = gates;
        this.catalogue = catalogue;
        this.cases = cases;
        this.audit = audit;
        this.events = events;
        this.storedAnswers = storedAnswers;
        this.emails = emails;
        this.clock = Clock.systemUTC();
    }

    @Override
    @Transactional
    public SubmittedCase submit(NewApplication application) {
        var service = catalogue.latest(application.serviceId())
                .orElseThrow(() -> new NotFound("There is no service '" + application.serviceId() + "'"));
        var answers = application.answers() == null ? Map.<String, Object>of() : application.answers();
        var key = application.idempotencyKey();
        var fingerprint = key == null ? null : fingerprint(service.id(), answers);
        CheckedAnswers checked;
        try {
            catalogue.checkTakingApplications(service.id());
            checked = AnswerCheck.form(service.form(), answers);
            if (!checked.valid()) {
                throw new InvalidInput(checked.problems());
            }
            for (var gate : gates) {
                gate.check(application, service, checked.answers());
            }
        } catch (InvalidInput | ServiceNotTakingApplications refused) {
            // A retry of an application accepted before still gets its case, though the service has
            // paused or its rules changed since. Looked up only here: on the way in, the insert finds it.
            var earlier = key == null ? Optional.<StoredCase>empty() : cases.byIdempotencyKey(application.applicantId(), key);
            if (earlier.isPresent()) {
                return replay(earlier.get(), fingerprint, service);
            }
            throw refused;
        }
        var lifecycle = service.lifecycle();
        var initial = lifecycle.state(lifecycle.initialState()).orElseThrow();
        var now = clock.instant();
        var today = LocalDate.ofInstant(now, LONDON);
        var dueOn = initial.slaWorkingDays() == null ? null
                : catalogue.calendar(service.calendar()).addWorkingDays(today, initial.slaWorkingDays());
        // Facts looked up from the answers (such as the consular post for a country) are kept with them.
        var kept = new java.util.LinkedHashMap<String, Object>(checked.answers());
        kept.putAll(service.routing().derive(checked.answers()));
        var team = service.routing().teamFor(ConditionValues.of(kept));
        var representedEmail = representedEmail(service, checked.answers());
        var unnumbered = new StoredCase(UUID.randomUUID(), null, service.id(), service.version(), application.applicantId(), team,
                initial.id(), storedAnswers.write(kept), now, dueOn, fingerprint, 0, null, representedEmail);
        var reference = cases.insert(unnumbered, referencePrefix(service), key, fingerprint, SearchTerms.of(service.form(), checked.answers()));
        if (reference.isEmpty()) {
            // The key was used before (a retry), or by another request that committed first: answer as it was answered.
            return replay(cases.byIdempotencyKey(application.applicantId(), key).orElseThrow(), fingerprint, service);
        }
        var stored = unnumbered.numbered(reference.get());
        for (var gate : gates) {
            gate.admitted(application, service, stored.id(), checked.answers());
        }
        audit.record(AuditEvent.change("SUBMITTED", "CASE", stored.id().toString(), "Application to " + service.name(),
                Map.of("reference", stored.reference(), "service", service.id(), "team", team)));
        events.publishEvent(new CaseSubmitted(stored.id(), stored.reference(), service.id(), application.applicantId(), team));
        if (representedEmail != null) {
            tellRepresentedPerson(representedEmail, service, stored.reference());
        }
        return submitted(stored, service, false);
    }

    /** The email address of the person a carer or representative applied for, as the case keeps it. */
    private static String representedEmail(ServiceDefinition service, Map<String, Object> answers) {
        var question = service.form().representedPersonEmail();
        return question != null && answers.get(question) instanceof String email && !email.isBlank()
                ? email.strip().toLowerCase(Locale.ROOT) : null;
    }

    private void tellRepresentedPerson(String email, ServiceDefinition service, String reference) {
        emails.send(email, "An application was made for you: " + reference, """
                Someone has applied to "%s" on your behalf. The reference is %s.

                You can follow the application and send messages about it: sign in to Frontdoor, or create an
                account, with this email address (%s). Look under "Your cases".

                If you do not know about this application, reply to any message on the case or contact us.
                """.formatted(service.name(), reference, email));
    }

    private SubmittedCase replay(StoredCase earlier, String fingerprint, ServiceDefinition service) {
        if (!fingerprint.equals(earlier.fingerprint())) {
            throw new IdempotencyKeyReused();
        }
        var version = catalogue.version(earlier.serviceId(), earlier.serviceVersion()).orElse(service);
        return submitted(earlier, version, true);
    }

    private static SubmittedCase submitted(StoredCase c, ServiceDefinition service, boolean replayed) {
        var status = service.lifecycle().state(c.state()).map(ServiceDefinition.State::citizenStatus).orElse(c.state());
        return new SubmittedCase(c.id(), c.reference(), c.serviceId(), c.serviceVersion(), c.state(), status, c.team(),
                c.dueOn(), c.submittedAt(), replayed);
    }

    /** Initials of the service, before the running number the database gives: HA-0000042, easy to read out over the phone. */
    static String referencePrefix(ServiceDefinition service) {
        return java.util.Arrays.stream(service.id().split("-")).map(word -> word.substring(0, 1))
                .collect(Collectors.joining()).toUpperCase(Locale.ROOT);
    }

    private String fingerprint(String serviceId, Map<String, ?> answers) {
        return Sha256.hex(serviceId + "\n" + storedAnswers.write(answers));
    }
}
