package org.frontdoor.grants.internal;

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

    /** Whether any programme takes applications through this form. */
    boolean isGrantForm(String serviceId) {
        return jdbc.sql("select exists (select 1 from grant_programmes where service_id = ?)").param(serviceId).query(Boolean.class).single();
    }
}
