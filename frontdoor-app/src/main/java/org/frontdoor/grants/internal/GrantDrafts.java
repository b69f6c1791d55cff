package org.frontdoor.grants.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.frontdoor.grants.ApplicantKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which round, and for whom, each grant form draft was started. */
@Repository
class GrantDrafts {

    record GrantDraft(UUID draftId, UUID roundId, ApplicantKind kind, String orgId) {
    }

    private final JdbcClient jdbc;

    GrantDrafts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID draftId, UUID roundId, ApplicantKind kind, String orgId, String eligibilityJson) {
        jdbc.sql("insert into grant_drafts (draft_id, round_id, applicant_kind, org_id, eligibility) values (?, ?, ?, ?, ?::jsonb)")
                .params(draftId, roundId, kind.name(), orgId, eligibilityJson).update();
    }

    Optional<GrantDraft> find(UUID draftId) {
        return jdbc.sql("select draft_id, round_id, applicant_kind, org_id from grant_drafts where draft_id = ?").param(draftId)
                .query((rs, n) -> new GrantDraft(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        ApplicantKind.valueOf(rs.getString(3)), rs.getString(4))).optional();
    }

    List<org.frontdoor.grants.ApplyingForGrants.DraftInProgress> inProgress(UUID accountId) {
        return jdbc.sql("""
                select d.draft_id, p.name, d.org_id, o.name, a.display_name, dr.updated_at
                from grant_drafts d
                join drafts dr on dr.id = d.draft_id
                join grant_rounds r on r.id = d.round_id
                join grant_programmes p on p.id = r.programme_id
                join accounts a on a.id = dr.applicant_id
                left join organisations o on o.org_id = d.org_id
                where dr.submitted_case_id is null
                  and (dr.applicant_id = :account
                       or d.org_id in (select org_id from organisation_members where account_id = :account))
                order by dr.updated_at desc limit 50
                """).param("account", accountId)
                .query((rs, n) -> new org.frontdoor.grants.ApplyingForGrants.DraftInProgress(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant())).list();
    }

    /** Whether any programme takes applications through this form. */
    boolean isGrantForm(String serviceId) {
        return jdbc.sql("select exists (select 1 from grant_programmes where service_id = ?)").param(serviceId).query(Boolean.class).single();
    }
}
