package org.frontdoor.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.frontdoor.support.SystemTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The indexes on cases that V24 narrowed still serve the queries they are for: PostgreSQL uses a
 * partial index only where it can prove the query's rows satisfy its predicate, and a prepared
 * statement's generic plan must prove it from a parameter.
 */
@SystemTest
class CaseIndexesIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    @Transactional
    void myCasesUseTheAssigneeIndexThoughItLeavesOutUnassignedCases() {
        jdbc.sql("set local enable_seqscan = off").update();
        jdbc.sql("set local plan_cache_mode = force_generic_plan").update();
        jdbc.sql("""
                prepare mine(uuid, int) as select id from cases where open and assignee_id = $1
                order by coalesce(due_on, 'infinity'::date), submitted_at, id limit $2""").update();
        try {
            var plan = String.join("\n", jdbc.sql("explain execute mine('" + UUID.randomUUID() + "', 50)").query(String.class).list());
            // An index scan in order or a bitmap scan and a sort, as the table's statistics make
            // cheaper: either way through the partial index, which the planner could not use at
            // all without proving the predicate.
            assertThat(plan).containsPattern("(Index Scan using|Bitmap Index Scan on) cases_assignee");
        } finally {
            jdbc.sql("deallocate mine").update();
        }
    }

    @Test
    void theIndexesNoQueryUsedAreGone() {
        var indexes = jdbc.sql("select indexname from pg_indexes where tablename = 'cases' and schemaname = current_schema()")
                .query(String.class).list();
        assertThat(indexes).doesNotContain("cases_team_state", "cases_service_state").contains("cases_assignee", "cases_worklist");
    }
}
