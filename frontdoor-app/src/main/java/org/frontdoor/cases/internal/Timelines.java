package org.frontdoor.cases.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.frontdoor.cases.CaseDetails.TimelineEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What happened to each case, in order. */
@Repository
class Timelines {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Timelines(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void transitioned(UUID caseId, UUID actorId, String from, String to, String transition, String text, boolean visibleToCitizen,
                      boolean byCitizen) {
        jdbc.sql("""
                insert into case_events (case_id, actor_id, kind, from_state, to_state, transition, text, visible_to_citizen, by_citizen)
                values (?, ?, 'TRANSITION', ?, ?, ?, ?, ?, ?)""")
                .params(caseId, actorId, from, to, transition, text, visibleToCitizen, byCitizen).update();
    }

    void wrote(UUID caseId, UUID actorId, String kind, String text, boolean visibleToCitizen, boolean byCitizen) {
        jdbc.sql("insert into case_events (case_id, actor_id, kind, text, visible_to_citizen, by_citizen) values (?, ?, ?, ?, ?, ?)")
                .params(caseId, actorId, kind, text, visibleToCitizen, byCitizen).update();
    }

    /**
     * The case and its timeline (internal notes left out for a citizen) in one round trip: a whole
     * case is the most frequent read, and every statement it saves is a round trip on every view.
     */
    Optional<CaseWithTimeline> caseWithTimeline(UUID caseId, boolean citizenView) {
        return jdbc.sql("select " + Cases.COLUMNS + """
                        , (select json_agg(json_build_array((extract(epoch from e.occurred_at) * 1000000)::bigint, e.kind,
                                   e.from_state, e.to_state, e.transition, e.text, e.visible_to_citizen, e.by_citizen) order by e.id)
                           from case_events e where e.case_id = cases.id and (e.visible_to_citizen or not ?))::text as timeline
                        from cases where id = ?""")
                .params(citizenView, caseId)
                .query((rs, n) -> new CaseWithTimeline(Cases.row(rs, n), entries(rs.getString("timeline"))))
                .optional();
    }

    private List<TimelineEntry> entries(String aggregated) {
        if (aggregated == null) {
            return List.of();
        }
        var entries = new ArrayList<TimelineEntry>();
        for (var e : json.readTree(aggregated)) {
            entries.add(new TimelineEntry(Instant.EPOCH.plus(e.get(0).asLong(), ChronoUnit.MICROS), text(e.get(1)), text(e.get(2)),
                    text(e.get(3)), text(e.get(4)), text(e.get(5)), e.get(6).asBoolean(), e.get(7).asBoolean()));
        }
        return entries;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asString();
    }

    record CaseWithTimeline(Cases.StoredCase stored, List<TimelineEntry> timeline) {
    }
}
