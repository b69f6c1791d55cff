package org.frontdoor.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.frontdoor.identity.AccountKind;
import org.frontdoor.identity.Role;
import org.frontdoor.platform.LikePatterns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The accounts table with its roles and team memberships. */
@Repository
class Accounts {

    private static final String SELECT = """
            select a.id, a.email, a.display_name, a.password_hash, a.kind, a.email_verified_at, a.enabled, a.created_at,
                   coalesce((select string_agg(role, ',') from account_roles r where r.account_id = a.id), '') as roles,
                   coalesce((select string_agg(team_id::text, ',') from team_members m where m.account_id = a.id), '') as team_ids
            from accounts a""";

    private final JdbcClient jdbc;

    Accounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, String email, String displayName, String passwordHash, AccountKind kind, boolean verified) {
        jdbc.sql("""
                insert into accounts (id, email, display_name, password_hash, kind, email_verified_at)
                values (?, ?, ?, ?, ?, case when ? then now() end)""")
                .params(id, email, displayName, passwordHash, kind.name(), verified)
                .update();
    }

    Optional<Account> byEmail(String email) {
        return jdbc.sql(SELECT + " where lower(a.email) = lower(?)").param(email).query(Accounts::account).optional();
    }

    /** The enabled-or-not account an unrevoked, unexpired API token belongs to: one round trip per API request. */
    Optional<Account> byApiTokenHash(String tokenHash) {
        return jdbc.sql(SELECT + " join api_tokens t on t.account_id = a.id"
                        + " where t.token_hash = ? and t.revoked_at is null and t.expires_at > now()")
                .param(tokenHash).query(Accounts::account).optional();
    }

    Optional<Account> byId(UUID id) {
        return jdbc.sql(SELECT + " where a.id = ?").param(id).query(Accounts::account).optional();
    }

    List<Account> byIds(Collection<UUID> ids) {
        return jdbc.sql(SELECT + " where a.id = any(?)").param(ids.toArray(UUID[]::new)).query(Accounts::account).list();
    }

    List<Account> search(String text, int limit, int offset) {
        var like = LikePatterns.containing(text);
        return jdbc.sql(SELECT + " where a.email ilike ? or a.display_name ilike ? order by a.created_at desc, a.id limit ? offset ?")
                .params(like, like, limit, offset)
                .query(Accounts::account)
                .list();
    }

    void setRoles(UUID id, Set<Role> roles) {
        jdbc.sql("delete from account_roles where account_id = ?").param(id).update();
        for (var role : roles) {
            jdbc.sql("insert into account_roles (account_id, role) values (?, ?)").params(id, role.name()).update();
        }
    }

    void setTeams(UUID id, Set<UUID> teamIds) {
        jdbc.sql("delete from team_members where account_id = ?").param(id).update();
        for (var team : teamIds) {
            jdbc.sql("insert into team_members (team_id, account_id) values (?, ?)").params(team, id).update();
        }
    }

    void setPassword(UUID id, String passwordHash) {
        jdbc.sql("update accounts set password_hash = ?, updated_at = now() where id = ?").params(passwordHash, id).update();
    }

    void markVerified(UUID id) {
        jdbc.sql("update accounts set email_verified_at = coalesce(email_verified_at, now()), updated_at = now() where id = ?")
                .param(id).update();
    }

    void setEnabled(UUID id, boolean enabled) {
        jdbc.sql("update accounts set enabled = ?, updated_at = now() where id = ?").params(enabled, id).update();
    }

    Optional<UUID> linkedTo(String issuer, String subject) {
        return jdbc.sql("select account_id from account_identities where issuer = ? and subject = ?")
                .params(issuer, subject).query(UUID.class).optional();
    }

    void link(String issuer, String subject, UUID accountId) {
        jdbc.sql("insert into account_identities (issuer, subject, account_id) values (?, ?, ?) on conflict do nothing")
                .params(issuer, subject, accountId).update();
    }

    private static Account account(ResultSet rs, int row) throws SQLException {
        var verified = rs.getTimestamp("email_verified_at");
        return new Account(rs.getObject("id", UUID.class), rs.getString("email"), rs.getString("display_name"),
                rs.getString("password_hash"), AccountKind.valueOf(rs.getString("kind")), verified != null,
                rs.getBoolean("enabled"), rs.getTimestamp("created_at").toInstant(),
                roles(rs.getString("roles")), teams(rs.getString("team_ids")));
    }

    private static Set<Role> roles(String csv) {
        var roles = EnumSet.noneOf(Role.class);
        Arrays.stream(csv.split(",")).filter(s -> !s.isBlank()).map(Role::valueOf).forEach(roles::add);
        return roles;
    }

    private static Set<UUID> teams(String csv) {
        return Arrays.stream(csv.split(",")).filter(s -> !s.isBlank()).map(UUID::fromString).collect(Collectors.toSet());
    }

    record Account(UUID id, String email, String displayName, String passwordHash, AccountKind kind,
                   boolean emailVerified, boolean enabled, Instant createdAt, Set<Role> roles, Set<UUID> teamIds) {
    }
}
