package org.frontdoor.grants.internal.opendata;

import java.sql.Date;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The funding history table, {@code past_grants}. */
@Repository
class PastGrants {

    private static final String UPSERT = """
            insert into past_grants (grant_id, funder_org_id, funder_name, recipient_org_id, recipient_name, title, description,
                                     currency, amount_awarded, award_date, planned_start, planned_end, grant_programme_title,
                                     source_name, record)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)
            on conflict (grant_id) do update set
                funder_org_id = excluded.funder_org_id, funder_name = excluded.funder_name,
                recipient_org_id = excluded.recipient_org_id,
                recipient_name = coalesce(excluded.recipient_name, past_grants.recipient_name),
                title = coalesce(excluded.title, past_grants.title),
                description = coalesce(excluded.description, past_grants.description),
                currency = excluded.currency, amount_awarded = excluded.amount_awarded, award_date = excluded.award_date,
                planned_start = coalesce(excluded.planned_start, past_grants.planned_start),
                planned_end = coalesce(excluded.planned_end, past_grants.planned_end),
                grant_programme_title = coalesce(excluded.grant_programme_title, past_grants.grant_programme_title),
                source_name = excluded.source_name, imported_at = now(), record = excluded.record
            """;

    private final JdbcTemplate jdbcTemplate;
    private final JdbcClient jdbc;

    PastGrants(JdbcTemplate jdbcTemplate, JdbcClient jdbc) {
        this.jdbcTemplate = jdbcTemplate;
        this.jdbc = jdbc;
    }

    /**
     * Stores the grants, updating any stored under the same grant id: a file imported again updates its grants.
     * Aggregated files (GrantNav's "stack") repeat other files' grants with fewer fields, so a grant that says
     * less keeps the title, description, dates and programme an earlier file gave it; amounts, dates, funder
     * and recipient always follow the newest file.
     */
    void store(List<PastGrant> grants) {
        if (grants.isEmpty()) {
            return;
        }
        // One round trip per batch rather than per grant: files hold thousands of grants.
        jdbcTemplate.batchUpdate(UPSERT, grants.stream().map(g -> new Object[] {
                g.grantId(), g.funderOrgId(), g.funderName(), g.recipientOrgId(), g.recipientName(), g.title(), g.description(),
                g.currency(), g.amountAwarded(), Date.valueOf(g.awardDate()), date(g.plannedStart()), date(g.plannedEnd()),
                g.grantProgrammeTitle(), g.sourceName(), g.record()}).toList());
    }

    /** How many past grants are stored in all. */
    long count() {
        return jdbc.sql("select count(*) from past_grants").query(Long.class).single();
    }

    private static Date date(java.time.LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }
}
