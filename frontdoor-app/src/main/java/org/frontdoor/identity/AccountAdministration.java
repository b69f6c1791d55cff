package org.frontdoor.identity;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.frontdoor.platform.InvalidInput;

/** What admins do with accounts and teams. Every read and change is audited. */
public interface AccountAdministration {

    /** Accounts whose name or email contains the text (all when blank), newest first. */
    List<AccountView> accounts(String text, int page);

    Optional<AccountView> account(UUID id);

    /**
     * @throws InvalidInput for fields fullName, email, roles
     */
    UUID createStaff(NewStaffMember staff);

    /** Replaces a staff account's roles and teams. @throws InvalidInput for field roles */
    void changeStaffAccess(UUID accountId, Set<Role> roles, Set<UUID> teamIds);

    void setEnabled(UUID accountId, boolean enabled);

    List<Team> teams();

    /** @throws InvalidInput for field name */
    UUID createTeam(String name);
}
