package org.frontdoor.grants.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.frontdoor.grants.FundingRecords;
import org.frontdoor.grants.GrantApplication.Decision;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The grants capability's answers to other capabilities' questions about applicants and funding. */
@Component
class GrantFundingRecords implements FundingRecords {

    private final StoredApplications applications;
    private final JdbcClient jdbc;

    GrantFundingRecords(StoredApplications applications, JdbcClient jdbc) {
        this.applications = applications;
        this.jdbc = jdbc;
    }

    @Override
    public Optional<GrantApplicant> applicantOf(UUID caseId) {
        return applications.summary(caseId).map(StoredApplications.Row::application)
                .map(a -> new GrantApplicant(a.caseId(), a.programmeId(), a.applicantKind(), a.orgId(), a.recipientName(),
                        a.amountRequested()));
    }

    @Override
    public List<OrganisationApplication> applicationsFor(String orgId, int limit) {
        if (orgId == null || orgId.isBlank() || limit <= 0) {
            return List.of();
        }
        // grant_applications_org finds the organisation's rows; an organisation has a handful, so the sort is cheap.
        return jdbc.sql("""
                select g.case_id, c.reference, g.programme_id, p.name as programme_name, c.state, g.amount_requested,
                       g.decision, g.amount_awarded, g.submitted_at, g.decided_at
                  from grant_applications g
                  join cases c on c.id = g.case_id
                  join grant_programmes p on p.id = g.programme_id
                 where g.org_id = ?
                 order by g.submitted_at desc, g.case_id
                 limit ?""").params(orgId, limit).query(GrantFundingRecords::application).list();
    }

    @Override
    public List<PastFunding> pastFundingOf(String orgId, LocalDate since, int limit) {
        if (orgId == null || orgId.isBlank() || limit <= 0) {
            return List.of();
        }
        // past_grants_recipient (recipient_org_id, award_date desc) answers this in index order.
        return jdbc.sql("""
                select grant_id, funder_name, title, description, currency, amount_awarded, award_date, source_name
                  from past_grants
                 where recipient_org_id = ? and award_date >= ?
                 order by award_date desc
                 limit ?""").params(orgId, Date.valueOf(since), limit)
                .query((rs, n) -> new PastFunding(rs.getString("grant_id"), rs.getString("funder_name"), rs.getString("title"),
                        rs.getString("description"), rs.getString("currency"), rs.getBigDecimal("amount_awarded"),
                        rs.getDate("award_date").toLocalDate(), rs.getString("source_name")))
                .list();
    }

    private static OrganisationApplication application(ResultSet rs, int n) throws SQLException {
        var decision = rs.getString("decision");
        return new OrganisationApplication(rs.getObject("case_id", UUID.class), rs.getString("reference"),
                rs.getString("programme_id"), rs.getString("programme_name"), rs.getString("state"),
                rs.getBigDecimal("amount_requested"), decision == null ? null : Decision.valueOf(decision),
                rs.getBigDecimal("amount_awarded"), rs.getTimestamp("submitted_at").toInstant(), instant(rs.getTimestamp("decided_at")));
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
