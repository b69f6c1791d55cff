package org.frontdoor.identity.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.frontdoor.identity.Team;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Teams {

    private static final String SELECT = """
            select t.id, t.name, (select count(*) from team_members m where m.team_id = t.id)::int as members from teams t""";

    private final JdbcClient jdbc;

    Teams(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Team> all() {
        return jdbc.sql(SELECT + " order by lower(t.name)").query(Team.class).list();
    }

    List<Team> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where t.id = any(?) order by lower(t.name)")
                .param(ids.toArray(UUID[]::new)).query(Team.class).list();
    }

    boolean exist(Collection<UUID> ids) {
        return byIds(ids).size() == ids.size();
    }

    boolean nameTaken(String name) {
        return jdbc.sql("select exists (select 1 from teams where lower(name) = lower(?))").param(name)
                .query(Boolean.class).single();
    }

    void insert(UUID id, String name) {
        jdbc.sql("insert into teams (id, name) values (?, ?)").params(id, name).update();
    }

    java.util.Optional<UUID> idByName(String name) {
        return jdbc.sql("select id from teams where lower(name) = lower(?)").param(name).query(UUID.class).optional();
    }
}
