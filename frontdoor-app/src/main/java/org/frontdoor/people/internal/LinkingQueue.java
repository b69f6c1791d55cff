package org.frontdoor.people.internal;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.frontdoor.cases.CaseSubmitted;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The people_linking_queue table: submitted cases whose applicant is still to be linked. Rows are
 * taken with {@code FOR UPDATE SKIP LOCKED}, so workers on every node take different ones, and are
 * deleted in the transaction that links them.
 */
@Repository
class LinkingQueue {

    private static final String COLUMNS = "case_id, reference, service_id, team, applicant_id, attempts";
    private static final RowMapper<Queued> QUEUED = (rs, n) -> new Queued(new CaseSubmitted(rs.getObject("case_id", UUID.class),
            rs.getString("reference"), rs.getString("service_id"), rs.getObject("applicant_id", UUID.class), rs.getString("team")),
            rs.getInt("attempts"));

    private final JdbcClient jdbc;

    LinkingQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A case waiting for its applicant to be linked, and how often linking it has failed. */
    record Queued(CaseSubmitted submitted, int attempts) {
    }

    /** Queues the cases in the caller's transaction, in one statement; queuing a case again changes nothing. */
    void add(List<CaseSubmitted> submitted) {
        jdbc.sql("""
                insert into people_linking_queue (case_id, reference, service_id, team, applicant_id)
                select * from unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::uuid[]) on conflict (case_id) do nothing""")
                .params(submitted.stream().map(CaseSubmitted::caseId).toArray(UUID[]::new),
                        submitted.stream().map(CaseSubmitted::reference).toArray(String[]::new),
                        submitted.stream().map(CaseSubmitted::serviceId).toArray(String[]::new),
                        submitted.stream().map(CaseSubmitted::team).toArray(String[]::new),
                        submitted.stream().map(CaseSubmitted::applicantId).toArray(UUID[]::new))
                .update();
    }

    /** Up to {@code limit} due rows, oldest first, locked until the caller's transaction ends. */
    List<Queued> take(int limit) {
        return jdbc.sql("select " + COLUMNS + " from people_linking_queue where not_before <= now() "
                        + "order by not_before limit ? for update skip locked")
                .param(limit).query(QUEUED).list();
    }

    /** The one row, locked, unless it is gone or another worker holds it. */
    Optional<Queued> takeOne(UUID caseId) {
        return jdbc.sql("select " + COLUMNS + " from people_linking_queue where case_id = ? for update skip locked")
                .param(caseId).query(QUEUED).optional();
    }

    void remove(List<Queued> done) {
        jdbc.sql("delete from people_linking_queue where case_id = any(?)")
                .param(done.stream().map(queued -> queued.submitted().caseId()).toArray(UUID[]::new)).update();
    }

    /** Records a failure and leaves the row for another try after {@code retryIn}. */
    void failed(UUID caseId, String error, Duration retryIn) {
        jdbc.sql("""
                update people_linking_queue set attempts = attempts + 1, last_error = left(?, 2000),
                       not_before = now() + make_interval(secs => ?)
                where case_id = ?""").params(error, retryIn.toSeconds(), caseId).update();
    }
}
