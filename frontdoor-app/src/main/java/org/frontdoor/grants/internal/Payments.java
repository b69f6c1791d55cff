package org.frontdoor.grants.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Scheduled instalments of awards and the payment runs that pay them. */
@Repository
class Payments {

    record Instalment(BigDecimal amount, LocalDate dueOn, boolean afterReport) {
    }

    /** A payment that can go into a run, with where it goes. */
    record Payable(UUID id, UUID caseId, String programmeId, String reference, int instalment, BigDecimal amount,
                   String payeeName, String sortCode, String accountNumber) {
    }

    private final JdbcClient jdbc;

    Payments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void schedule(UUID caseId, String programmeId, List<Instalment> instalments) {
        schedule(caseId, programmeId, instalments, 1);
    }

    void schedule(UUID caseId, String programmeId, List<Instalment> instalments, int firstNumber) {
        int number = firstNumber;
        for (var instalment : instalments) {
            jdbc.sql("""
                    insert into grant_payments (id, case_id, programme_id, instalment, amount, due_on, condition, status)
                    values (?, ?, ?, ?, ?, ?, ?, 'SCHEDULED')
                    """).params(UUID.randomUUID(), caseId, programmeId, number++, instalment.amount(), Date.valueOf(instalment.dueOn()),
                    instalment.afterReport() ? "MONITORING_REPORT" : null).update();
        }
    }

    /**
     * Payments due by the date whose offer is accepted and, when they wait for a monitoring report,
     * whose application has had a report for each such instalment up to this one. Locked, skipping
     * any another run is taking, so two runs made at once never pay the same instalment.
     */
    List<Payable> lockPayable(LocalDate by, int limit) {
        return jdbc.sql("""
                select p.id, p.case_id, p.programme_id, c.reference, p.instalment, p.amount, g.payee_name, g.payee_sort_code, g.payee_account
                from grant_payments p
                join grant_applications g on g.case_id = p.case_id
                join cases c on c.id = p.case_id
                where p.status = 'SCHEDULED' and p.due_on <= :by and g.offer_accepted_at is not null
                  and (p.condition is null or (select count(*) from grant_monitoring_reports r where r.case_id = p.case_id)
                       >= (select count(*) from grant_payments q where q.case_id = p.case_id and q.condition is not null
                           and q.instalment <= p.instalment))
                order by p.due_on, p.case_id, p.instalment
                limit :limit
                for update of p skip locked
                """).param("by", Date.valueOf(by)).param("limit", limit)
                .query((rs, n) -> new Payable(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                        rs.getInt(5), rs.getBigDecimal(6), rs.getString(7), rs.getString(8), rs.getString(9))).list();
    }

    void putInRun(List<UUID> paymentIds, UUID runId) {
        jdbc.sql("update grant_payments set status = 'IN_RUN', run_id = ? where id = any(?) and status = 'SCHEDULED'")
                .params(runId, paymentIds.toArray(UUID[]::new)).update();
    }

    List<Payable> inRun(UUID runId) {
        return jdbc.sql("""
                select p.id, p.case_id, p.programme_id, c.reference, p.instalment, p.amount, g.payee_name, g.payee_sort_code, g.payee_account
                from grant_payments p join grant_applications g on g.case_id = p.case_id join cases c on c.id = p.case_id
                where p.run_id = ? and p.status = 'IN_RUN' order by p.programme_id, p.case_id, p.instalment
                """).param(runId).query((rs, n) -> new Payable(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                rs.getString(4), rs.getInt(5), rs.getBigDecimal(6), rs.getString(7), rs.getString(8), rs.getString(9))).list();
    }

    void paid(UUID runId) {
        jdbc.sql("update grant_payments set status = 'PAID', paid_at = now() where run_id = ? and status = 'IN_RUN'").param(runId).update();
        jdbc.sql("""
                update grant_applications g set first_paid_at = now()
                where g.first_paid_at is null and g.case_id in (select case_id from grant_payments where run_id = ?)
                """).param(runId).update();
    }

    void released(UUID runId) {
        jdbc.sql("update grant_payments set status = 'SCHEDULED', run_id = null where run_id = ? and status = 'IN_RUN'").param(runId).update();
    }

    /** Cancels instalments not yet in a run, for a variation down or a clawback. */
    BigDecimal cancelUnpaid(UUID caseId) {
        var amount = jdbc.sql("select coalesce(sum(amount), 0) from grant_payments where case_id = ? and status = 'SCHEDULED'")
                .param(caseId).query(BigDecimal.class).single();
        jdbc.sql("update grant_payments set status = 'CANCELLED' where case_id = ? and status = 'SCHEDULED'").param(caseId).update();
        return amount;
    }

    /** What is paid or on its way to being paid (in a run) for the application. */
    BigDecimal paidOrInRun(UUID caseId) {
        return jdbc.sql("select coalesce(sum(amount), 0) from grant_payments where case_id = ? and status in ('PAID', 'IN_RUN')")
                .param(caseId).query(BigDecimal.class).single();
    }

    int nextInstalment(UUID caseId) {
        return jdbc.sql("select coalesce(max(instalment), 0) + 1 from grant_payments where case_id = ?").param(caseId).query(Integer.class).single();
    }
}
