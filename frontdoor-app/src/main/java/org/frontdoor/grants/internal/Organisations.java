package org.frontdoor.grants.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.frontdoor.grants.ApplicantKind;
import org.frontdoor.grants.Organisation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Organisations that apply for grants and the people who work on their applications. */
@Repository
class Organisations {

    private final JdbcClient jdbc;

    Organisations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Organisation> find(String orgId) {
        return jdbc.sql("select org_id, name, kind from organisations where org_id = ?").param(orgId)
                .query((rs, n) -> new Organisation(rs.getString(1), rs.getString(2), ApplicantKind.valueOf(rs.getString(3)))).optional();
    }

    /** Records the organisation if it is new; an existing one keeps its name and kind. */
    void add(String orgId, String name, ApplicantKind kind) {
        jdbc.sql("insert into organisations (org_id, name, kind) values (?, ?, ?) on conflict (org_id) do nothing")
                .params(orgId, name, kind.name()).update();
    }

    /** Locks the organisation so two first applicants cannot both become its first member. */
    void lock(String orgId) {
        jdbc.sql("select org_id from organisations where org_id = ? for no key update").param(orgId).query(String.class).optional();
    }

    boolean isMember(String orgId, UUID accountId) {
        return jdbc.sql("select exists (select 1 from organisation_members where org_id = ? and account_id = ?)")
                .params(orgId, accountId).query(Boolean.class).single();
    }

    boolean hasMembers(String orgId) {
        return jdbc.sql("select exists (select 1 from organisation_members where org_id = ?)").param(orgId).query(Boolean.class).single();
    }

    void addMember(String orgId, UUID accountId) {
        jdbc.sql("insert into organisation_members (org_id, account_id) values (?, ?) on conflict do nothing").params(orgId, accountId).update();
    }

    List<Organisation> of(UUID accountId) {
        return jdbc.sql("""
                select o.org_id, o.name, o.kind from organisations o join organisation_members m on m.org_id = o.org_id
                where m.account_id = ? order by o.name
                """).param(accountId)
                .query((rs, n) -> new Organisation(rs.getString(1), rs.getString(2), ApplicantKind.valueOf(rs.getString(3)))).list();
    }

    /** Members as "Name (email)", by name. */
    List<String> members(String orgId) {
        return jdbc.sql("""
                select a.display_name || ' (' || a.email || ')' from organisation_members m join accounts a on a.id = m.account_id
                where m.org_id = ? order by a.display_name
                """).param(orgId).query(String.class).list();
    }
}
