package org.frontdoor.cases.internal;

import java.util.List;
import java.util.UUID;
import org.frontdoor.cases.CaseDetails.TimelineEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What happened to each case, in order. */
@Repository
class Timelines {

    private final JdbcClient jdbc;

    Timelines(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void submitted(UUID caseId, UUID actorId, String state) {
        jdbc.sql("insert into case_events (case_id, actor_id, kind, to_state, visible_to_citizen, by_citizen) values (?, ?, 'SUBMITTED', ?, true, true)")
                .params(caseId, actorId, state).update();
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

    List<TimelineEntry> of(UUID caseId, boolean citizenView) {
        return jdbc.sql("""
                select occurred_at, kind, from_state, to_state, transition, text, visible_to_citizen, by_citizen
                from case_events where case_id = ? and (visible_to_citizen or not ?) order by id""")
                .params(caseId, citizenView)
                .query((rs, n) -> new TimelineEntry(rs.getTimestamp("occurred_at").toInstant(), rs.getString("kind"),
                        rs.getString("from_state"), rs.getString("to_state"), rs.getString("transition"),
                        rs.getString("text"), rs.getBoolean("visible_to_citizen"),
                        rs.getBoolean("by_citizen")))
                .list();
    }
}
