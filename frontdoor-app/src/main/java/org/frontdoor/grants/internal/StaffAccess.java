package org.frontdoor.grants.internal;

import java.util.Arrays;
import java.util.UUID;
import org.frontdoor.audit.AuditEvent;
import org.frontdoor.audit.AuditLog;
import org.frontdoor.identity.Role;
import org.frontdoor.identity.SignedInAccount;
import org.frontdoor.platform.web.NotFound;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who on the staff side may see and act on a grant application: staff of the team its case is with,
 * and admins, holding a role the action needs. Anyone else is told it does not exist. Every read of
 * an application (personal data) is audited with its purpose.
 */
@Component
class StaffAccess {

    private final StoredApplications applications;
    private final TeamNames teams;
    private final AuditLog audit;

    StaffAccess(StoredApplications applications, TeamNames teams, AuditLog audit) {
        this.applications = applications;
        this.teams = teams;
        this.audit = audit;
    }

    /** The application with its payments and reports, for showing it. */
    StoredApplications.Row application(SignedInAccount staff, UUID caseId, String purpose, Role... roles) {
        return applications.withDetails(summary(staff, caseId, purpose, roles));
    }

    /** The application alone, for acting on it. */
    StoredApplications.Row summary(SignedInAccount staff, UUID caseId, String purpose, Role... roles) {
        requireRole(staff, roles);
        var row = applications.summary(caseId).orElseThrow(() -> new NotFound("No grant application " + caseId));
        if (!staff.hasRole(Role.ADMIN) && !inTeam(staff, row.team())) {
            throw new NotFound("No grant application " + caseId);
        }
        audit.record(AuditEvent.read("GRANT_APPLICATION", caseId.toString(), purpose));
        return row;
    }

    void requireRole(SignedInAccount staff, Role... roles) {
        if (!staff.isStaff() || (roles.length > 0 && !staff.hasRole(Role.ADMIN) && Arrays.stream(roles).noneMatch(staff::hasRole))) {
            throw new AccessDeniedException("This needs one of the roles " + Arrays.toString(roles));
        }
    }

    private boolean inTeam(SignedInAccount staff, String team) {
        return !staff.teamIds().isEmpty() && teams.anyNamed(team, staff.teamIds());
    }
}
