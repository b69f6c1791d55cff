package org.frontdoor.people.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The one row every node's index follows: the generation of the last record added or changed, and
 * the version of the linkage model to match with. Reading it is one primary-key lookup, cheap enough
 * to do every second on every node.
 */
@Repository
class MatchingState {

    /** What an index must reflect to be current. */
    record Now(long generation, int modelVersion) {
    }

    private final JdbcClient jdbc;

    MatchingState(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Now now() {
        return jdbc.sql("select generation, model_version from people_matching")
                .query((rs, n) -> new Now(rs.getLong(1), rs.getInt(2))).single();
    }

    /** Every node matches with this model from its next check on. */
    void useModel(int version) {
        jdbc.sql("update people_matching set model_version = ?").params(version).update();
    }
}
