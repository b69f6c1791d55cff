package org.frontdoor.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Who works in which team, for assigning cases; names only, nothing personal beyond that. */
public interface StaffDirectory {

    /** Enabled staff in the team (by name, without regard to capitals), by name. */
    List<StaffMember> membersOf(String teamName);

    /** The team's enabled staff who hold the role, by name. */
    List<StaffMember> membersOf(String teamName, Role role);

    /** Display names of these accounts; accounts that do not exist are left out. */
    Map<UUID, String> names(Collection<UUID> accountIds);

    /**
     * The names of the teams the account is in now (not when it signed in), in one query, for
     * access checks on every request; empty for an account that does not exist.
     */
    List<String> teamsOf(UUID accountId);

    /** A member of staff as a colleague sees them. */
    record StaffMember(UUID id, String displayName, String email) {
    }
}
