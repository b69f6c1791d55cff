package org.frontdoor.grants.internal;

import java.util.UUID;
import org.frontdoor.cases.CaseParticipants;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Members of an organisation take part in the cases of its grant applications, as the person who sent them does. */
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
}
