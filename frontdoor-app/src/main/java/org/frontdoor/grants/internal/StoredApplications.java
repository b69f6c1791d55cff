package org.frontdoor.grants.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.frontdoor.grants.ApplicantKind;
import org.frontdoor.grants.GrantApplication;
import org.frontdoor.grants.GrantApplication.Decision;
import org.frontdoor.grants.GrantApplication.MonitoringReport;
import org.frontdoor.grants.GrantApplication.Payment;
import org.frontdoor.grants.GrantApplication.PaymentStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Grant applications with their decisions, payments and monitoring reports. */
@Repository
class StoredApplications {

    private static final String SELECT = """
            select g.case_id, c.reference, c.state, g.programme_id, p.name as programme_name, r.name as round_name,
                   g.applicant_kind, g.org_id, g.recipient_name, g.amount_requested, g.submitted_at, g.decision,
                   g.decision_reason, g.amount_awarded, g.decided_at, g.offer_accepted_at, c.applicant_id, c.team, c.lock_version, g.score, g.needs_moderation
            from grant_applications g
            join cases c on c.id = g.case_id
            join grant_programmes p on p.id = g.programme_id
            join grant_rounds r on r.id = g.round_id
            """;

    /**
     * An application row, who applied, the team its case is with and the case's version (for taking
     * its transitions), and its assessment score.
     */
    record Row(GrantApplication application, UUID applicantId, String team, int caseVersion, BigDecimal score, boolean needsModeration) {
    }

    private final JdbcClient jdbc;

    StoredApplications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The bank account an award is paid to, as the applicant gave it. */
    record Payee(String name, String sortCode, String accountNumber) {
    }

    void insert(UUID caseId, String programmeId, UUID roundId, ApplicantKind kind, String orgId, String recipientName,
                BigDecimal amountRequested, Instant submittedAt, Payee payee) {
        jdbc.sql("""
                insert into grant_applications (case_id, programme_id, round_id, applicant_kind, org_id, recipient_name,
                                                amount_requested, submitted_at, payee_name, payee_sort_code, payee_account)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(caseId, programmeId, roundId, kind.name(), orgId, recipientName, amountRequested, Timestamp.from(submittedAt),
                        payee.name(), payee.sortCode(), payee.accountNumber())
                .update();
    }

    /** The application with its payments and monitoring reports. */
    Optional<Row> find(UUID caseId) {
        return summary(caseId).map(this::withDetails);
    }

    /** The application without its payments and reports, for actions that do not show them. */
    Optional<Row> summary(UUID caseId) {
        return jdbc.sql(SELECT + " where g.case_id = ?").param(caseId).query((rs, n) -> row(rs)).optional();
    }

    /** Applications the account made, or made for an organisation it works for, newest first. */
    List<Row> visibleTo(UUID accountId) {
        return jdbc.sql(SELECT + """
                 where c.applicant_id = :account
                    or g.org_id in (select org_id from organisation_members where account_id = :account)
                 order by g.submitted_at desc limit 200
                """).param("account", accountId).query((rs, n) -> row(rs)).list().stream().map(this::withDetails).toList();
    }

    /**
     * Records a decision unless the application was decided meanwhile (only the waiting list may
     * still be decided again).
     *
     * @return whether this decision was recorded
     */
    boolean decide(UUID caseId, GrantApplication.Decision decision, BigDecimal amount, String reason, UUID by, Instant at) {
        return jdbc.sql("""
                update grant_applications set decision = ?, amount_awarded = ?, decision_reason = ?, decided_by = ?, decided_at = ?
                where case_id = ? and (decision is null or decision = 'WAITLISTED')
                """).params(decision.name(), amount, reason, by, Timestamp.from(at), caseId).update() == 1;
    }

    /** One page of a programme's applications, best score first, after the given key (score, case id). */
    List<Row> ranked(String programmeId, BigDecimal afterScore, UUID afterCase, int limit) {
        var after = afterCase == null ? "" : " and (coalesce(g.score, -1), g.case_id) < (:score, :after)";
        var query = jdbc.sql(SELECT + " where g.programme_id = :programme" + after
                        + " order by coalesce(g.score, -1) desc, g.case_id desc limit :limit")
                .param("programme", programmeId).param("limit", limit);
        if (afterCase != null) {
            query = query.param("score", afterScore).param("after", afterCase);
        }
        return query.query((rs, n) -> row(rs)).list();
    }

    void awardVaried(UUID caseId, BigDecimal amount) {
        jdbc.sql("update grant_applications set amount_awarded = ? where case_id = ? and decision = 'AWARDED'").params(amount, caseId).update();
    }

    void accepted(UUID caseId, Instant at) {
        jdbc.sql("update grant_applications set offer_accepted_at = ? where case_id = ? and offer_accepted_at is null")
                .params(Timestamp.from(at), caseId).update();
    }

    void report(UUID caseId, UUID by, String summary, BigDecimal spent) {
        jdbc.sql("insert into grant_monitoring_reports (id, case_id, submitted_by, summary, spent) values (?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), caseId, by, summary, spent).update();
    }

    /** The row with its payments and monitoring reports read. */
    Row withDetails(Row row) {
        var a = row.application();
        var payments = jdbc.sql("""
                select id, instalment, amount, due_on, condition, status, paid_at from grant_payments
                where case_id = ? order by instalment
                """).param(a.caseId()).query((rs, n) -> new Payment(rs.getObject("id", UUID.class), rs.getInt("instalment"),
                rs.getBigDecimal("amount"), rs.getDate("due_on").toLocalDate(), rs.getString("condition") != null,
                PaymentStatus.valueOf(rs.getString("status")), instant(rs, "paid_at"))).list();
        var reports = jdbc.sql("""
                select r.id, r.submitted_at, a.display_name, r.summary, r.spent from grant_monitoring_reports r
                join accounts a on a.id = r.submitted_by where r.case_id = ? order by r.submitted_at
                """).param(a.caseId()).query((rs, n) -> new MonitoringReport(rs.getObject(1, UUID.class),
                rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4), rs.getBigDecimal(5))).list();
        return new Row(new GrantApplication(a.caseId(), a.reference(), a.caseState(), a.programmeId(), a.programmeName(),
                a.roundName(), a.applicantKind(), a.orgId(), a.recipientName(), a.amountRequested(), a.submittedAt(),
                a.decision(), a.decisionReason(), a.amountAwarded(), a.decidedAt(), a.offerAcceptedAt(), payments, reports),
                row.applicantId(), row.team(), row.caseVersion(), row.score(), row.needsModeration());
    }

    static Row row(ResultSet rs) throws SQLException {
        var decision = rs.getString("decision");
        return new Row(new GrantApplication(rs.getObject("case_id", UUID.class), rs.getString("reference"), rs.getString("state"),
                rs.getString("programme_id"), rs.getString("programme_name"), rs.getString("round_name"),
                ApplicantKind.valueOf(rs.getString("applicant_kind")), rs.getString("org_id"), rs.getString("recipient_name"),
                rs.getBigDecimal("amount_requested"), rs.getTimestamp("submitted_at").toInstant(),
                decision == null ? null : Decision.valueOf(decision), rs.getString("decision_reason"),
                rs.getBigDecimal("amount_awarded"), instant(rs, "decided_at"), instant(rs, "offer_accepted_at"),
                List.of(), List.of()), rs.getObject("applicant_id", UUID.class), rs.getString("team"), rs.getInt("lock_version"),
                rs.getBigDecimal("score"), rs.getBoolean("needs_moderation"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
