package org.frontdoor.cases.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Drafts {

    private static final String SELECT = """
            select id, service_id, applicant_id, answers::text as answers, updated_at, submitted_case_id from drafts""";

    private final JdbcClient jdbc;

    Drafts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, String serviceId, UUID applicantId) {
        jdbc.sql("insert into drafts (id, service_id, applicant_id) values (?, ?, ?)").params(id, serviceId, applicantId).update();
    }

    /** Locks the draft for this transaction, so two tabs saving at once cannot lose each other's answers. */

    /** Locks the draft whoever started it; the caller decides whether the person may use it. */
    Optional<StoredDraft> lock(UUID id) {
        return jdbc.sql(SELECT + " where id = ? for update").param(id).query(Drafts::row).optional();
    }

    Optional<StoredDraft> find(UUID id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(Drafts::row).optional();
    }


    List<StoredDraft> inProgress(UUID applicantId) {
        return jdbc.sql(SELECT + " where applicant_id = ? and submitted_case_id is null order by updated_at desc limit 50")
                .param(applicantId).query(Drafts::row).list();
    }

    void saveAnswers(UUID id, String answersJson) {
        jdbc.sql("update drafts set answers = ?::jsonb, updated_at = now() where id = ?").params(answersJson, id).update();
    }

    void submitted(UUID id, UUID caseId) {
        jdbc.sql("update drafts set submitted_case_id = ?, updated_at = now() where id = ?").params(caseId, id).update();
    }

    private static StoredDraft row(ResultSet rs, int n) throws SQLException {
        return new StoredDraft(rs.getObject("id", UUID.class), rs.getString("service_id"), rs.getObject("applicant_id", UUID.class),
                rs.getString("answers"), rs.getTimestamp("updated_at").toInstant(), rs.getObject("submitted_case_id", UUID.class));
    }

    record StoredDraft(UUID id, String serviceId, UUID applicantId, String answersJson, Instant updatedAt, UUID submittedCaseId) {
    }
}
