package org.frontdoor.grants.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.frontdoor.audit.AuditEvent;
import org.frontdoor.audit.AuditLog;
import org.frontdoor.grants.ApplicantKind;
import org.frontdoor.grants.Eligibility;
import org.frontdoor.grants.GrantProgramme;
import org.frontdoor.grants.GrantProgrammes;
import org.frontdoor.grants.GrantRound;
import org.frontdoor.grants.InvalidProgramme;
import org.frontdoor.identity.Role;
import org.frontdoor.identity.SignedInAccount;
import org.frontdoor.platform.web.NotFound;
import org.frontdoor.services.QuestionType;
import org.frontdoor.services.ServiceCatalogue;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Programmes as published in the database. Each node keeps the parsed definitions by id and version,
 * so a request costs one indexed read of the current version and never re-parses; a version
 * published on another node is seen on the next read.
 */
@Service
class ProgrammeCatalogue implements GrantProgrammes {

    private record Parsed(GrantProgramme programme, EligibilityRules rules) {
        static Parsed of(GrantProgramme programme) {
            return new Parsed(programme, EligibilityRules.compile(programme.rules(), new ArrayList<>()));
        }
    }

    private final StoredProgrammes stored;
    private final ServiceCatalogue services;
    private final AuditLog audit;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ProgrammeCatalogue.class);

    private final Map<String, Parsed> parsed = new ConcurrentHashMap<>();

    ProgrammeCatalogue(StoredProgrammes stored, ServiceCatalogue services, AuditLog audit) {
        this.stored = stored;
        this.services = services;
        this.audit = audit;
    }

    @Override
    public List<GrantProgramme> programmes() {
        return stored.all().stream().map(this::parsed).flatMap(Optional::stream).map(Parsed::programme)
                .sorted(Comparator.comparing(GrantProgramme::name)).toList();
    }

    @Override
    public Optional<GrantProgramme> programme(String id) {
        return stored.find(id).flatMap(this::parsed).map(Parsed::programme);
    }

    @Override
    public List<GrantRound> rounds(String programmeId) {
        return stored.rounds(programmeId);
    }

    @Override
    public Optional<GrantRound> round(UUID roundId) {
        return stored.round(roundId);
    }

    @Override
    public Eligibility check(GrantProgramme programme, ApplicantKind kind, String orgId, Map<String, ?> answers) {
        var reasons = new ArrayList<String>();
        if (!programme.applicants().contains(kind)) {
            var who = programme.applicants().stream().sorted().map(ApplicantKind::plural).toList();
            var list = who.size() == 1 ? who.getFirst()
                    : String.join(", ", who.subList(0, who.size() - 1)) + " and " + who.getLast();
            reasons.add(kind.label() + " cannot apply to " + programme.name() + ". It is for " + list + ".");
        }
        var rules = parsed.computeIfAbsent(key(programme.id(), programme.version()),
                k -> Parsed.of(programme)).rules();
        reasons.addAll(rules.check(kind, orgId, answers).reasons());
        return new Eligibility(List.copyOf(reasons));
    }

    @Override
    @Transactional
    public GrantProgramme publish(SignedInAccount admin, String yaml) {
        if (!admin.roles().contains(Role.ADMIN)) {
            throw new AccessDeniedException("Only administrators publish grant programmes");
        }
        var read = ProgrammeReader.read(yaml);
        var problems = new ArrayList<>(read.problems());
        var programme = read.programme();
        if (programme != null) {
            problems.addAll(formProblems(programme));
            var current = stored.lockVersion(programme.id());
            if (current.isPresent() && current.get() >= programme.version()) {
                problems.add("version: " + programme.id() + " is already at version " + current.get() + "; give a higher version");
            }
            var committed = stored.committed(programme.id());
            if (programme.budget().compareTo(committed) < 0) {
                problems.add("budget: £" + committed.toPlainString() + " is already committed, so the budget cannot be less");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidProgramme(problems);
        }
        stored.save(programme, yaml, admin.id());
        audit.record(AuditEvent.change("GRANT_PROGRAMME_PUBLISHED", "GRANT_PROGRAMME", programme.id(), programme.name(),
                Map.of("version", programme.version(), "budget", programme.budget().toPlainString())));
        return programme;
    }

    private List<String> formProblems(GrantProgramme programme) {
        var service = services.latest(programme.formServiceId());
        if (service.isEmpty()) {
            return List.of("form: there is no service '" + programme.formServiceId() + "'");
        }
        var form = service.get().form();
        var problems = new ArrayList<String>();
        if (service.get().listed()) {
            problems.add("form: the service '" + programme.formServiceId() + "' is listed for anyone to start; give it 'listed: false'"
                    + " so that applications come through the programme's eligibility check and rounds");
        }
        var amount = form.question(programme.amountQuestion());
        if (amount.isEmpty() || amount.get().type() != QuestionType.MONEY) {
            problems.add("amount-question: the form has no money question '" + programme.amountQuestion() + "'");
        }
        var bank = programme.bankDetails();
        for (var question : java.util.List.of(bank.accountName(), bank.sortCode(), bank.accountNumber())) {
            if (form.question(question).isEmpty()) {
                problems.add("bank-details: the form has no question '" + question + "'");
            }
        }
        if (programme.eligibilityPage() != null
                && form.pages().stream().noneMatch(page -> page.id().equals(programme.eligibilityPage()))) {
            problems.add("eligibility.page: the form has no page '" + programme.eligibilityPage() + "'");
        }
        return problems;
    }

    /**
     * The stored definition, read once per version. One that this release reads as invalid (written by
     * an older release, or by hand) is logged and left out, so it cannot take the other programmes down.
     */
    private Optional<Parsed> parsed(StoredProgrammes.StoredProgramme row) {
        var key = key(row.id(), row.version());
        var known = parsed.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        var read = ProgrammeReader.read(row.definition());
        if (!read.problems().isEmpty()) {
            log.error("Grant programme {} version {} is stored with a definition this release refuses: {}", row.id(), row.version(),
                    read.problems());
            return Optional.empty();
        }
        var fresh = Parsed.of(read.programme());
        parsed.put(key, fresh);
        return Optional.of(fresh);
    }

    private static String key(String id, int version) {
        return id + "@" + version;
    }

    /** A programme that must exist (a page or API request named it). */
    GrantProgramme require(String id) {
        return programme(id).orElseThrow(() -> new NotFound("There is no grant programme '" + id + "'"));
    }
}
