package org.frontdoor.people.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.frontdoor.linkage.record.PersonField;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Persons, their source records, and the history of every link. Nothing is deleted here. */
@Repository
class Registry {

    private static final String RECORD_COLUMNS = """
            id, source_id, source_record_id, person_id, fields::text as fields, recorded_at, imported_at, link_kind,
            match_probability, match_explanation::text as match_explanation, matched_record_id, decided_by_human""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final JsonMapper json;

    Registry(JdbcClient jdbc, JdbcTemplate batches, JsonMapper json) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.json = json;
    }

    /** Serialises linking: one writer at a time across every node sharing the database. */
    void lockForLinking() {
        jdbc.sql("select pg_advisory_xact_lock(7301234)").query(Object.class).single();
    }

    /** A new person and the first line of its history, in one statement. */
    UUID newPerson(String actor, String detail) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                with person as (insert into people_persons (id) values (?) returning id)
                insert into people_history (person_id, action, detail, actor) select id, 'CREATED', ?, ? from person""")
                .params(id, detail, actor).update();
        return id;
    }

    /** The person a merged-away person now lives in, following merges. */
    Optional<UUID> current(UUID personId) {
        UUID id = personId;
        for (int hops = 0; hops < 100; hops++) {
            var row = jdbc.sql("select merged_into from people_persons where id = ?").params(id)
                    .query((rs, n) -> Optional.ofNullable(rs.getObject("merged_into", UUID.class))).optional();
            if (row.isEmpty()) {
                return Optional.empty();
            }
            if (row.get().isEmpty()) {
                return Optional.of(id);
            }
            id = row.get().get();
        }
        return Optional.empty();
    }

    void markMerged(UUID from, UUID into) {
        jdbc.sql("update people_persons set merged_into = ? where id = ?").params(into, from).update();
    }

    /** Stores a new record, added in the matching generation this transaction raised (see {@link MatchingState}). */
    void insertRecord(SourceRecord r, long generation) {
        jdbc.sql("""
                insert into people_records (id, source_id, source_record_id, person_id, fields, recorded_at, link_kind,
                    match_probability, match_explanation, matched_record_id, decided_by_human, added_in, changed_in)
                values (?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?::jsonb, ?, ?, ?, ?)""")
                .params(r.id(), r.sourceId(), r.sourceRecordId(), r.personId(), fieldsJson(r.fields()),
                        Timestamp.from(r.recordedAt()), r.linkKind(), r.matchProbability(),
                        r.explanation() == null ? null : json.writeValueAsString(r.explanation()), r.matchedRecordId(),
                        r.decidedByHuman(), generation, generation)
                .update();
    }

    /** Stores a record's new values, changed in the matching generation this transaction raised. */
    void updateValues(UUID recordId, Map<PersonField, String> fields, Instant recordedAt, long generation) {
        jdbc.sql("update people_records set fields = ?::jsonb, recorded_at = ?, changed_in = ? where id = ?")
                .params(fieldsJson(fields), Timestamp.from(recordedAt), generation, recordId).update();
    }

    /**
     * Raises the generation every node's index follows, once per transaction that adds or changes
     * records. The row stays locked until commit, so a later generation never commits before an
     * earlier one: a node that has read up to generation g has missed nothing at or below g.
     */
    long raiseGeneration() {
        return jdbc.sql("update people_matching set generation = generation + 1 returning generation")
                .query(Long.class).single();
    }

    /** A record as added or changed in a generation, for nodes catching up. */
    record Change(SourceRecord record, long addedIn, long changedIn) {
    }

    /** Records added or changed after a generation, oldest change first. */
    List<Change> changedAfter(long generation) {
        return jdbc.sql("select " + RECORD_COLUMNS + ", added_in, changed_in from people_records where changed_in > ? order by changed_in")
                .params(generation)
                .query((rs, n) -> new Change(toRecord(rs, n), rs.getLong("added_in"), rs.getLong("changed_in")))
                .list();
    }

    /** Every record with the generation it last changed in, for building an index from scratch. */
    List<Change> allChanges() {
        return changedAfter(-1);
    }

    /** Moves a record to another person and says why. */
    void relink(UUID recordId, UUID personId, String linkKind, Double probability, Explanation explanation,
                UUID matchedRecordId, boolean decidedByHuman) {
        jdbc.sql("""
                update people_records set person_id = ?, link_kind = ?, match_probability = ?, match_explanation = ?::jsonb,
                    matched_record_id = ?, decided_by_human = ? where id = ?""")
                .params(personId, linkKind, probability, explanation == null ? null : json.writeValueAsString(explanation),
                        matchedRecordId, decidedByHuman, recordId)
                .update();
    }

    Optional<SourceRecord> record(UUID id) {
        return jdbc.sql("select " + RECORD_COLUMNS + " from people_records where id = ?").params(id)
                .query(this::toRecord).optional();
    }

    Optional<SourceRecord> record(String sourceId, String sourceRecordId) {
        return jdbc.sql("select " + RECORD_COLUMNS + " from people_records where source_id = ? and source_record_id = ?")
                .params(sourceId, sourceRecordId).query(this::toRecord).optional();
    }

    /** The records of one source with these source record ids, by source record id, in one read. */
    Map<String, SourceRecord> records(String sourceId, Collection<String> sourceRecordIds) {
        var found = new HashMap<String, SourceRecord>();
        jdbc.sql("select " + RECORD_COLUMNS + " from people_records where source_id = ? and source_record_id = any(?)")
                .params(sourceId, sourceRecordIds.toArray(String[]::new)).query(this::toRecord).list()
                .forEach(record -> found.put(record.sourceRecordId(), record));
        return found;
    }

    List<SourceRecord> recordsOf(UUID personId) {
        return jdbc.sql("select " + RECORD_COLUMNS + " from people_records where person_id = ? order by recorded_at desc, id")
                .params(personId).query(this::toRecord).list();
    }

    List<SourceRecord> allRecords() {
        return jdbc.sql("select " + RECORD_COLUMNS + " from people_records order by imported_at, id").query(this::toRecord).list();
    }

    /** Records no person decided about and alone in their person: what a batch re-match may still link. */
    List<SourceRecord> undecidedSingletons() {
        return jdbc.sql("select " + RECORD_COLUMNS + " from people_records r where not decided_by_human and "
                        + "(select count(*) from people_records o where o.person_id = r.person_id) = 1 order by imported_at, id")
                .query(this::toRecord).list();
    }

    /** Persons whose records mention the text in any field, newest first. */
    List<UUID> search(String text, int limit) {
        return jdbc.sql("""
                select person_id from people_records where fields::text ilike ? escape '\\'
                group by person_id order by max(imported_at) desc limit ?""")
                .params("%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%", limit)
                .query(UUID.class).list();
    }

    List<UUID> recentPersons(int limit) {
        return jdbc.sql("select person_id from people_records group by person_id order by max(imported_at) desc limit ?")
                .params(limit).query(UUID.class).list();
    }

    void history(UUID personId, String action, UUID recordId, UUID otherPerson, String detail, String actor) {
        jdbc.sql("insert into people_history (person_id, action, record_id, other_person, detail, actor) values (?, ?, ?, ?, ?, ?)")
                .params(personId, action, recordId, otherPerson, detail, actor).update();
    }

    public record HistoryEntry(Instant occurredAt, String action, UUID recordId, UUID otherPerson, String detail, String actor) {
    }

    List<HistoryEntry> historyOf(UUID personId) {
        return jdbc.sql("""
                select occurred_at, action, record_id, other_person, detail, actor from people_history
                where person_id = ? order by occurred_at, id""").params(personId)
                .query((rs, n) -> new HistoryEntry(rs.getTimestamp("occurred_at").toInstant(), rs.getString("action"),
                        rs.getObject("record_id", UUID.class), rs.getObject("other_person", UUID.class),
                        rs.getString("detail"), rs.getString("actor")))
                .list();
    }

    /** Stores a human decision on a pair; the later decision on the same pair wins. */
    void decide(UUID a, UUID b, boolean samePerson, String actor) {
        UUID first = a.toString().compareTo(b.toString()) < 0 ? a : b;
        UUID second = first.equals(a) ? b : a;
        jdbc.sql("""
                insert into people_decisions (record_a, record_b, same_person, decided_by) values (?, ?, ?, ?)
                on conflict (record_a, record_b) do update set same_person = excluded.same_person,
                    decided_by = excluded.decided_by, decided_at = now()""")
                .params(first, second, samePerson, actor).update();
    }

    /** The human decision on a pair, if any. */
    Optional<Boolean> decision(UUID a, UUID b) {
        UUID first = a.toString().compareTo(b.toString()) < 0 ? a : b;
        UUID second = first.equals(a) ? b : a;
        return jdbc.sql("select same_person from people_decisions where record_a = ? and record_b = ?")
                .params(first, second).query(Boolean.class).optional();
    }

    public record Decision(UUID recordA, UUID recordB, boolean samePerson) {
    }

    List<Decision> decisions() {
        return jdbc.sql("select record_a, record_b, same_person from people_decisions order by decided_at")
                .query((rs, n) -> new Decision(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getBoolean(3)))
                .list();
    }

    // Reviews

    public record Review(UUID id, UUID recordId, UUID candidateRecordId, double matchProbability, Explanation explanation,
                  String status, Instant createdAt, Instant decidedAt, String decidedBy) {
    }

    void openReview(UUID recordId, UUID candidateRecordId, double probability, Explanation explanation) {
        jdbc.sql("""
                insert into people_reviews (id, record_id, candidate_record_id, match_probability, explanation, status)
                values (?, ?, ?, ?, ?::jsonb, 'OPEN') on conflict do nothing""")
                .params(UUID.randomUUID(), recordId, candidateRecordId, probability, json.writeValueAsString(explanation))
                .update();
    }

    boolean hasOpenReview(UUID a, UUID b) {
        return jdbc.sql("""
                select count(*) from people_reviews where status = 'OPEN'
                and ((record_id = ? and candidate_record_id = ?) or (record_id = ? and candidate_record_id = ?))""")
                .params(a, b, b, a).query(Integer.class).single() > 0;
    }

    List<Review> openReviews(int limit) {
        return jdbc.sql("select * , explanation::text as explanation_text from people_reviews where status = 'OPEN' order by created_at, id limit ?")
                .params(limit).query(this::toReview).list();
    }

    List<Review> reviewsOf(UUID recordId) {
        return jdbc.sql("select *, explanation::text as explanation_text from people_reviews where record_id = ? or candidate_record_id = ? order by created_at")
                .params(recordId, recordId).query(this::toReview).list();
    }

    Optional<Review> review(UUID id) {
        return jdbc.sql("select *, explanation::text as explanation_text from people_reviews where id = ? for update")
                .params(id).query(this::toReview).optional();
    }

    void closeReview(UUID id, String status, String actor) {
        jdbc.sql("update people_reviews set status = ?, decided_at = now(), decided_by = ? where id = ?")
                .params(status, actor, id).update();
    }

    // Cases

    public record LinkedCase(UUID caseId, String reference, String serviceId, String team, Instant submittedAt) {
    }

    /** A case linked to its applicant's record, and the person's history line saying so. */
    record CaseLink(UUID caseId, String reference, String serviceId, String team, UUID applicantId, UUID recordId,
                    UUID personId, String actor) {
    }

    /** Links the cases (again, harmlessly) and writes their history lines, each as one batch. */
    void linkCases(List<CaseLink> links) {
        if (links.isEmpty()) {
            return;
        }
        batches.batchUpdate("""
                insert into people_cases (case_id, reference, service_id, team, applicant_id, record_id)
                values (?, ?, ?, ?, ?, ?) on conflict (case_id) do nothing""", links, links.size(), (statement, link) -> {
                    statement.setObject(1, link.caseId());
                    statement.setString(2, link.reference());
                    statement.setString(3, link.serviceId());
                    statement.setString(4, link.team());
                    statement.setObject(5, link.applicantId());
                    statement.setObject(6, link.recordId());
                });
        batches.batchUpdate("""
                insert into people_history (person_id, action, record_id, other_person, detail, actor)
                values (?, 'CASE_LINKED', ?, null, ?, ?)""", links, links.size(), (statement, link) -> {
                    statement.setObject(1, link.personId());
                    statement.setObject(2, link.recordId());
                    statement.setString(3, link.reference() + " (" + link.serviceId() + ")");
                    statement.setString(4, link.actor());
                });
    }

    List<LinkedCase> casesOf(UUID personId) {
        return jdbc.sql("""
                select c.case_id, c.reference, c.service_id, c.team, c.submitted_at from people_cases c
                join people_records r on r.id = c.record_id where r.person_id = ? order by c.submitted_at desc""")
                .params(personId)
                .query((rs, n) -> new LinkedCase(rs.getObject("case_id", UUID.class), rs.getString("reference"),
                        rs.getString("service_id"), rs.getString("team"), rs.getTimestamp("submitted_at").toInstant()))
                .list();
    }

    private Review toReview(ResultSet rs, int n) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new Review(rs.getObject("id", UUID.class), rs.getObject("record_id", UUID.class),
                rs.getObject("candidate_record_id", UUID.class), rs.getDouble("match_probability"),
                json.readValue(rs.getString("explanation_text"), Explanation.class), rs.getString("status"),
                rs.getTimestamp("created_at").toInstant(), decided == null ? null : decided.toInstant(),
                rs.getString("decided_by"));
    }

    private SourceRecord toRecord(ResultSet rs, int n) throws SQLException {
        String explanation = rs.getString("match_explanation");
        Double probability = rs.getObject("match_probability") == null ? null : rs.getDouble("match_probability");
        return new SourceRecord(rs.getObject("id", UUID.class), rs.getString("source_id"), rs.getString("source_record_id"),
                rs.getObject("person_id", UUID.class), fields(rs.getString("fields")),
                rs.getTimestamp("recorded_at").toInstant(), rs.getTimestamp("imported_at").toInstant(),
                rs.getString("link_kind"), probability,
                explanation == null ? null : json.readValue(explanation, Explanation.class),
                rs.getObject("matched_record_id", UUID.class), rs.getBoolean("decided_by_human"));
    }

    private String fieldsJson(Map<PersonField, String> fields) {
        Map<String, String> raw = new LinkedHashMap<>();
        fields.forEach((field, value) -> raw.put(field.key(), value));
        return json.writeValueAsString(raw);
    }

    private Map<PersonField, String> fields(String text) {
        Map<String, String> raw = json.readValue(text, new TypeReference<Map<String, String>>() { });
        Map<PersonField, String> fields = new EnumMap<>(PersonField.class);
        raw.forEach((key, value) -> fields.put(PersonField.fromKey(key), value));
        return fields;
    }
}
