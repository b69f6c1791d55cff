package org.frontdoor.grants.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.frontdoor.grants.BudgetTotals;
import org.frontdoor.grants.Money;
import org.frontdoor.platform.InvalidInput;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The grants money ledger: every movement is a new row, never changed (the table refuses updates
 * and deletes). Each row carries the programme's committed and paid totals after it, computed while
 * holding the programme's row lock, so concurrent awards take turns and the sum of awards can never
 * pass the budget, and a programme's balance is one row read. Must run inside a transaction.
 */
@Repository
class Ledger {

    enum Kind { COMMITTED, PAID, VARIED, CLAWED_BACK }

    record Entry(long id, String programmeId, UUID caseId, Kind kind, BigDecimal amount, BigDecimal committedAfter,
                 BigDecimal paidAfter, String reason, java.time.Instant recordedAt) {
    }

    private final JdbcClient jdbc;

    Ledger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Locks the programme and reads its totals; the lock is held until the transaction ends. FOR NO
     * KEY UPDATE, not FOR UPDATE: inserting payments and ledger entries takes the key-share locks of
     * their foreign keys on this row, and two awards each holding one and waiting for FOR UPDATE
     * would deadlock; NO KEY UPDATE still makes awards take turns with each other.
     */
    BudgetTotals lock(String programmeId) {
        var budget = jdbc.sql("select budget from grant_programmes where id = ? for no key update").param(programmeId)
                .query(BigDecimal.class).single();
        return totals(programmeId, budget);
    }

    /** The totals without locking, for reading. */
    BudgetTotals totals(String programmeId) {
        var budget = jdbc.sql("select budget from grant_programmes where id = ?").param(programmeId).query(BigDecimal.class).single();
        return totals(programmeId, budget);
    }

    private BudgetTotals totals(String programmeId, BigDecimal budget) {
        return jdbc.sql("select committed_after, paid_after from grant_ledger where programme_id = ? order by id desc limit 1")
                .param(programmeId).query((rs, n) -> new BudgetTotals(budget, rs.getBigDecimal(1), rs.getBigDecimal(2)))
                .optional().orElse(new BudgetTotals(budget, BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2)));
    }

    /**
     * Commits money to an award (a positive amount) or varies a commitment (either sign), refusing to
     * pass the budget. The caller holds the lock taken by {@link #lock}.
     *
     * @return the totals after the entry
     */
    BudgetTotals commit(BudgetTotals before, String programmeId, UUID caseId, Kind kind, BigDecimal amount, String reason, UUID actor) {
        var committed = before.committed().add(amount);
        if (committed.compareTo(before.budget()) > 0) {
            throw InvalidInput.of("amount", "Only " + Money.exact(before.left())
                    + " of the budget is left, so " + Money.exact(amount) + " cannot be committed");
        }
        if (committed.compareTo(before.paid()) < 0) {
            throw InvalidInput.of("amount", "The commitment cannot go below what is already paid");
        }
        var after = new BudgetTotals(before.budget(), committed, before.paid());
        insert(programmeId, caseId, kind, amount, after, reason, actor, null);
        return after;
    }

    /** Records a payment made (positive) or money clawed back (negative paid, released from the commitment too). */
    BudgetTotals paid(BudgetTotals before, String programmeId, UUID caseId, BigDecimal amount, UUID paymentId, UUID actor) {
        var after = new BudgetTotals(before.budget(), before.committed(), before.paid().add(amount));
        insert(programmeId, caseId, Kind.PAID, amount, after, null, actor, paymentId);
        return after;
    }

    BudgetTotals clawedBack(BudgetTotals before, String programmeId, UUID caseId, BigDecimal amount, String reason, UUID actor) {
        var after = new BudgetTotals(before.budget(), before.committed().subtract(amount), before.paid().subtract(amount));
        insert(programmeId, caseId, Kind.CLAWED_BACK, amount.negate(), after, reason, actor, null);
        return after;
    }

    private void insert(String programmeId, UUID caseId, Kind kind, BigDecimal amount, BudgetTotals after, String reason,
                        UUID actor, UUID paymentId) {
        jdbc.sql("""
                insert into grant_ledger (programme_id, case_id, kind, amount, committed_after, paid_after, reason, actor_id, payment_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(programmeId, caseId, kind.name(), amount, after.committed(), after.paid(), reason, actor, paymentId)
                .update();
    }

    /** The application's own movements, oldest first. */
    List<Entry> entries(UUID caseId) {
        return jdbc.sql("""
                select id, programme_id, case_id, kind, amount, committed_after, paid_after, reason, recorded_at
                from grant_ledger where case_id = ? order by id
                """).param(caseId).query((rs, n) -> new Entry(rs.getLong(1), rs.getString(2), rs.getObject(3, UUID.class),
                Kind.valueOf(rs.getString(4)), rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getString(8),
                rs.getTimestamp(9).toInstant())).list();
    }


    BigDecimal paidTo(UUID caseId) {
        return jdbc.sql("select coalesce(sum(amount) filter (where kind in ('PAID', 'CLAWED_BACK')), 0) from grant_ledger where case_id = ?")
                .param(caseId).query(BigDecimal.class).single();
    }
}
