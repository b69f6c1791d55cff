package org.frontdoor.identity.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.frontdoor.identity.Role;
import org.frontdoor.identity.StaffDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

@Service
class TeamMembership implements StaffDirectory {

    private final JdbcClient jdbc;

    TeamMembership(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<StaffMember> membersOf(String teamName) {
        return jdbc.sql("""
                select a.id, a.display_name, a.email from accounts a
                join team_members m on m.account_id = a.id join teams t on t.id = m.team_id
                where lower(t.name) = lower(?) and a.enabled and a.kind = 'STAFF'
                order by lower(a.display_name), a.email""")
                .param(teamName)
                .query((rs, n) -> new StaffMember(rs.getObject("id", UUID.class), rs.getString("display_name"), rs.getString("email")))
                .list();
    }

    @Override
    public List<StaffMember> membersOf(String teamName, Role role) {
        return jdbc.sql("""
                select a.id, a.display_name, a.email from accounts a
                join team_members m on m.account_id = a.id join teams t on t.id = m.team_id
                join account_roles r on r.account_id = a.id and r.role = ?
                where lower(t.name) = lower(?) and a.enabled and a.kind = 'STAFF'
                order by lower(a.display_name), a.email""")
                .params(role.name(), teamName)
                .query((rs, n) -> new StaffMember(rs.getObject("id", UUID.class), rs.getString("display_name"), rs.getString("email")))
                .list();
    }

    @Override
    public Map<UUID, String> names(Collection<UUID> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select id, coalesce(display_name, email) as name from accounts where id = any(?)")
                .param(accountIds.stream().distinct().toArray(UUID[]::new))
                .query((rs, n) -> Map.entry(rs.getObject("id", UUID.class), rs.getString("name")))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Override
    public List<String> teamsOf(UUID accountId) {
        return jdbc.sql("select t.name from team_members m join teams t on t.id = m.team_id where m.account_id = ? order by lower(t.name)")
                .param(accountId).query(String.class).list();
    }
}
