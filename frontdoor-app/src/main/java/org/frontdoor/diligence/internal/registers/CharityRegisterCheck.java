package org.frontdoor.diligence.internal.registers;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.frontdoor.diligence.CheckResult;
import org.frontdoor.diligence.CheckResult.Outcome;
import org.frontdoor.diligence.CheckSubject;
import org.frontdoor.diligence.DiligenceCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * {@code charity-register}: whether the applicant's charity is on the Charity Commission's
 * register of charities in England and Wales, removed (and why, or into which charity it merged),
 * or not there; and whether its company number and name agree with what the applicant gave.
 *
 * <p>Reads {@link CheckSubject#charityNumber()} (the grant applicant's GB-CHC- identifier or the
 * {@code charity-number} answer; a GB-SC- or GB-NIC- identifier is referred as not checkable
 * here), {@link CheckSubject#companyNumber()} and {@link CheckSubject#organisationName()}. The
 * extract is loaded in the background after start-up; until then the check refers.
 */
@Component
class CharityRegisterCheck implements DiligenceCheck {

    private static final Logger log = LoggerFactory.getLogger(CharityRegisterCheck.class);

    private final CharityRegisterSettings settings;
    private final CharityRegisterVerdict verdict = new CharityRegisterVerdict(new NameComparison());
    private final AtomicReference<Object> loaded = new AtomicReference<>("the charity register extract is still loading");

    CharityRegisterCheck(CharityRegisterSettings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return CharityRegisterVerdict.CHECK;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadInBackground() {
        Thread.ofPlatform().name("charity-register").daemon(true).priority(Thread.MIN_PRIORITY).start(this::load);
    }

    /** Loads the extract and the lookups now; a failure is kept as the reason checks refer. */
    void load() {
        if (settings.extract().isEmpty()) {
            loaded.set("the Charity Commission register extract is not configured (frontdoor.diligence.charities.extract)");
            log.warn("No charity register extract is configured: charity-register checks will refer");
            return;
        }
        try {
            long start = System.nanoTime();
            var register = CharityRegister.load(Path.of(settings.extract()),
                    settings.eventHistory().isEmpty() ? null : Path.of(settings.eventHistory()));
            var links = CharityLinks.load(settings.lookups());
            log.info("Charity register loaded: {} charities in {} ms; {} malformed rows skipped{}", register.size(),
                    (System.nanoTime() - start) / 1_000_000, register.skipped(),
                    register.problems().isEmpty() ? "" : ", first: " + register.problems());
            loaded.set(new Loaded(register, links));
        } catch (RuntimeException e) {
            log.error("The charity register extract {} could not be loaded", settings.extract(), e);
            loaded.set("the charity register extract could not be read: " + e.getMessage());
        }
    }

    @Override
    public CheckResult check(CheckSubject subject) {
        CharityNumber number = CharityNumber.of(subject);
        if (number.register() == null && number.problem() == null && subject.grant() != null
                && subject.grant().kind() != org.frontdoor.grants.ApplicantKind.CHARITY) {
            // A company or community group has no charity registration to check, unless it gave a number.
            return new CheckResult(name(), Outcome.PASS, "Not applicable: the applicant is not a charity ("
                    + subject.grant().kind().label().toLowerCase(java.util.Locale.ROOT) + ")", List.of(),
                    "Charity Commission register", Instant.now());
        }
        if (number.register() == null) {
            String summary = number.problem() != null ? "The charity number could not be checked: " + number.problem()
                    : "No charity number to check: the application has no organisation identifier (GB-CHC-) and no answer to "
                    + question(subject);
            return new CheckResult(name(), Outcome.REFER, summary, List.of(), "Charity Commission register", Instant.now());
        }
        if (!(loaded.get() instanceof Loaded data)) {
            String why = String.valueOf(loaded.get());
            return new CheckResult(name(), Outcome.REFER, Character.toUpperCase(why.charAt(0)) + why.substring(1), List.of(),
                    "Charity Commission register", Instant.now());
        }
        CompanyNumber.Reading company = CompanyNumber.read(subject.companyNumber());
        return verdict.decide(number, subject.organisationName(), company.ok() ? company.number().value() : null, data.register(),
                data.links());
    }

    /** What the register shows that the applicant can put right; nothing about officers or outages. */
    @Override
    public java.util.Optional<String> toApplicant(CheckResult result) {
        return ToldToApplicants.charity(result);
    }

    private static String question(CheckSubject subject) {
        String question = subject.questionFor("charity-number");
        return question == null ? "a charity-number question (none is configured for service " + subject.serviceId() + ")"
                : "question " + question;
    }

    private record Loaded(CharityRegister register, CharityLinks links) {
    }
}
