package org.frontdoor.diligence.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.frontdoor.diligence.CheckResult;
import org.frontdoor.diligence.DiligenceReport;
import org.frontdoor.diligence.RiskRating;
import org.frontdoor.screening.ScreeningQuery;
import org.frontdoor.screening.names.Schema;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The diligence tables: reports, results (one per check per case) and overrides. */
@Repository
class StoredReports {

    private static final TypeReference<List<CheckResult.Evidence>> EVIDENCE = new TypeReference<>() { };

    private static final TypeReference<Map<String, Object>> FACTS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Ratings ratings;

    StoredReports(JdbcClient jdbc, JsonMapper json, Ratings ratings) {
        this.jdbc = jdbc;
        this.json = json;
        this.ratings = ratings;
    }

    /**
     * A report row for the case if there is none yet (a redelivered event finds it there), with the
     * applicant's facts the rating rules read.
     */
    void open(UUID caseId, String reference, String serviceId, String team, UUID applicantId, List<String> checks,
              Map<String, Object> facts) {
        jdbc.sql("""
                insert into diligence_reports (case_id, reference, service_id, team, applicant_id, expected_checks, facts)
                values (?, ?, ?, ?, ?, ?, ?::jsonb) on conflict (case_id) do nothing""")
                .params(caseId, reference, serviceId, team, applicantId, checks.toArray(String[]::new),
                        json.writeValueAsString(facts)).update();
    }

    /** Every screened name, one case after another, handed to {@code each} without holding them all. */
    void eachScreenedName(java.util.function.BiConsumer<UUID, ScreeningQuery> each) {
        jdbc.sql("select case_id, name, schema, birth_date, nationality from diligence_screened_names")
                .query((org.springframework.jdbc.core.RowCallbackHandler) rs -> each.accept(rs.getObject("case_id", UUID.class),
                        new ScreeningQuery(rs.getString("name"), Schema.valueOf(rs.getString("schema")),
                                rs.getString("birth_date"), rs.getString("nationality"))));
    }

    /** Cases whose result of {@code check} is not a pass: their hits may have changed with the lists. */
    List<Stale> notPassed(String check) {
        return jdbc.sql("""
                select r.case_id, r.service_id from diligence_results d join diligence_reports r on r.case_id = d.case_id
                where d.check_name = ? and d.outcome <> 'PASS'""")
                .param(check)
                .query((rs, n) -> new Stale(rs.getObject("case_id", UUID.class), rs.getString("service_id"))).list();
    }

    Optional<CheckResult.Outcome> outcome(UUID caseId, String check) {
        return jdbc.sql("select outcome from diligence_results where case_id = ? and check_name = ?").params(caseId, check)
                .query(String.class).optional().map(CheckResult.Outcome::valueOf);
    }

    Optional<String> serviceOf(UUID caseId) {
        return jdbc.sql("select service_id from diligence_reports where case_id = ?").param(caseId).query(String.class).optional();
    }

    /** Marks the report as needing a person's attention again, saying why. */
    void alert(UUID caseId, String why) {
        jdbc.sql("update diligence_reports set alert = ?, alerted_at = clock_timestamp() where case_id = ?").params(why, caseId).update();
    }

    /**
     * Claims the work of a list version for this node: true for exactly one node per fingerprint,
     * the one that then screens the checked cases against what changed.
     */
    boolean claimListVersion(String fingerprint, int entries, String sources, int added, int changed, int removed) {
        return jdbc.sql("""
                insert into diligence_list_versions (fingerprint, entries, sources, added, changed, removed)
                values (?, ?, ?, ?, ?, ?) on conflict (fingerprint) do nothing""")
                .params(fingerprint, entries, sources, added, changed, removed).update() == 1;
    }

    void listVersionScreened(String fingerprint, int cases, int newHits) {
        jdbc.sql("update diligence_list_versions set screened_cases = ?, new_hits = ?, rescreened_at = clock_timestamp() where fingerprint = ?")
                .params(cases, newHits, fingerprint).update();
    }

    private static String[] column(List<CheckResult> results, java.util.function.Function<CheckResult, String> value) {
        return results.stream().map(value).toArray(String[]::new);
    }

