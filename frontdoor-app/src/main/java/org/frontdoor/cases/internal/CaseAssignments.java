package org.frontdoor.cases.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.frontdoor.audit.AuditEvent;
import org.frontdoor.audit.AuditLog;
import org.frontdoor.cases.AssigningCases;
import org.frontdoor.cases.CaseChangedMeanwhile;
import org.frontdoor.identity.Role;
import org.frontdoor.identity.SignedInAccount;
import org.frontdoor.identity.StaffDirectory;
import org.frontdoor.identity.StaffDirectory.StaffMember;
import org.frontdoor.platform.InvalidInput;
import org.frontdoor.platform.web.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class CaseAssignments implements AssigningCases {

    private final Cases cases;
    private final CaseReads reads;
    private final StaffDirectory directory;
    private final Timelines timelines;
    private final AuditLog audit;

    CaseAssignments(Cases cases, CaseReads reads, StaffDirectory directory, Timelines timelines, AuditLog audit) {
        this.cases = cases;
        this.reads = reads;
        this.directory = directory;
        this.timelines = timelines;
        this.audit = audit;
    }

    @Override
    @Transactional
    public void claim(SignedInAccount staff, UUID caseId, UUID seenHolder) {
        var c = visible(staff, caseId);
        if (seenHolder != null && !mayAssignOthers(staff)) {
            throw InvalidInput.of("assignee", "This case is held by someone else; ask a team lead to hand it to you");
        }
        change(staff, c, seenHolder, staff.id());
    }

    @Override
    @Transactional
    public void assign(SignedInAccount staff, UUID caseId, UUID seenHolder, UUID assignee) {
        var c = visible(staff, caseId);
        var releasingOwn = assignee == null && staff.id().equals(seenHolder);
        var takingFree = staff.id().equals(assignee) && seenHolder == null;
        if (!mayAssignOthers(staff) && !releasingOwn && !takingFree) {
            throw InvalidInput.of("assignee", "Only a team lead can hand a case to someone else");
        }
        change(staff, c, seenHolder, assignee);
    }

    @Override
    @Transactional(readOnly = true)
    public List<StaffMember> candidates(SignedInAccount staff, UUID caseId) {
        return directory.membersOf(visible(staff, caseId).team());
    }

    @Override
    public boolean mayAssignOthers(SignedInAccount staff) {
        return staff.hasRole(Role.TEAM_LEAD) || staff.hasRole(Role.ADMIN);
    }

    private void change(SignedInAccount staff, Cases.StoredCase c, UUID seenHolder, UUID assignee) {
        if (!staff.isStaff()) {
            throw new NotFound("No case " + c.id());
        }
        if (!Objects.equals(c.assigneeId(), seenHolder)) {
            throw new CaseChangedMeanwhile(c.reference(), "was taken or handed on by someone else while you were looking at it.");
        }
        if (Objects.equals(seenHolder, assignee)) {
            return;
        }
        String name = null;
        if (assignee != null) {
            name = directory.membersOf(c.team()).stream().filter(m -> m.id().equals(assignee)).map(StaffMember::displayName)
                    .findFirst().orElseThrow(() -> InvalidInput.of("assignee", "Choose someone in the " + c.team() + " team"));
        }
        if (!cases.assign(c.id(), seenHolder, assignee)) {
            throw new CaseChangedMeanwhile(c.reference(), "was taken or handed on by someone else at the same moment.");
        }
        var text = assignee == null ? "Nobody holds the case now" : "Assigned to " + name;
        timelines.wrote(c.id(), staff.id(), assignee == null ? "UNASSIGNED" : "ASSIGNED", text, false, false);
        var details = new HashMap<String, Object>();
        details.put("reference", c.reference());
        details.put("from", seenHolder == null ? "" : seenHolder.toString());
        details.put("to", assignee == null ? "" : assignee.toString());
        audit.record(AuditEvent.change(assignee == null ? "UNASSIGNED" : "ASSIGNED", "CASE", c.id().toString(),
                "Casework on case " + c.reference(), details));
    }

    private Cases.StoredCase visible(SignedInAccount staff, UUID caseId) {
        return cases.byId(caseId).filter(c -> staff.isStaff() && reads.maySee(staff, c))
                .orElseThrow(() -> new NotFound("No case " + caseId));
    }
}
