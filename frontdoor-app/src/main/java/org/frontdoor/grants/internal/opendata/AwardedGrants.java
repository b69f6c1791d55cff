package org.frontdoor.grants.internal.opendata;

import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/** The awarded grant applications, read for publishing as open data. */
@Repository
class AwardedGrants {

    // recipient_name is not read: for an individual it is the person's name, which is never published.
    private static final String AWARDED = """
            select a.case_id, c.reference, p.id as programme_id, p.name as programme_name, r.name as round_name,
                   p.funder_org_id, p.funder_name,
                   case when a.applicant_kind = 'INDIVIDUAL' then null else o.org_id end as org_id,
                   case when a.applicant_kind = 'INDIVIDUAL' then null else o.name end as org_name,
                   a.amount_awarded, a.decided_at
              from grant_applications a
              join cases c on c.id = a.case_id
              join grant_programmes p on p.id = a.programme_id
              join grant_rounds r on r.id = a.round_id
              left join organisations o on o.org_id = a.org_id
             where a.decision = 'AWARDED' and a.decided_at is not null
               and (cast(? as text) is null or a.programme_id = ?)
             order by a.decided_at, c.reference
            """;
    private static final int FETCH = 500;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;

    AwardedGrants(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
        this.readOnly.setReadOnly(true);
    }

    /**
     * Hands every awarded grant to {@code each}, oldest award first, without holding them all in memory.
     *
     * @param programmeId only this programme's grants, or every programme's when null
     */
    void forEach(String programmeId, Consumer<AwardedGrant> each) {
        // PostgreSQL's driver streams rows in batches of the fetch size only inside a transaction;
        // outside one it reads the whole result first.
        readOnly.executeWithoutResult(status -> jdbc.query(connection -> {
            var statement = connection.prepareStatement(AWARDED);
            statement.setFetchSize(FETCH);
            statement.setString(1, programmeId);
            statement.setString(2, programmeId);
            return statement;
        }, row -> {
            each.accept(new AwardedGrant(row.getObject("case_id", java.util.UUID.class), row.getString("reference"),
                    row.getString("programme_id"), row.getString("programme_name"), row.getString("round_name"),
                    row.getString("funder_org_id"), row.getString("funder_name"), row.getString("org_id"), row.getString("org_name"),
                    row.getBigDecimal("amount_awarded"), row.getTimestamp("decided_at").toInstant()));
        }));
    }
}
