package org.frontdoor.cases.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.frontdoor.audit.AuditEvent;
import org.frontdoor.audit.AuditLog;
import org.frontdoor.cases.WorklistRow;
import org.frontdoor.cases.Worklists;
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
    private final AuditLog audit;

    CaseQueues(Cases cases, CaseReads reads, ServiceCatalogue catalogue, AuditLog audit) {
        this.cases = cases;
        this.reads = reads;
        this.catalogue = catalogue;
        this.audit = audit;
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
        var rows = cases.open(teams, dueBefore, serviceId, PAGE).stream().map(c -> {
            var service = catalogue.version(c.serviceId(), c.serviceVersion());
            var label = service.flatMap(s -> s.lifecycle().state(c.state())).map(s -> s.label()).orElse(c.state());
            return new WorklistRow(c.id(), c.reference(), service.map(s -> s.name()).orElse(c.serviceId()), c.state(), label,
                    c.team(), c.dueOn(), c.submittedAt(), c.dueOn() != null && c.dueOn().isBefore(today));
        }).toList();
        audit.record(new AuditEvent("SEARCHED", "CASE", null, "Casework: worklist",
                Map.of("view", view.name(), "service", serviceId == null ? "" : serviceId, "results", rows.size())));
        return rows;
    }
}
