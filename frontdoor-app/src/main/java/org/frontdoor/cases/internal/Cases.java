package org.frontdoor.cases.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The cases table. Answers are stored as JSON exactly as checked. */
@Repository
class Cases {

    static final String COLUMNS = """
            id, reference, service_id, service_version, applicant_id, team, state, answers::text as answers,
            submitted_at, due_on, idempotency_fingerprint, lock_version, assignee_id, on_behalf_of_email""";
    static final String SELECT = "select " + COLUMNS + " from cases";
    /**
     * Cases as lists show them: every column but the answers (null in the {@link StoredCase}), which
     * no list shows and which would be most of the bytes a page of a worklist reads.
     */
    static final String LISTED = "select " + COLUMNS.replace("answers::text as answers", "null::text as answers") + " from cases";

    private final JdbcClient jdbc;

    Cases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A case to insert, with what its row needs beyond the case itself. */
    record NewCase(StoredCase unnumbered, String referencePrefix, String idempotencyKey, String searchTerms) {
    }

    /**
     * Inserts the cases and the first entry of each one's timeline (submitted by the applicant),
     * except those whose applicant already used the idempotency key, numbering each reference from
     * case_reference_seq ({@code prefix}, a dash and at least seven digits: HA-0000042), and joining
     * the applicant's name and email address to its search terms. Returns the reference of each case
     * in order, or null for one whose key was used. One statement for them all: intake is made of
     * round trips, and a group of submissions shares them.
     */
    List<String> insert(List<NewCase> cases) {
        int n = cases.size();
        var ids = new UUID[n];
        var prefixes = new String[n];
        var serviceIds = new String[n];
        var versions = new Integer[n];
        var applicants = new UUID[n];
        var teams = new String[n];
        var states = new String[n];
        var answers = new String[n];
        var submittedAt = new String[n];
        var dueOn = new String[n];
        var keys = new String[n];
        var fingerprints = new String[n];
        var onBehalfOf = new String[n];
        var terms = new String[n];
        for (int i = 0; i < n; i++) {
            var c = cases.get(i).unnumbered();
            ids[i] = c.id();
            prefixes[i] = cases.get(i).referencePrefix();
            serviceIds[i] = c.serviceId();
            versions[i] = c.serviceVersion();
            applicants[i] = c.applicantId();
            teams[i] = c.team();
            states[i] = c.state();
            answers[i] = c.answersJson();
            submittedAt[i] = c.submittedAt().toString();
            dueOn[i] = c.dueOn() == null ? null : c.dueOn().toString();
            keys[i] = cases.get(i).idempotencyKey();
            fingerprints[i] = c.fingerprint();
            onBehalfOf[i] = c.onBehalfOfEmail();
            terms[i] = cases.get(i).searchTerms();
        }
        var references = jdbc.sql("""
                with given as (
                    select g.*, nextval('case_reference_seq') as n
                    from unnest(?::uuid[], ?::text[], ?::text[], ?::int[], ?::uuid[], ?::text[], ?::text[], ?::text[],
                                ?::timestamptz[], ?::date[], ?::text[], ?::text[], ?::text[], ?::text[])
                         with ordinality as g(id, prefix, service_id, service_version, applicant_id, team, state, answers,
                                              submitted_at, due_on, idempotency_key, fingerprint, on_behalf_of_email, terms, position)
                ), inserted as (
                    insert into cases (id, reference, service_id, service_version, applicant_id, team, state, answers,
                                       submitted_at, state_entered_at, due_on, idempotency_key, idempotency_fingerprint,
                                       on_behalf_of_email, search_terms)
                    select g.id, g.prefix || '-' || lpad(g.n::text, greatest(7, length(g.n::text)), '0'), g.service_id,
                           g.service_version, g.applicant_id, g.team, g.state, g.answers::jsonb, g.submitted_at, g.submitted_at,
                           g.due_on, g.idempotency_key, g.fingerprint, g.on_behalf_of_email,
                           to_tsvector('simple', coalesce((select display_name || ' ' || email from accounts where id = g.applicant_id), '')
                                                 || ' ' || g.terms)
                    from given g order by g.position
                    on conflict (applicant_id, idempotency_key) do nothing
                    returning id, reference, applicant_id, state
                ), submitted as (
                    insert into case_events (case_id, actor_id, kind, to_state, visible_to_citizen, by_citizen)
                    select id, applicant_id, 'SUBMITTED', state, true, true from inserted
                )
                select id, reference from inserted""")
                .params(ids, prefixes, serviceIds, versions, applicants, teams, states, answers, submittedAt, dueOn, keys,
                        fingerprints, onBehalfOf, terms)
                .query((rs, row) -> Map.entry(rs.getObject("id", UUID.class), rs.getString("reference")))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return Arrays.stream(ids).map(references::get).toList();
    }

