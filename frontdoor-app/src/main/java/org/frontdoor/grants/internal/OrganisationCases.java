package org.frontdoor.grants.internal;

import java.util.UUID;
import org.frontdoor.cases.CaseParticipants;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Members of an organisation work on its grant applications together: the drafts before they are
 * sent, and the cases after, as the person who started them does.
 */
@Component
class OrganisationCases implements CaseParticipants {

    private final JdbcClient jdbc;

    OrganisationCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean takesPart(UUID citizenId, UUID caseId) {
        return jdbc.sql("""
                select exists (select 1 from grant_applications g join organisation_members m on m.org_id = g.org_id
                               where g.case_id = ? and m.account_id = ?)
                """).params(caseId, citizenId).query(Boolean.class).single();
    }

    @Override
    public boolean takesPartInDraft(UUID citizenId, UUID draftId) {
        return jdbc.sql("""
                select exists (select 1 from grant_drafts d join organisation_members m on m.org_id = d.org_id
                               where d.draft_id = ? and m.account_id = ?)
                """).params(draftId, citizenId).query(Boolean.class).single();
    }
}
