package org.frontdoor.cases.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.frontdoor.audit.AuditEvent;
import org.frontdoor.audit.AuditLog;
import org.frontdoor.cases.CaseDetails;
import org.frontdoor.cases.ReadingCases;
import org.frontdoor.cases.internal.Cases.StoredCase;
import org.frontdoor.documents.Documents;
import org.frontdoor.identity.AccountDetails;
import org.frontdoor.identity.AccountKind;
import org.frontdoor.identity.Role;
import org.frontdoor.identity.SignedInAccount;
import org.frontdoor.identity.Team;
import org.frontdoor.services.ServiceCatalogue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class CaseReads implements ReadingCases {

    private final Cases cases;
    private final Timelines timelines;
    private final ServiceCatalogue catalogue;
    private final AccountDetails accounts;
    private final AuditLog audit;
    private final StoredAnswers answers;
    private final Documents documents;

    CaseReads(Cases cases, Timelines timelines, ServiceCatalogue catalogue, AccountDetails accounts, AuditLog audit,
              StoredAnswers answers, Documents documents) {
        this.cases = cases;
        this.timelines = timelines;
        this.catalogue = catalogue;
        this.accounts = accounts;
        this.audit = audit;
        this.answers = answers;
        this.documents = documents;
    }

    @Override
    @Transactional
    public Optional<CaseDetails> read(SignedInAccount reader, UUID caseId) {
        var found = cases.byId(caseId).filter(c -> maySee(reader, c));
        found.ifPresent(c -> audit.record(AuditEvent.read("CASE", c.id().toString(), purpose(reader, c))));
        return found.map(c -> details(c, reader.kind() == AccountKind.CITIZEN));
    }

    @Override
    @Transactional
    public List<CaseDetails> ownCases(SignedInAccount applicant) {
        var own = cases.ofApplicant(applicant.id(), 200);
        own.forEach(c -> audit.record(AuditEvent.read("CASE", c.id().toString(), "The applicant viewing their own cases")));
        return own.stream().map(c -> details(c, true)).toList();
    }

    /** Citizens see their own cases; staff those routed to one of their teams; admins all. */
    boolean maySee(SignedInAccount reader, StoredCase c) {
        return visibleTo(reader).test(c);
    }

    /** The same rule as a test to apply to many cases, with the reader's teams looked up once. */
    Predicate<StoredCase> visibleTo(SignedInAccount reader) {
        if (reader.kind() == AccountKind.CITIZEN) {
            return c -> c.applicantId().equals(reader.id());
        }
        if (reader.hasRole(Role.ADMIN)) {
            return c -> true;
        }
        var teams = teamNames(reader);
        return c -> teams.stream().anyMatch(c.team()::equalsIgnoreCase);
    }

    List<String> teamNames(SignedInAccount reader) {
        return accounts.ownAccount(reader.id()).stream().flatMap(a -> a.teams().stream()).map(Team::name).toList();
    }

    private static String purpose(SignedInAccount reader, StoredCase c) {
        return c.applicantId().equals(reader.id()) ? "The applicant viewing their own case" : "Casework on case " + c.reference();
    }

    CaseDetails details(StoredCase c, boolean citizenView) {
        var service = catalogue.version(c.serviceId(), c.serviceVersion());
        var state = service.flatMap(s -> s.lifecycle().state(c.state()));
        return new CaseDetails(c.id(), c.reference(), c.serviceId(), service.map(s -> s.name()).orElse(c.serviceId()),
                c.serviceVersion(), c.applicantId(), c.team(), c.state(), state.map(s -> s.label()).orElse(c.state()),
                state.map(s -> s.citizenStatus()).orElse(""), c.dueOn(), c.submittedAt(),
                answers.read(c.answersJson()), timelines.of(c.id(), c.applicantId(), citizenView), c.version(),
                documents.ofCase(c.id()));
    }
}
