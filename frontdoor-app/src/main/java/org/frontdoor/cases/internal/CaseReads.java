package org.frontdoor.cases.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.frontdoor.audit.AuditEvent;
import org.frontdoor.audit.AuditLog;
import org.frontdoor.cases.CaseDetails;
import org.frontdoor.cases.CaseParticipants;
import org.frontdoor.cases.ReadingCases;
import org.frontdoor.cases.internal.Cases.StoredCase;
import org.frontdoor.documents.Documents;
import org.frontdoor.documents.StoredDocument;
import org.frontdoor.identity.AccountDetails;
import org.frontdoor.identity.AccountKind;
import org.frontdoor.identity.AccountView;
import org.frontdoor.identity.StaffDirectory;
import org.frontdoor.identity.Role;
import org.frontdoor.identity.SignedInAccount;
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
    private final StaffDirectory staff;
    private final Documents documents;

    private final List<CaseParticipants> participants;

    CaseReads(Cases cases, Timelines timelines, ServiceCatalogue catalogue, AccountDetails accounts, AuditLog audit,
              StoredAnswers answers, StaffDirectory staff, Documents documents, List<CaseParticipants> participants) {
        this.participants = participants;
        this.staff = staff;
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
        var citizenView = reader.kind() == AccountKind.CITIZEN;
        return timelines.caseWithTimeline(caseId, citizenView).filter(whole -> seen(reader, whole.stored()))
                .map(whole -> details(whole.stored(), whole.timeline()));
    }

    @Override
    @Transactional
    public Optional<Map<String, Object>> answers(SignedInAccount reader, UUID caseId) {
        return Optional.ofNullable(answersOf(reader, List.of(caseId)).get(caseId));
    }

    @Override
    @Transactional
    public Map<UUID, Map<String, Object>> answersOf(SignedInAccount reader, Collection<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        var seen = cases.byIds(caseIds).stream().filter(c -> maySee(reader, c)).toList();
        audit.recordAll(seen.stream().map(c -> AuditEvent.read("CASE", c.id().toString(), purpose(reader, c))).toList());
        return seen.stream().collect(Collectors.toMap(StoredCase::id, c -> answers.read(c.answersJson())));
    }

    /** Whether the reader may see the case; if so, the read is audited before anything is shown. */
    private boolean seen(SignedInAccount reader, StoredCase c) {
        if (!maySee(reader, c)) {
            return false;
        }
        audit.record(AuditEvent.read("CASE", c.id().toString(), purpose(reader, c)));
        return true;
    }

    @Override
    @Transactional
    public List<CaseDetails> ownCases(SignedInAccount applicant) {
        var own = cases.ofCitizen(applicant.id(), verifiedEmail(applicant), 200);
        audit.recordAll(own.stream().map(c -> AuditEvent.read("CASE", c.id().toString(), purpose(applicant, c))).toList());
        var holders = staff.names(own.stream().map(StoredCase::assigneeId).filter(Objects::nonNull).distinct().toList());
        return own.stream().map(c -> details(c, List.of(), List.of(), c.assigneeId() == null ? null : holders.get(c.assigneeId())))
                .toList();
    }

    /** The citizen's email address if they have proved they own it, else null. */
    private String verifiedEmail(SignedInAccount citizen) {
        return accounts.ownAccount(citizen.id()).filter(AccountView::emailVerified).map(AccountView::email).orElse(null);
    }

    /**
     * Citizens see their own cases, those a carer or representative made for them (once they
     * have verified the email address the case names) and those another capability says they take
     * part in ({@link CaseParticipants}); staff those routed to one of their teams;
     * admins all.
     */
    boolean maySee(SignedInAccount reader, StoredCase c) {
        return visibleTo(reader).test(c);
    }

    /** The same rule as a test to apply to many cases, with the reader's teams looked up once. */
    Predicate<StoredCase> visibleTo(SignedInAccount reader) {
        if (reader.kind() == AccountKind.CITIZEN) {
            // Whether the reader proved their address is looked up only for a case made on someone's behalf.
            var proven = new Object() {
                private Boolean verified;

                boolean owns(String email) {
                    if (verified == null) {
                        verified = email.equalsIgnoreCase(verifiedEmail(reader));
                    }
                    return verified;
                }
            };
            return c -> c.applicantId().equals(reader.id())
                    || c.onBehalfOfEmail() != null && c.onBehalfOfEmail().equalsIgnoreCase(reader.email()) && proven.owns(c.onBehalfOfEmail())
                    || participants.stream().anyMatch(p -> p.takesPart(reader.id(), c.id()));
        }
        if (reader.hasRole(Role.ADMIN)) {
            return c -> true;
        }
        var teams = teamNames(reader);
        return c -> teams.stream().anyMatch(c.team()::equalsIgnoreCase);
    }

    /** The reader's teams as they are now (one query: this runs on every staff read). */
    List<String> teamNames(SignedInAccount reader) {
        return staff.teamsOf(reader.id());
    }

    private static String purpose(SignedInAccount reader, StoredCase c) {
        if (c.applicantId().equals(reader.id())) {
            return "The applicant viewing their own case";
        }
        return reader.kind() == AccountKind.CITIZEN ? "The person applied for viewing their case" : "Casework on case " + c.reference();
    }

    /** The whole case as it is now, for one who was already allowed to act on it (no access check, no audit). */
    CaseDetails details(UUID caseId, boolean citizenView) {
        var whole = timelines.caseWithTimeline(caseId, citizenView).orElseThrow();
        return details(whole.stored(), whole.timeline());
    }

    private CaseDetails details(StoredCase c, List<CaseDetails.TimelineEntry> timeline) {
        return details(c, timeline, documents.ofCase(c.id()),
                c.assigneeId() == null ? null : staff.names(List.of(c.assigneeId())).get(c.assigneeId()));
    }

    private CaseDetails details(StoredCase c, List<CaseDetails.TimelineEntry> timeline, List<StoredDocument> caseDocuments,
                                String holderName) {
        var service = catalogue.version(c.serviceId(), c.serviceVersion());
        var state = service.flatMap(s -> s.lifecycle().state(c.state()));
        return new CaseDetails(c.id(), c.reference(), c.serviceId(), service.map(s -> s.name()).orElse(c.serviceId()),
                c.serviceVersion(), c.applicantId(), c.team(), c.state(), state.map(s -> s.label()).orElse(c.state()),
                state.map(s -> s.citizenStatus()).orElse(""), c.dueOn(), c.submittedAt(),
                answers.read(c.answersJson()), timeline, c.version(), caseDocuments, c.assigneeId(), holderName,
                c.onBehalfOfEmail());
    }
}
