package org.frontdoor.identity.internal;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.frontdoor.identity.AccountDetails;
import org.frontdoor.identity.AccountView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ReadingAccounts implements AccountDetails {

    private final Accounts accounts;
    private final Teams teams;

    ReadingAccounts(Accounts accounts, Teams teams) {
        this.accounts = accounts;
        this.teams = teams;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AccountView> ownAccount(UUID accountId) {
        return accounts.byId(accountId).map(account -> view(account, teams));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, AccountView> ownAccounts(Collection<UUID> accountIds) {
        return accountIds.isEmpty() ? Map.of() : accounts.byIds(accountIds).stream()
                .collect(Collectors.toMap(Accounts.Account::id, account -> view(account, teams)));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UUID> idByEmail(String email) {
        return email == null || email.isBlank() ? Optional.empty() : accounts.byEmail(EmailAddresses.normalise(email)).map(Accounts.Account::id);
    }

    static AccountView view(Accounts.Account account, Teams teams) {
        return new AccountView(account.id(), account.email(), account.displayName(), account.kind(), account.roles(),
                teams.byIds(account.teamIds()), account.emailVerified(), account.enabled(), account.createdAt());
    }
}