    /**
     * Stores the results of one run of checks on a case, each replacing the case's earlier result of
     * its check; with the names the case was screened under when the sanctions check ran (replacing
     * the earlier ones, so list updates screen what was last asked); and marks the report complete
     * when asked. One statement, so it is atomic without a transaction and costs one round trip.
     */
    void record(UUID caseId, List<CheckResult> results, List<ScreeningQuery> screenedNames, boolean complete) {
        List<ScreeningQuery> names = screenedNames == null ? List.of() : screenedNames;
        jdbc.sql("""
                with results as (
                    insert into diligence_results (case_id, check_name, outcome, summary, evidence, source, checked_at)
                    select ?, r.check_name, r.outcome, r.summary, r.evidence::jsonb, r.source, r.checked_at::timestamptz
                    from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                         as r(check_name, outcome, summary, evidence, source, checked_at)
                    on conflict (case_id, check_name) do update set outcome = excluded.outcome, summary = excluded.summary,
                        evidence = excluded.evidence, source = excluded.source, checked_at = excluded.checked_at),
                given as (
                    select distinct on (q.schema, q.name) q.name, q.schema, q.birth_date, q.nationality
                    from unnest(?::text[], ?::text[], ?::text[], ?::text[]) as q(name, schema, birth_date, nationality)),
                names as (
                    insert into diligence_screened_names (case_id, name, schema, birth_date, nationality)
                    select ?, g.name, g.schema, g.birth_date, g.nationality from given g
                    on conflict (case_id, schema, name) do update set birth_date = excluded.birth_date,
                        nationality = excluded.nationality),
                -- Rows of names no longer asked; never the rows upserted above, so no row is changed twice.
                stale as (
                    delete from diligence_screened_names s where ? and s.case_id = ?
                    and not exists (select 1 from given g where g.name = s.name and g.schema = s.schema))
                update diligence_reports set completed_at = clock_timestamp() where ? and case_id = ?""")
                .params(caseId, column(results, CheckResult::check), column(results, r -> r.outcome().name()),
                        column(results, CheckResult::summary), column(results, r -> json.writeValueAsString(r.evidence())),
                        column(results, CheckResult::source), column(results, r -> r.checkedAt().toString()),
                        names.stream().map(ScreeningQuery::name).toArray(String[]::new),
                        names.stream().map(q -> q.schema().name()).toArray(String[]::new),
                        names.stream().map(ScreeningQuery::birthDate).toArray(String[]::new),
                        names.stream().map(ScreeningQuery::country).toArray(String[]::new),
                        caseId, screenedNames != null, caseId, complete, caseId)
                .update();
    }

    /** Marks the report as running its checks again. */
    void reopen(UUID caseId) {
        jdbc.sql("update diligence_reports set completed_at = null where case_id = ?").param(caseId).update();
    }

    void complete(UUID caseId) {
        jdbc.sql("update diligence_reports set completed_at = clock_timestamp() where case_id = ?").param(caseId).update();
    }

    void override(UUID caseId, RiskRating.Rating rating, String reason, UUID byId, String byName) {
        jdbc.sql("insert into diligence_overrides (case_id, rating, reason, by_id, by_name) values (?, ?, ?, ?, ?)")
                .params(caseId, rating.name(), reason, byId, byName).update();
    }

    /** Cases whose result of {@code check} is a referral with a summary starting so. */
    List<Stale> referred(String check, String summaryPrefix) {
        return jdbc.sql("""
                select r.case_id, r.service_id from diligence_results d join diligence_reports r on r.case_id = d.case_id
                where d.check_name = ? and d.outcome = 'REFER' and starts_with(d.summary, ?)""")
                .params(check, summaryPrefix)
                .query((rs, n) -> new Stale(rs.getObject("case_id", UUID.class), rs.getString("service_id"))).list();
    }

    record Stale(UUID caseId, String serviceId) {
    }

    /** The case's team, for access checks, if it has a report. */
    Optional<String> teamOf(UUID caseId) {
        return jdbc.sql("select team from diligence_reports where case_id = ?").param(caseId).query(String.class).optional();
    }

    Optional<DiligenceReport> find(UUID caseId) {
        return jdbc.sql("select * from diligence_reports where case_id = ?").param(caseId)
                .query((rs, n) -> report(rs)).optional();
    }

    private DiligenceReport report(ResultSet rs) throws SQLException {
        UUID caseId = rs.getObject("case_id", UUID.class);
        List<CheckResult> results = jdbc.sql("select * from diligence_results where case_id = ? order by check_name")
                .param(caseId).query((r, n) -> result(r)).list();
        var override = jdbc.sql("select * from diligence_overrides where case_id = ? order by id desc limit 1")
                .param(caseId).query((r, n) -> new DiligenceReport.Override(RiskRating.Rating.valueOf(r.getString("rating")),
                        r.getString("reason"), r.getObject("by_id", UUID.class), r.getString("by_name"),
                        r.getTimestamp("created_at").toInstant())).optional().orElse(null);
        Array checks = rs.getArray("expected_checks");
        Timestamp completed = rs.getTimestamp("completed_at");
        Timestamp alerted = rs.getTimestamp("alerted_at");
        String serviceId = rs.getString("service_id");
        var rating = ratings.rate(serviceId, results, json.readValue(rs.getString("facts"), FACTS));
        return new DiligenceReport(caseId, rs.getString("reference"), serviceId,
                Arrays.asList((String[]) checks.getArray()), results, rating, override,
                completed == null ? null : completed.toInstant(),
                alerted == null ? null : new DiligenceReport.Alert(rs.getString("alert"), alerted.toInstant()));
    }

    private CheckResult result(ResultSet r) throws SQLException {
        return new CheckResult(r.getString("check_name"), CheckResult.Outcome.valueOf(r.getString("outcome")),
                r.getString("summary"), json.readValue(r.getString("evidence"), EVIDENCE), r.getString("source"),
                r.getTimestamp("checked_at").toInstant());
    }

    static Instant now() {
        return Instant.now();
    }
}
