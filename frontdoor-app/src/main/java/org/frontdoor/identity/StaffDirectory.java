package org.frontdoor.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Who works in which team, for assigning cases; names only, nothing personal beyond that. */
public interface StaffDirectory {

    /** Enabled staff in the team (by name, without regard to capitals), by name. */
    List<StaffMember> membersOf(String teamName);

    /** Display names of these accounts; accounts that do not exist are left out. */
    /** The team's enabled staff who hold the role, by name. */
    List<StaffMember> membersOf(String teamName, Role role);

    Map<UUID, String> names(Collection<UUID> accountIds);

    /** A member of staff as a colleague sees them. */
    record StaffMember(UUID id, String displayName, String email) {
    }
}
