package org.frontdoor.cases.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.frontdoor.cases.WorklistQuery.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Worklist queries over the cases table, paged by key. Where a person works in several teams, each
 * team is read as its own branch in index order and the branches merged, so a page costs the same
 * at a million cases as at a thousand.
 */
@Repository
class CaseFinder {

    private final JdbcClient jdbc;

    CaseFinder(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * What to find; null means "any" throughout.
     *
     * @param teams       lowercase team names, or null for every team
     * @param unassigned  only cases nobody holds
     * @param dueBefore   only cases due on or before this day
     * @param answers     JSON the answers must contain
     * @param textQuery   a tsquery over the search terms
     */
    record Filter(List<String> teams, UUID assigneeId, boolean unassigned, LocalDate dueBefore, String serviceId, String state,
                  Instant submittedFrom, Instant submittedBefore, String answers, String textQuery, boolean includeClosed,
                  Sort sort, QueueCursor after, int limit) {
    }

    /** Cases as lists show them, without their answers ({@link Cases#LISTED}). */
    List<Cases.StoredCase> find(Filter filter) {
        var conditions = new ArrayList<String>();
        var params = new ArrayList<Object>();
        where(filter, conditions, params);
        var order = switch (filter.sort()) {
            case DUE -> " order by coalesce(due_on, 'infinity'::date), submitted_at, id limit ?";
            case NEWEST -> " order by submitted_at desc, id desc limit ?";
            case OLDEST -> " order by submitted_at, id limit ?";
        };
        // Words typed are matched first, through the search index, and the few matches then filtered
        // and sorted: left to itself the planner may instead walk a queue index in order and test
        // every case of the team against the words (seconds at a million cases).
        var text = filter.textQuery();
        var matchedFirst = text == null ? "" : "with matched as materialized (select * from cases where search_terms @@ to_tsquery('simple', ?)) ";
        var listed = text == null ? Cases.LISTED : Cases.LISTED.replace(" from cases", " from matched");
        var teams = filter.teams();
        if (teams == null || teams.size() == 1 || filter.assigneeId() != null) {
            if (teams != null && teams.size() == 1) {
                // Equality, not "= any" of a one-element array: PostgreSQL 15 reads an index in order
                // only for equality, and otherwise sorts the team's every open case for one page
                // (55 ms a page instead of 5 at a million cases).
                conditions.add("lower(team) = ?");
                params.add(teams.getFirst());
            } else if (teams != null) {
                conditions.add("lower(team) = any(?)");
                params.add(teams.toArray(String[]::new));
            }
            params.add(filter.limit());
            if (text != null) {
                params.addFirst(text);
            }
            return jdbc.sql(matchedFirst + listed + where(conditions) + order).params(params).query(Cases::row).list();
        }
        var branches = new ArrayList<String>();
        var all = new ArrayList<Object>();
        if (text != null) {
            all.add(text);
        }
        for (var team : teams) {
            branches.add("(" + listed + where(conditions) + " and lower(team) = ?" + order + ")");
            all.addAll(params);
            all.add(team);
            all.add(filter.limit());
        }
        all.add(filter.limit());
        return jdbc.sql(matchedFirst + "select * from (" + String.join(" union all ", branches) + ") merged" + order)
                .params(all).query(Cases::row).list();
    }

    private static String where(List<String> conditions) {
        return conditions.isEmpty() ? " where true" : " where " + String.join(" and ", conditions);
    }

    private static void where(Filter f, List<String> conditions, List<Object> params) {
        if (!f.includeClosed()) {
            conditions.add("open");
        }
        add(conditions, params, "assignee_id = ?", f.assigneeId());
        if (f.unassigned()) {
            conditions.add("assignee_id is null");
        }
        add(conditions, params, "due_on <= ?", f.dueBefore());
        add(conditions, params, "service_id = ?", f.serviceId());
        add(conditions, params, "state = ?", f.state());
        add(conditions, params, "submitted_at >= ?", f.submittedFrom() == null ? null : Timestamp.from(f.submittedFrom()));
        add(conditions, params, "submitted_at < ?", f.submittedBefore() == null ? null : Timestamp.from(f.submittedBefore()));
        add(conditions, params, "answers @> cast(? as jsonb)", f.answers());
        var after = f.after();
        if (after != null) {
            var submitted = Timestamp.from(after.submittedAt());
            switch (f.sort()) {
                case DUE -> {
                    conditions.add("(coalesce(due_on, 'infinity'::date), submitted_at, id) > (cast(? as date), ?, ?)");
                    params.addAll(List.of(after.dueKey(), submitted, after.id()));
                }
                case NEWEST -> {
                    conditions.add("(submitted_at, id) < (?, ?)");
                    params.addAll(List.of(submitted, after.id()));
                }
                case OLDEST -> {
                    conditions.add("(submitted_at, id) > (?, ?)");
                    params.addAll(List.of(submitted, after.id()));
                }
            }
        }
    }

    private static void add(List<String> conditions, List<Object> params, String condition, Object value) {
        if (value != null) {
            conditions.add(condition);
            params.add(value);
        }
    }
}
