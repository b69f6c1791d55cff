package org.frontdoor.people.internal;

import java.util.EnumSet;
import java.util.Set;
import org.frontdoor.identity.Role;
import org.frontdoor.identity.SignedInAccount;
import org.frontdoor.platform.web.NotFound;

/**
 * Who may do what in the registry; everyone else is told the thing does not exist (404), as for
 * cases. Viewing persons: caseworkers, team leads, admins. Deciding reviews, merging and splitting:
 * team leads and admins. Sources, imports and retraining the linkage model: admins.
 */
final class Access {

    static final Set<Role> VIEW = EnumSet.of(Role.CASEWORKER, Role.TEAM_LEAD, Role.ADMIN);
    static final Set<Role> REVIEW = EnumSet.of(Role.TEAM_LEAD, Role.ADMIN);
    static final Set<Role> MANAGE_SOURCES = EnumSet.of(Role.ADMIN);
    static final Set<Role> MANAGE_MODEL = EnumSet.of(Role.ADMIN);

    private Access() {
    }

    static boolean may(SignedInAccount account, Set<Role> roles) {
        return account != null && account.roles().stream().anyMatch(roles::contains);
    }

    static void require(SignedInAccount account, Set<Role> roles) {
        if (!may(account, roles)) {
            throw new NotFound("Not found");
        }
    }
}
