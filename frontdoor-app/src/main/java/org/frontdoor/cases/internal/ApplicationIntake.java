package org.frontdoor.cases.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.frontdoor.audit.AuditLog;
import org.frontdoor.cases.ApplicationGate;
import org.frontdoor.cases.IdempotencyKeyReused;
import org.frontdoor.cases.NewApplication;
import org.frontdoor.cases.SubmittedCase;
import org.frontdoor.cases.SubmittingApplication;
import org.frontdoor.cases.internal.Cases.StoredCase;
import org.frontdoor.platform.InvalidInput;
import org.frontdoor.platform.Sha256;
import org.frontdoor.platform.web.NotFound;
import org.frontdoor.platform.web.RequestIds;
import org.frontdoor.services.AnswerCheck;
import org.frontdoor.services.CheckedAnswers;
import org.frontdoor.services.ConditionValues;
import org.frontdoor.services.ServiceCatalogue;
import org.frontdoor.services.SearchTerms;
import org.frontdoor.services.ServiceDefinition;
import org.frontdoor.services.ServiceNotTakingApplications;
import org.springframework.stereotype.Service;

@Service
class ApplicationIntake implements SubmittingApplication {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final ServiceCatalogue catalogue;
    private final Cases cases;
    private final IntakeWriter writer;
    private final AuditLog audit;
    private final StoredAnswers storedAnswers;
    private final Clock clock;
    private final List<ApplicationGate> gates;

    ApplicationIntake(ServiceCatalogue catalogue, Cases cases, IntakeWriter writer, AuditLog audit, StoredAnswers storedAnswers,
                      List<ApplicationGate> gates) {
        this.gates = gates;
        this.catalogue = catalogue;
        this.cases = cases;
        this.writer = writer;
        this.audit = audit;
        this.storedAnswers = storedAnswers;
        this.clock = Clock.systemUTC();
    }

    /**
     * Checks the application on the request's thread (in the caller's transaction, when there is
     * one) and hands the case to the {@link IntakeWriter}, which writes it with any others waiting.
     */
    @Override
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
        var kept = new LinkedHashMap<String, Object>(checked.answers());
        kept.putAll(service.routing().derive(checked.answers()));
        var team = service.routing().teamFor(ConditionValues.of(kept));
        var unnumbered = new StoredCase(UUID.randomUUID(), null, service.id(), service.version(), application.applicantId(), team,
                initial.id(), storedAnswers.write(kept), now, dueOn, fingerprint, 0, null, representedEmail(service, checked.answers()));
        var newCase = new Cases.NewCase(unnumbered, referencePrefix(service), key, SearchTerms.of(service.form(), checked.answers()));
        var reference = writer.write(new IntakeWriter.Admission(application, service, checked.answers(), newCase,
                audit.currentActor(), RequestIds.current()));
        if (reference.isEmpty()) {
            // The key was used before (a retry), or by another request that committed first: answer as it was answered.
            return replay(cases.byIdempotencyKey(application.applicantId(), key).orElseThrow(), fingerprint, service);
        }
        return submitted(unnumbered.numbered(reference.get()), service, false);
    }

    /** The email address of the person a carer or representative applied for, as the case keeps it. */
    private static String representedEmail(ServiceDefinition service, Map<String, Object> answers) {
        var question = service.form().representedPersonEmail();
        return question != null && answers.get(question) instanceof String email && !email.isBlank()
                ? email.strip().toLowerCase(Locale.ROOT) : null;
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
