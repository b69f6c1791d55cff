package org.frontdoor.identity;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** An account as its owner sees it. The caller audits the read with its own purpose. */
public interface AccountDetails {

    Optional<AccountView> ownAccount(UUID accountId);

    /** Those of these accounts that exist, by id, read together (person matching links a batch of applicants at once). */
    Map<UUID, AccountView> ownAccounts(Collection<UUID> accountIds);

    /** The account that uses this email address (compared without regard to capitals), if any. */
    Optional<UUID> idByEmail(String email);
}
