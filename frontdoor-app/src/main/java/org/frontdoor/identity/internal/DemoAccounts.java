package org.frontdoor.identity.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.frontdoor.identity.AccountKind;
import org.frontdoor.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo teams and one account per role, for trying the platform on a laptop. Idempotent: accounts
 * that already exist are left alone. The prod profile refuses to start with this enabled.
 */
@Component
@ConditionalOnProperty(name = "frontdoor.demo.enabled", havingValue = "true")
class DemoAccounts implements ApplicationRunner {

    /** The one password of every demo account, printed in the README. */
    static final String PASSWORD = "frontdoor-demo-2026";

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private record Demo(String email, String name, AccountKind kind, Set<Role> roles, List<String> teams) {
    }

    private static final List<String> TEAMS = List.of("Victim care", "Fraud and cyber crime", "Consular assistance",
            "Consular crisis response", "Disability support", "Home adaptations", "Grants");

    private static final List<Demo> ACCOUNTS = List.of(
            new Demo("citizen@frontdoor.example", "Ada Citizen", AccountKind.CITIZEN, EnumSet.of(Role.CITIZEN), List.of()),
            new Demo("caseworker@frontdoor.example", "Cara Caseworker", AccountKind.STAFF, EnumSet.of(Role.CASEWORKER), List.of("Victim care", "Consular assistance")),
            new Demo("teamlead@frontdoor.example", "Tom Teamlead", AccountKind.STAFF, EnumSet.of(Role.TEAM_LEAD, Role.CASEWORKER),
                    List.of("Victim care", "Disability support", "Home adaptations", "Grants")),
            new Demo("assessor@frontdoor.example", "Asha Assessor", AccountKind.STAFF, EnumSet.of(Role.GRANT_ASSESSOR), List.of("Grants")),
            new Demo("admin@frontdoor.example", "Alex Admin", AccountKind.STAFF, EnumSet.of(Role.ADMIN), List.of()),
            new Demo("provider@frontdoor.example", "Priya Provider", AccountKind.STAFF, EnumSet.of(Role.PROVIDER), List.of("Disability support")));

    private final Accounts accounts;
    private final Teams teams;
    private final PasswordEncoder passwords;
    private final TransactionTemplate transactions;

    DemoAccounts(Accounts accounts, Teams teams, PasswordEncoder passwords, TransactionTemplate transactions) {
        this.accounts = accounts;
        this.teams = teams;
        this.passwords = passwords;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        transactions.executeWithoutResult(status -> {
            TEAMS.stream().filter(name -> !teams.nameTaken(name)).forEach(name -> teams.insert(UUID.randomUUID(), name));
            String hash = null;
            for (var demo : ACCOUNTS) {
                if (accounts.byEmail(demo.email()).isPresent()) {
                    continue;
                }
                hash = hash != null ? hash : passwords.encode(PASSWORD);
                var id = UUID.randomUUID();
                accounts.insert(id, demo.email(), demo.name(), hash, demo.kind(), true);
                accounts.setRoles(id, demo.roles());
                accounts.setTeams(id, Set.copyOf(demo.teams().stream().map(t -> teams.idByName(t).orElseThrow()).toList()));
                log.info("Demo account {} ({})", demo.email(), demo.roles());
            }
        });
    }
}
