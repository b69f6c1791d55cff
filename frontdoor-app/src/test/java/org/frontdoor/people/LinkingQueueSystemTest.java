package org.frontdoor.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.frontdoor.identity.NewCitizen;
import org.frontdoor.identity.Registration;
import org.frontdoor.support.People;
import org.frontdoor.support.SystemTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The queue of cases waiting for their applicant to be linked (ADR 31), against the real database:
 * a case that cannot be linked fails alone, keeps its row and its error, and is linked once tried
 * again; the rest of its batch is linked.
 */
@SystemTest
class LinkingQueueSystemTest {

    @Autowired
    Registration registration;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aCaseThatCannotBeLinkedFailsAloneKeepsItsErrorAndIsLinkedWhenTriedAgain() throws Exception {
        var run = UUID.randomUUID().toString().substring(0, 8);
        var good = new UUID[] {UUID.randomUUID(), UUID.randomUUID()};
        var bad = UUID.randomUUID();
        // A fault in the registry's own table, for this test's one case only.
        jdbc.sql("""
                create or replace function people_cases_refuse_%1$s() returns trigger language plpgsql as $f$
                begin
                    if new.reference = 'QT-FAIL-%1$s' then raise exception 'linking refused for the test'; end if;
                    return new;
                end $f$""".formatted(run)).update();
        jdbc.sql("create trigger people_cases_refuse_%1$s before insert on people_cases for each row execute function people_cases_refuse_%1$s()"
                .formatted(run)).update();
        try {
            // Three rows in one statement, so that a worker takes them together, as one batch.
            jdbc.sql("""
                    insert into people_linking_queue (case_id, reference, service_id, team, applicant_id) values
                        (?, 'QT-OK1-%1$s', 'help-abroad', 'Consular assistance', ?),
                        (?, 'QT-FAIL-%1$s', 'help-abroad', 'Consular assistance', ?),
                        (?, 'QT-OK2-%1$s', 'help-abroad', 'Consular assistance', ?)""".formatted(run))
                    .params(good[0], citizen(), bad, citizen(), good[1], citizen()).update();

            awaitTrue(() -> linked(good[0]) && linked(good[1]) && attempts(bad) >= 1);
            assertThat(queued(good[0]) || queued(good[1])).as("linked cases leave the queue").isFalse();
            assertThat(linked(bad)).isFalse();
            var failed = jdbc.sql("select last_error, not_before > now() + interval '20 seconds' as later from people_linking_queue where case_id = ?")
                    .param(bad).query().singleRow();
            assertThat((String) failed.get("last_error")).contains("linking refused for the test");
            assertThat(failed.get("later")).as("tried again later, not at once").isEqualTo(true);
        } finally {
            jdbc.sql("drop trigger people_cases_refuse_%1$s on people_cases".formatted(run)).update();
            jdbc.sql("drop function people_cases_refuse_%1$s()".formatted(run)).update();
        }

        // Once due again (as if its pause were over), the fault gone, it is linked like the others.
        jdbc.sql("update people_linking_queue set not_before = now() where case_id = ?").param(bad).update();
        awaitTrue(() -> linked(bad) && !queued(bad));
    }

    @Test
    void aBatchOfKnownNewAndRepeatedApplicantsLinksEachToOneRecordAndPerson() throws Exception {
        var run = UUID.randomUUID().toString().substring(0, 8);
        var known = citizen();
        var earlier = UUID.randomUUID();
        queue(earlier, "QB-E-" + run, known);
        awaitTrue(() -> linked(earlier));

        var fresh = citizen();
        var other = citizen();
        var cases = new UUID[] {UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()};
        // One statement, so one worker takes them as one batch: the known applicant first (no lock
        // needed), then a new one twice and another new one (the lock is taken at the second row).
        jdbc.sql("""
                insert into people_linking_queue (case_id, reference, service_id, team, applicant_id) values
                    (?, 'QB-1-%1$s', 'help-abroad', 'Consular assistance', ?),
                    (?, 'QB-2-%1$s', 'help-abroad', 'Consular assistance', ?),
                    (?, 'QB-3-%1$s', 'help-abroad', 'Consular assistance', ?),
                    (?, 'QB-4-%1$s', 'help-abroad', 'Consular assistance', ?)""".formatted(run))
                .params(cases[0], known, cases[1], fresh, cases[2], fresh, cases[3], other).update();
        awaitTrue(() -> linked(cases[0]) && linked(cases[1]) && linked(cases[2]) && linked(cases[3]));

        assertThat(recordOf(cases[0])).isEqualTo(recordOf(earlier));
        assertThat(recordOf(cases[1])).isEqualTo(recordOf(cases[2])).isNotEqualTo(recordOf(cases[3]));
        assertThat(jdbc.sql("select count(*) from people_records where source_id = 'frontdoor' and source_record_id in (?, ?, ?)")
                .params(known.toString(), fresh.toString(), other.toString()).query(Integer.class).single())
                .as("one record per applicant").isEqualTo(3);
    }

    private void queue(UUID caseId, String reference, UUID applicant) {
        jdbc.sql("insert into people_linking_queue (case_id, reference, service_id, team, applicant_id) values (?, ?, 'help-abroad', 'Consular assistance', ?)")
                .params(caseId, reference, applicant).update();
    }

    private UUID recordOf(UUID caseId) {
        return jdbc.sql("select record_id from people_cases where case_id = ?").param(caseId).query(UUID.class).single();
    }

    private UUID citizen() {
        return registration.register(new NewCitizen("Queue " + RegistryClient.uniqueSurname(), People.uniqueEmail("queue"),
                People.GOOD_PASSWORD, People.GOOD_PASSWORD));
    }

    private boolean linked(UUID caseId) {
        return jdbc.sql("select count(*) from people_cases where case_id = ?").param(caseId).query(Integer.class).single() == 1;
    }

    private boolean queued(UUID caseId) {
        return jdbc.sql("select count(*) from people_linking_queue where case_id = ?").param(caseId).query(Integer.class).single() == 1;
    }

    private int attempts(UUID caseId) {
        return jdbc.sql("select coalesce(max(attempts), 0) from people_linking_queue where case_id = ?").param(caseId)
                .query(Integer.class).single();
    }

    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        var deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.getAsBoolean() && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(condition.getAsBoolean()).isTrue();
    }
}
