package org.frontdoor.grants.internal;

import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Whether a case's team (by name, as cases keep it) is one of the signed-in person's teams (by id). */
@Repository
class TeamNames {

    private final JdbcClient jdbc;

    TeamNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean anyNamed(String name, Set<UUID> teamIds) {
        return jdbc.sql("select exists (select 1 from teams where lower(name) = lower(?) and id = any(?))")
                .params(name, teamIds.toArray(UUID[]::new)).query(Boolean.class).single();
    }
}
