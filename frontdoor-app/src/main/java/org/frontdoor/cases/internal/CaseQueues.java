package org.frontdoor.cases.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.frontdoor.audit.AuditEvent;
import org.frontdoor.audit.AuditLog;
import org.frontdoor.cases.WorklistRow;
import org.frontdoor.cases.Worklists;
import org.frontdoor.identity.AccountDetails;
import org.frontdoor.identity.Role;
import org.frontdoor.identity.SignedInAccount;
import org.frontdoor.services.ServiceCatalogue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class CaseQueues implements Worklists {

    static final int PAGE = 100;
    private static final int DUE_SOON_WORKING_DAYS = 2;

    private final Cases cases;
    private final CaseReads reads;
    private final ServiceCatalogue catalogue;
    private final AccountDetails accounts;
    private final AuditLog audit;

    CaseQueues(Cases cases, CaseReads reads, ServiceCatalogue catalogue, AccountDetails accounts, AuditLog audit) {
        this.cases = cases;
        this.reads = reads;
        this.catalogue = catalogue;
        this.accounts = accounts;
        this.audit = audit;
    }

    @Override
    @Transactional
    public List<WorklistRow> find(SignedInAccount staff, String referenceOrEmail) {
        var text = referenceOrEmail == null ? "" : referenceOrEmail.strip();
        if (text.isEmpty() || text.length() > 254) {
            return List.of();
        }
        var found = text.contains("@")
                ? accounts.idByEmail(text).map(id -> cases.ofApplicant(id, PAGE)).orElse(List.of())
                : cases.byReference(text).stream().toList();
        var visible = found.stream().filter(reads.visibleTo(staff)).map(this::row).toList();
        audit.record(new AuditEvent("SEARCHED", "CASE", null, "Casework: finding a case",
                Map.of("by", text.contains("@") ? "email" : "reference", "results", visible.size())));
        return visible;
    }

    @Override
    @Transactional
    public List<WorklistRow> otherCasesOfApplicant(SignedInAccount staff, java.util.UUID caseId) {
        var mayRead = reads.visibleTo(staff);
        var current = cases.byId(caseId).filter(mayRead);
        if (current.isEmpty()) {
            return List.of();
        }
        var others = cases.ofApplicant(current.get().applicantId(), PAGE).stream()
                .filter(c -> !c.id().equals(caseId)).filter(mayRead).map(this::row).toList();
        if (!others.isEmpty()) {
            audit.record(new AuditEvent("SEARCHED", "CASE", null, "Casework on case " + current.get().reference()
                    + ": the applicant's other cases", Map.of("results", others.size())));
        }
        return others;
    }

    private WorklistRow row(Cases.StoredCase c) {
        var service = catalogue.version(c.serviceId(), c.serviceVersion());
        var label = service.flatMap(s -> s.lifecycle().state(c.state())).map(s -> s.label()).orElse(c.state());
        return new WorklistRow(c.id(), c.reference(), service.map(s -> s.name()).orElse(c.serviceId()), c.state(), label,
                c.team(), c.dueOn(), c.submittedAt(), c.dueOn() != null && c.dueOn().isBefore(LocalDate.now(ApplicationIntake.LONDON)));
    }

    @Override
    @Transactional
    public List<WorklistRow> worklist(SignedInAccount staff, View view, String serviceId) {
        var teams = staff.hasRole(Role.ADMIN) ? null
                : reads.teamNames(staff).stream().map(name -> name.toLowerCase(Locale.ROOT)).toList();
        if (teams != null && teams.isEmpty()) {
            return List.of();
        }
        var today = LocalDate.now(ApplicationIntake.LONDON);
        var dueBefore = switch (view) {
            case TEAM -> null;
            case DUE_SOON -> catalogue.calendar("england-and-wales").addWorkingDays(today, DUE_SOON_WORKING_DAYS);
            case BREACHING -> today.minusDays(1);
        };
        var rows = cases.open(teams, dueBefore, serviceId, PAGE).stream().map(this::row).toList();
        audit.record(new AuditEvent("SEARCHED", "CASE", null, "Casework: worklist",
                Map.of("view", view.name(), "service", serviceId == null ? "" : serviceId, "results", rows.size())));
        return rows;
    }
}
