package org.frontdoor.diligence.internal.registers;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.frontdoor.diligence.CheckResult;
import org.frontdoor.diligence.CheckResult.Evidence;
import org.frontdoor.diligence.CheckResult.Outcome;
import org.frontdoor.diligence.CheckSubject;
import org.frontdoor.diligence.DiligenceCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * {@code company-register}: looks the applicant's company up at Companies House (the API, the
 * bulk file, or the API with the file as fallback, per {@code frontdoor.diligence.companies.mode})
 * and reports its status, incorporation date against the trading history claimed, registered
 * office, officers and any disqualified director, and its name against the name given.
 *
 * <p>Reads {@link CheckSubject#companyNumber()} (the grant applicant's GB-COH- identifier or the
 * {@code company-number} answer), {@link CheckSubject#organisationName()}, and the optional roles
 * {@code established-on} or {@code years-trading}. Never throws and never waits longer than the
 * configured timeouts and retries: a register that does not answer gives a referral.
 */
@Component
class CompanyRegisterCheck implements DiligenceCheck {

    private static final Logger log = LoggerFactory.getLogger(CompanyRegisterCheck.class);

    private final CompanyRegisterSettings settings;
    private final CompaniesHouseClient api;
    private final CompanyRegisterVerdict verdict;
    private final Clock clock;
    private final AtomicReference<Object> file = new AtomicReference<>("the company data file is still being indexed");

    @Autowired
    CompanyRegisterCheck(CompanyRegisterSettings settings) {
        this(settings, new CompaniesHouseClient(settings), Clock.systemDefaultZone());
    }

    CompanyRegisterCheck(CompanyRegisterSettings settings, CompaniesHouseClient api, Clock clock) {
        this.settings = settings;
        this.api = api;
        this.clock = clock;
        this.verdict = new CompanyRegisterVerdict(CodeLists.shipped(), new NameComparison());
        if (settings.usesApi() && !api.configured()) {
            log.warn("Company-register checks are set to ask the Companies House API but no key is configured "
                    + "(COMPANIES_HOUSE_API_KEY): they will {}", settings.usesFile() ? "use the bulk file only" : "refer");
        }
    }

    @Override
    public String name() {
        return CompanyRegisterVerdict.CHECK;
    }

    /** Indexes the bulk file in the background once the application is up: it takes a while for the real one. */
    @EventListener(ApplicationReadyEvent.class)
    void loadInBackground() {
        if (settings.usesFile()) {
            Thread.ofPlatform().name("company-data-file").daemon(true).priority(Thread.MIN_PRIORITY).start(this::loadFile);
        }
    }

    /** Indexes the configured bulk file now; a failure is kept as the reason offline look-ups refer. */
    void loadFile() {
        if (settings.offline().isEmpty()) {
            file.set("no company data file is configured (frontdoor.diligence.companies.offline)");
            log.warn("Company-register checks are set to use the bulk file but none is configured");
            return;
        }
        try {
            long start = System.nanoTime();
            BasicCompanyData data = BasicCompanyData.load(Path.of(settings.offline()));
            var report = data.report();
            log.info("Company data file indexed: {} companies from {} in {} ms; {} malformed rows skipped{}", report.rows(),
                    report.files(), (System.nanoTime() - start) / 1_000_000, report.skipped(),
                    report.problems().isEmpty() ? "" : ", first: " + report.problems());
            file.set(data);
        } catch (RuntimeException e) {
            log.error("Company data file {} could not be indexed", settings.offline(), e);
            file.set("the company data file could not be read: " + e.getMessage());
        }
    }

    @Override
    public CheckResult check(CheckSubject subject) {
        var notes = new ArrayList<Evidence>();
        String given = subject.companyNumber();
        if (given == null && subject.grant() != null && subject.grant().kind() != org.frontdoor.grants.ApplicantKind.COMPANY) {
            // A charity or community group has nothing at Companies House to check, unless it gave a number.
            return new CheckResult(name(), Outcome.PASS, "Not applicable: the applicant is not a company ("
                    + subject.grant().kind().label().toLowerCase(java.util.Locale.ROOT) + ")", List.of(), "Companies House", clock.instant());
        }
        CompanyNumber.Reading reading = CompanyNumber.read(given);
        if (!reading.ok()) {
            String missing = given == null ? "No company number to check: the application has no organisation identifier "
                    + "(GB-COH-) and no answer to " + question(subject) : "The company number could not be checked: " + reading.problem();
            return new CheckResult(name(), Outcome.REFER, missing, List.of(), "Companies House", clock.instant());
        }
        CompanyNumber number = reading.number();
        LocalDate today = LocalDate.now(clock);
        CompanyLookup lookup = lookUp(number, notes);
        return verdict.decide(lookup, subject.organisationName(), TradingHistory.of(subject, today), today, notes);
    }

    private CompanyLookup lookUp(CompanyNumber number, List<Evidence> notes) {
        CompanyLookup fromApi = null;
        if (settings.usesApi() && (api.configured() || !settings.usesFile())) {
            fromApi = api.find(number);
            if (!(fromApi instanceof CompanyLookup.Unavailable) || !settings.usesFile()) {
                return fromApi;
            }
            notes.add(new Evidence("Companies House API", ((CompanyLookup.Unavailable) fromApi).reason() + "; the bulk file was used instead"));
        }
        if (fromApi == null && settings.usesApi()) {
            notes.add(new Evidence("Companies House API", "not asked: no API key is configured; the bulk file was used"));
        }
        Object loaded = file.get();
        if (loaded instanceof BasicCompanyData data) {
            CompanyLookup offline = data.find(number);
            if (offline instanceof CompanyLookup.NotFound) {
                // The bulk file lists companies that were live on its date: absence is not proof of anything.
                return new CompanyLookup.Unavailable("company " + number.value() + " is not among the live companies in the "
                        + "bulk file, which leaves out dissolved companies and those incorporated since it was made", data.source());
            }
            return offline;
        }
        return fromApi != null ? fromApi : new CompanyLookup.Unavailable(String.valueOf(loaded), "Companies House BasicCompanyData");
    }

    /** What the register shows that the applicant can put right; nothing about officers or outages. */
    @Override
    public java.util.Optional<String> toApplicant(CheckResult result) {
        return ToldToApplicants.company(result);
    }

    private static String question(CheckSubject subject) {
        String question = subject.questionFor("company-number");
        return question == null ? "a company-number question (none is configured for service " + subject.serviceId() + ")"
                : "question " + question;
    }
}
