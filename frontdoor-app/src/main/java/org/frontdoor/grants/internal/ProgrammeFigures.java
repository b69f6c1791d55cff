package org.frontdoor.grants.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
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
        record Sums(long count, BigDecimal requested, BigDecimal awarded, Double toDecision, Double toPayment) {
        }
        var sums = new ArrayList<Sums>();
        // One pass: a row per state, and the grand total (state null) with the money and the times.
        jdbc.sql("""
                select c.state, count(*), coalesce(sum(g.amount_requested), 0), coalesce(sum(g.amount_awarded), 0),
                       (avg(extract(epoch from g.decided_at - g.submitted_at) / 86400) filter (where g.decided_at is not null))::float8,
                       (avg(extract(epoch from g.first_paid_at - g.submitted_at) / 86400) filter (where g.first_paid_at is not null))::float8,
                       grouping(c.state)
                from grant_applications g join cases c on c.id = g.case_id
                where g.programme_id = ?
                group by grouping sets ((c.state), ())
                order by grouping(c.state), count(*) desc, c.state
                """).param(programmeId).query((rs, n) -> {
                    if (rs.getInt(7) == 0) {
                        byState.put(rs.getString(1), rs.getLong(2));
                    } else {
                        sums.add(new Sums(rs.getLong(2), rs.getBigDecimal(3), rs.getBigDecimal(4),
                                (Double) rs.getObject(5, Double.class), (Double) rs.getObject(6, Double.class)));
                    }
                    return n;
                }).list();
        var total = sums.isEmpty() ? new Sums(0, BigDecimal.ZERO, BigDecimal.ZERO, null, null) : sums.getFirst();
        return new Dashboard(programme, byState, total.count(), total.requested(), total.awarded(), ledger.totals(programmeId),
                total.toDecision(), total.toPayment());
    }
}