    Optional<StoredCase> byIdempotencyKey(UUID applicantId, String key) {
        return jdbc.sql(SELECT + " where applicant_id = ? and idempotency_key = ?").params(applicantId, key)
                .query(Cases::row).optional();
    }

    Optional<StoredCase> byId(UUID id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(Cases::row).optional();
    }

    List<StoredCase> byIds(Collection<UUID> ids) {
        return jdbc.sql(SELECT + " where id = any(?)").param(ids.toArray(UUID[]::new)).query(Cases::row).list();
    }

    Optional<StoredCase> byReference(String reference) {
        return jdbc.sql(SELECT + " where reference = upper(?)").param(reference.strip()).query(Cases::row).optional();
    }

    List<StoredCase> ofApplicant(UUID applicantId, int limit) {
        return jdbc.sql(SELECT + " where applicant_id = ? order by submitted_at desc limit ?").params(applicantId, limit)
                .query(Cases::row).list();
    }

    /** Cases the person made, and those a carer or representative made for them (by their verified email). */
    List<StoredCase> ofCitizen(UUID applicantId, String verifiedEmail, int limit) {
        if (verifiedEmail == null) {
            return ofApplicant(applicantId, limit);
        }
        return jdbc.sql("(" + SELECT + " where applicant_id = ? order by submitted_at desc limit ?) union all ("
                        + SELECT + " where on_behalf_of_email = lower(?) and applicant_id <> ? order by submitted_at desc limit ?)"
                        + " order by submitted_at desc limit ?")
                .params(applicantId, limit, verifiedEmail, applicantId, limit, limit)
                .query(Cases::row).list();
    }

    /**
     * Hands the case to someone (or nobody), if it is still held by whom the person saw holding
     * it: of two people claiming at once, one wins. Does not count as a change of the case's
     * version, so a decision being drafted is not invalidated by a colleague claiming the case.
     */
    boolean assign(UUID id, UUID expectedAssignee, UUID assignee) {
        return jdbc.sql("update cases set assignee_id = ? where id = ? and assignee_id is not distinct from ?")
                .params(assignee, id, expectedAssignee).update() == 1;
    }

    static StoredCase row(ResultSet rs, int n) throws SQLException {
        var due = rs.getObject("due_on", LocalDate.class);
        return new StoredCase(rs.getObject("id", UUID.class), rs.getString("reference"), rs.getString("service_id"),
                rs.getInt("service_version"), rs.getObject("applicant_id", UUID.class), rs.getString("team"),
                rs.getString("state"), rs.getString("answers"), rs.getTimestamp("submitted_at").toInstant(), due,
                rs.getString("idempotency_fingerprint"), rs.getInt("lock_version"), rs.getObject("assignee_id", UUID.class),
                rs.getString("on_behalf_of_email"));
    }

    /**
     * Moves the case to a state if it is still at the version the person saw; returns whether it
     * did. The version check and the update are one statement, so of two people acting at once
     * exactly one succeeds.
     */
    boolean moveTo(UUID id, int expectedVersion, String state, LocalDate dueOn, boolean open) {
        return jdbc.sql("""
                update cases set state = ?, due_on = ?, open = ?, state_entered_at = now(), lock_version = lock_version + 1
                where id = ? and lock_version = ?""")
                .params(state, dueOn, open, id, expectedVersion)
                .update() == 1;
    }

    record StoredCase(UUID id, String reference, String serviceId, int serviceVersion, UUID applicantId, String team,
                      String state, String answersJson, Instant submittedAt, LocalDate dueOn, String fingerprint,
                      int version, UUID assigneeId, String onBehalfOfEmail) {

        /** The same case with the reference the database gave it. */
        StoredCase numbered(String reference) {
            return new StoredCase(id, reference, serviceId, serviceVersion, applicantId, team, state, answersJson, submittedAt,
                    dueOn, fingerprint, version, assigneeId, onBehalfOfEmail);
        }
    }
}
