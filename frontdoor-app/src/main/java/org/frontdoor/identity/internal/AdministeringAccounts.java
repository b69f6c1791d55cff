package org.frontdoor.identity.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.frontdoor.audit.AuditEvent;
import org.frontdoor.audit.AuditLog;
import org.frontdoor.identity.AccountAdministration;
import org.frontdoor.identity.AccountKind;
import org.frontdoor.identity.AccountView;
import org.frontdoor.identity.NewStaffMember;
import org.frontdoor.identity.Role;
import org.frontdoor.identity.Team;
import org.frontdoor.identity.internal.AccountTokens.Purpose;
import org.frontdoor.notifications.Emails;
import org.frontdoor.platform.FieldChecks;
import org.frontdoor.platform.web.NotFound;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AdministeringAccounts implements AccountAdministration {

    static final int PAGE_SIZE = 50;
    private static final String PURPOSE = "Account administration";
    private static final Duration FIRST_PASSWORD_VALID_FOR = Duration.ofDays(7);

    private final Accounts accounts;
    private final Teams teams;
    private final AccountTokens tokens;
    private final Emails emails;
    private final AuditLog audit;
    private final IdentitySettings settings;

    AdministeringAccounts(Accounts accounts, Teams teams, AccountTokens tokens, Emails emails, AuditLog audit,
                          IdentitySettings settings) {
        this.accounts = accounts;
        this.teams = teams;
        this.tokens = tokens;
        this.emails = emails;
        this.audit = audit;
        this.settings = settings;
    }

    @Override
    @Transactional
    public List<AccountView> accounts(String text, int page) {
        var found = accounts.search(text, PAGE_SIZE, Math.max(0, page) * PAGE_SIZE).stream().map(this::view).toList();
        audit.record(new AuditEvent("SEARCHED", "ACCOUNT", null, PURPOSE,
                Map.of("text", text == null ? "" : text, "results", found.size())));
        return found;
    }

    @Override
    @Transactional
    public Optional<AccountView> account(UUID id) {
        var found = accounts.byId(id).map(this::view);
        found.ifPresent(account -> audit.record(AuditEvent.read("ACCOUNT", id.toString(), PURPOSE)));
        return found;
    }

    @Override
    @Transactional
    public UUID createStaff(NewStaffMember staff) {
        var name = Names.normalise(staff.fullName());
        var email = EmailAddresses.normalise(staff.email());
        var roles = staff.roles() == null ? Set.<Role>of() : staff.roles();
        var teamIds = staff.teamIds() == null ? Set.<UUID>of() : staff.teamIds();
        var checks = new FieldChecks();
        Names.problemWith(name, "Enter the person’s full name", "Full name").ifPresent(m -> checks.reject("fullName", m));
        EmailAddresses.problemWith(email).ifPresent(m -> checks.reject("email", m.replace("your ", "their ")));
        if (!checks.has("email") && accounts.byEmail(email).isPresent()) {
            checks.reject("email", "An account already exists with this email address");
        }
        checkAccess(checks, roles, teamIds);
        checks.throwIfAny();

        var id = UUID.randomUUID();
        try {
            accounts.insert(id, email, name, null, AccountKind.STAFF, false);
        } catch (DuplicateKeyException raced) {
            new FieldChecks().reject("email", "An account already exists with this email address").throwIfAny();
        }
        accounts.setRoles(id, roles);
        accounts.setTeams(id, teamIds);
        var token = tokens.issue(id, Purpose.RESET_PASSWORD, FIRST_PASSWORD_VALID_FOR);
        emails.send(email, "Your Frontdoor staff account", """
                Dear %s,

                An administrator has created a Frontdoor staff account for you. Choose your password here:

                %s

                The link works once and expires in 7 days.
                """.formatted(name, settings.link("/password-reset/new?token=" + token)));
        audit.record(AuditEvent.change("STAFF_CREATED", "ACCOUNT", id.toString(), PURPOSE,
                Map.of("roles", roles.stream().map(Role::name).sorted().toList(), "teams", teamIds.size())));
        return id;
    }

    @Override
    @Transactional
    public void changeStaffAccess(UUID accountId, Set<Role> roles, Set<UUID> teamIds) {
        var account = accounts.byId(accountId).filter(a -> a.kind() == AccountKind.STAFF)
                .orElseThrow(() -> new NotFound("No staff account " + accountId));
        var checks = new FieldChecks();
        checkAccess(checks, roles, teamIds);
        checks.throwIfAny();
        accounts.setRoles(account.id(), roles);
        accounts.setTeams(account.id(), teamIds);
        audit.record(AuditEvent.change("ACCESS_CHANGED", "ACCOUNT", accountId.toString(), PURPOSE,
                Map.of("roles", roles.stream().map(Role::name).sorted().toList(), "teams", teamIds.size())));
    }

    @Override
    @Transactional
    public void setEnabled(UUID accountId, boolean enabled) {
        accounts.byId(accountId).orElseThrow(() -> new NotFound("No account " + accountId));
        accounts.setEnabled(accountId, enabled);
        audit.record(AuditEvent.change(enabled ? "ENABLED" : "DISABLED", "ACCOUNT", accountId.toString(), PURPOSE, Map.of()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Team> teams() {
        return teams.all();
    }

    @Override
    @Transactional
    public UUID createTeam(String name) {
        var normalised = Names.normalise(name);
        var checks = new FieldChecks();
        Names.problemWith(normalised, "Enter a team name", "Team name").ifPresent(m -> checks.reject("name", m));
        if (!checks.has("name") && teams.nameTaken(normalised)) {
            checks.reject("name", "A team with this name already exists");
        }
        checks.throwIfAny();
        var id = UUID.randomUUID();
        teams.insert(id, normalised);
        audit.record(AuditEvent.change("TEAM_CREATED", "TEAM", id.toString(), PURPOSE, Map.of("name", normalised)));
        return id;
    }

    private void checkAccess(FieldChecks checks, Set<Role> roles, Set<UUID> teamIds) {
        if (roles.isEmpty()) {
            checks.reject("roles", "Select at least one role");
        } else if (roles.contains(Role.CITIZEN)) {
            checks.reject("roles", "Staff accounts cannot have the citizen role");
        }
        if (!teams.exist(teamIds)) {
            checks.reject("teams", "Select teams from the list");
        }
    }

    private AccountView view(Accounts.Account account) {
        return ReadingAccounts.view(account, teams);
    }
}
