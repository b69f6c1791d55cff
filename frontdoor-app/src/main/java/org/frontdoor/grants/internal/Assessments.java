package org.frontdoor.grants.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.frontdoor.grants.AssessingGrants.AssessorScores;
import org.frontdoor.grants.AssessingGrants.Conflict;
import org.frontdoor.grants.AssessingGrants.Score;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Assessors' assignments, scores and declared conflicts, and the application's resulting score. */
@Repository
class Assessments {

    private final JdbcClient jdbc;

    Assessments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean assigned(UUID caseId, UUID assessorId) {
        return jdbc.sql("select exists (select 1 from grant_assessments where case_id = ? and assessor_id = ?)")
                .params(caseId, assessorId).query(Boolean.class).single();
    }

    boolean conflicted(UUID caseId, UUID assessorId) {
        return jdbc.sql("select exists (select 1 from grant_conflicts where case_id = ? and assessor_id = ?)")
                .params(caseId, assessorId).query(Boolean.class).single();
    }

    void assign(UUID caseId, UUID assessorId, UUID by) {
        jdbc.sql("insert into grant_assessments (case_id, assessor_id, assigned_by) values (?, ?, ?) on conflict do nothing")
                .params(caseId, assessorId, by).update();
    }

    void conflict(String programmeId, UUID caseId, UUID assessorId, String reason) {
        jdbc.sql("""
                insert into grant_conflicts (programme_id, assessor_id, case_id, reason) values (?, ?, ?, ?)
                on conflict (case_id, assessor_id) do update set reason = excluded.reason
                """).params(programmeId, assessorId, caseId, reason).update();
        jdbc.sql("delete from grant_scores where case_id = ? and assessor_id = ?").params(caseId, assessorId).update();
        jdbc.sql("delete from grant_assessments where case_id = ? and assessor_id = ?").params(caseId, assessorId).update();
    }

    void scores(UUID caseId, UUID assessorId, List<Score> scores, BigDecimal total) {
        jdbc.sql("delete from grant_scores where case_id = ? and assessor_id = ?").params(caseId, assessorId).update();
        for (var score : scores) {
            jdbc.sql("insert into grant_scores (case_id, assessor_id, criterion, score, comment) values (?, ?, ?, ?, ?)")
                    .params(caseId, assessorId, score.criterion(), score.score(), score.comment()).update();
        }
        jdbc.sql("update grant_assessments set total = ?, submitted_at = now() where case_id = ? and assessor_id = ?")
                .params(total, caseId, assessorId).update();
    }

    /**
     * Works out the application's score from the submitted totals: their mean, unless a moderator
     * agreed a score; and whether the totals are further apart than the spread allows.
     */
    void rescore(UUID caseId, int moderationSpread) {
        jdbc.sql("""
                update grant_applications g set
                    score = case when g.moderated_by is not null then g.score else s.mean end,
                    assessments_done = s.done,
                    needs_moderation = g.moderated_by is null and s.done > 1 and s.spread > :spread
                from (select round(avg(total), 2) as mean, count(total)::int as done, coalesce(max(total) - min(total), 0) as spread
                      from grant_assessments where case_id = :case and total is not null) s
                where g.case_id = :case
                """).param("case", caseId).param("spread", moderationSpread).update();
    }

    void moderated(UUID caseId, BigDecimal score, String note, UUID by) {
        jdbc.sql("update grant_applications set score = ?, moderation_note = ?, moderated_by = ?, needs_moderation = false where case_id = ?")
                .params(score, note, by, caseId).update();
    }

    record ScoreState(BigDecimal score, boolean needsModeration, String moderationNote) {
    }

    ScoreState state(UUID caseId) {
        return jdbc.sql("select score, needs_moderation, moderation_note from grant_applications where case_id = ?").param(caseId)
                .query((rs, n) -> new ScoreState(rs.getBigDecimal(1), rs.getBoolean(2), rs.getString(3))).single();
    }

    List<AssessorScores> assessors(UUID caseId) {
        var scores = jdbc.sql("select assessor_id, criterion, score, comment from grant_scores where case_id = ?").param(caseId)
                .query((rs, n) -> java.util.Map.entry(rs.getObject(1, UUID.class), new Score(rs.getString(2), rs.getInt(3), rs.getString(4))))
                .list();
        return jdbc.sql("""
                select s.assessor_id, a.display_name, s.assigned_at, s.submitted_at, s.total from grant_assessments s
                join accounts a on a.id = s.assessor_id where s.case_id = ? order by s.assigned_at
                """).param(caseId).query((rs, n) -> {
                    var assessor = rs.getObject(1, UUID.class);
                    var submitted = rs.getTimestamp(4);
                    return new AssessorScores(assessor, rs.getString(2), rs.getTimestamp(3).toInstant(),
                            submitted == null ? null : submitted.toInstant(), rs.getBigDecimal(5),
                            scores.stream().filter(e -> e.getKey().equals(assessor)).map(java.util.Map.Entry::getValue).toList());
                }).list();
    }

    List<Conflict> conflicts(UUID caseId) {
        return jdbc.sql("""
                select c.assessor_id, a.display_name, c.reason, c.declared_at from grant_conflicts c
                join accounts a on a.id = c.assessor_id where c.case_id = ? order by c.declared_at
                """).param(caseId).query((rs, n) -> new Conflict(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                rs.getTimestamp(4).toInstant())).list();
    }

    List<UUID> toAssess(UUID assessorId) {
        return jdbc.sql("select case_id from grant_assessments where assessor_id = ? and submitted_at is null order by assigned_at limit 200")
                .param(assessorId).query(UUID.class).list();
    }
}
