package org.frontdoor.grants.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import org.frontdoor.grants.GrantDashboards;
import org.frontdoor.identity.Role;
import org.frontdoor.identity.SignedInAccount;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The dashboard's figures: one grouped read of the programme's applications and the ledger's latest totals. */
@Service
class ProgrammeFigures implements GrantDashboards {

    private final JdbcClient jdbc;
    private final ProgrammeCatalogue programmes;
    private final Ledger ledger;
    private final StaffAccess access;

    ProgrammeFigures(JdbcClient jdbc, ProgrammeCatalogue programmes, Ledger ledger, StaffAccess access) {
        this.jdbc = jdbc;
        this.programmes = programmes;
        this.ledger = ledger;
        this.access = access;
    }

    @Override
    @Transactional(readOnly = true)
    public Dashboard dashboard(SignedInAccount staff, String programmeId) {
        access.requireRole(staff, Role.TEAM_LEAD, Role.GRANT_ASSESSOR);
        var programme = programmes.require(programmeId);
        var byState = new LinkedHashMap<String, Long>();
        jdbc.sql("""
                select c.state, count(*) from grant_applications g join cases c on c.id = g.case_id
                where g.programme_id = ? group by c.state order by count(*) desc, c.state
                """).param(programmeId).query((rs, n) -> byState.put(rs.getString(1), rs.getLong(2))).list();
        record Sums(long count, BigDecimal requested, BigDecimal awarded, Double toDecision, Double toPayment) {
        }
        var sums = jdbc.sql("""
                select count(*), coalesce(sum(amount_requested), 0), coalesce(sum(amount_awarded), 0),
                       (avg(extract(epoch from decided_at - submitted_at) / 86400) filter (where decided_at is not null))::float8,
                       (avg(extract(epoch from first_paid_at - submitted_at) / 86400) filter (where first_paid_at is not null))::float8
                from grant_applications where programme_id = ?
                """).param(programmeId).query((rs, n) -> new Sums(rs.getLong(1), rs.getBigDecimal(2), rs.getBigDecimal(3),
                (Double) rs.getObject(4, Double.class), (Double) rs.getObject(5, Double.class))).single();
        return new Dashboard(programme, byState, sums.count(), sums.requested(), sums.awarded(), ledger.totals(programmeId),
                sums.toDecision(), sums.toPayment());
    }
}
