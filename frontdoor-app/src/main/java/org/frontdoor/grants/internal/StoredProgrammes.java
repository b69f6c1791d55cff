package org.frontdoor.grants.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.frontdoor.grants.GrantProgramme;
import org.frontdoor.grants.GrantRound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Programme versions and rounds in PostgreSQL. */
@Repository
class StoredProgrammes {

    record StoredProgramme(String id, int version, String definition) {
    }

    private final JdbcClient jdbc;

    StoredProgrammes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredProgramme> find(String id) {
        return jdbc.sql("select id, version, definition from grant_programmes where id = ?").param(id)
                .query(StoredProgramme.class).optional();
    }

    List<StoredProgramme> all() {
        return jdbc.sql("select id, version, definition from grant_programmes order by name").query(StoredProgramme.class).list();
    }

    /** Locks the programme's row: publishing and awarding take turns on it. */
    Optional<Integer> lockVersion(String id) {
        return jdbc.sql("select version from grant_programmes where id = ? for no key update").param(id).query(Integer.class).optional();
    }

    void save(GrantProgramme programme, String definition, UUID by) {
        jdbc.sql("""
                insert into grant_programmes (id, version, name, funder_org_id, funder_name, budget, service_id, definition, created_by)
                values (:id, :version, :name, :funderId, :funderName, :budget, :service, :definition, :by)
                on conflict (id) do update set version = excluded.version, name = excluded.name,
                    funder_org_id = excluded.funder_org_id, funder_name = excluded.funder_name, budget = excluded.budget,
                    service_id = excluded.service_id, definition = excluded.definition
                """)
                .param("id", programme.id()).param("version", programme.version()).param("name", programme.name())
                .param("funderId", programme.funderOrgId()).param("funderName", programme.funderName())
                .param("budget", programme.budget()).param("service", programme.formServiceId())
                .param("definition", definition).param("by", by).update();
        for (var round : programme.rounds()) {
            jdbc.sql("""
                    insert into grant_rounds (id, programme_id, name, opens_at, closes_at) values (?, ?, ?, ?, ?)
                    on conflict (programme_id, name) do update set opens_at = excluded.opens_at, closes_at = excluded.closes_at
                    """).params(UUID.randomUUID(), programme.id(), round.name(), Timestamp.from(round.opens()), Timestamp.from(round.closes()))
                    .update();
        }
    }

    List<GrantRound> rounds(String programmeId) {
        return jdbc.sql("select id, programme_id, name, opens_at, closes_at from grant_rounds where programme_id = ? order by opens_at, name")
                .param(programmeId).query((rs, n) -> round(rs)).list();
    }

    Optional<GrantRound> round(UUID id) {
        return jdbc.sql("select id, programme_id, name, opens_at, closes_at from grant_rounds where id = ?")
                .param(id).query((rs, n) -> round(rs)).optional();
    }

    private static GrantRound round(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new GrantRound(rs.getObject("id", UUID.class), rs.getString("programme_id"), rs.getString("name"),
                rs.getTimestamp("opens_at").toInstant(), rs.getTimestamp("closes_at").toInstant());
    }

    /** What the ledger says is committed to the programme so far. */
    BigDecimal committed(String programmeId) {
        return jdbc.sql("select committed_after from grant_ledger where programme_id = ? order by id desc limit 1")
                .param(programmeId).query(BigDecimal.class).optional().orElse(BigDecimal.ZERO);
    }
}
