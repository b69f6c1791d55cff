package org.frontdoor.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.frontdoor.linkage.record.PersonField;
import org.frontdoor.linkage.record.PersonRecord;
import org.frontdoor.support.SystemTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The node's index against the database: what a rolled-back import added is forgotten, and the generation moves. */
@SystemTest
class MatchingIndexIntegrationTest {

    @Autowired
    Importing importing;
    @Autowired
    Sources sources;
    @Autowired
    MatchingIndex index;
    @Autowired
    MatchingState state;
    @Autowired
    Registry registry;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void recordsOfAnImportThatRolledBackAreNeverMatchedAndTheirGenerationsAreUsedAgain() {
        var source = source();
        var surname = uniqueName();
        long before = state.now().generation();

        transactions.executeWithoutResult(status -> {
            importing.importRecords(source, List.of(incoming("R1", surname)), "test");
            assertThat(candidates(surname)).as("seen by the import itself").extracting(c -> c.recordId())
                    .contains(registry.record(source, "R1").orElseThrow().id().toString());
            status.setRollbackOnly();
        });

        assertThat(candidates(surname)).isEmpty();
        assertThat(state.now().generation()).isEqualTo(before);
        var again = importing.importRecords(source, List.of(incoming("R1", surname)), "test");
        // Not linked to the record that never was (other tests' records may still send it to review).
        assertThat(again.linked()).isZero();
        assertThat(again.created() + again.sentToReview()).isEqualTo(1);
        assertThat(candidates(surname)).extracting(c -> c.recordId())
                .containsExactly(registry.record(source, "R1").orElseThrow().id().toString());
    }

    @Test
    void everyRecordAddedOrChangedRaisesTheGenerationOnce() {
        var source = source();
        var surname = uniqueName();
        long before = state.now().generation();

        importing.importRecords(source, List.of(incoming("G1", surname), incoming("G2", uniqueName())), "test");
        importing.importRecords(source, List.of(incoming("G1", surname)), "test"); // unchanged: no write
        importing.importRecords(source, List.of(incoming("G1", uniqueName())), "test"); // changed

        assertThat(state.now().generation()).isGreaterThanOrEqualTo(before + 3);
        var g1 = registry.changedAfter(before).stream().filter(c -> c.record().sourceRecordId().equals("G1")
                && c.record().sourceId().equals(source)).findFirst().orElseThrow();
        assertThat(g1.changedIn()).isGreaterThan(g1.addedIn());
    }

    /** Given name and surname both unique: the shipped model counts a different surname alone only -1.2 bits. */
    private List<org.frontdoor.linkage.realtime.MatchCandidate> candidates(String surname) {
        var query = new PersonRecord(UUID.randomUUID().toString(), Map.of(PersonField.GIVEN_NAME, surname + "a",
                PersonField.SURNAME, surname, PersonField.DATE_OF_BIRTH, "1959-09-19", PersonField.POSTCODE, "BS1 4DJ"));
        return index.candidates(query, Linking.AUTO_LINK).candidates();
    }

    private static Importing.IncomingRecord incoming(String id, String surname) {
        return new Importing.IncomingRecord(id, Map.of("given_name", surname + "a", "surname", surname, "date_of_birth", "1959-09-19",
                "postcode", "BS1 4DJ"), null);
    }

    private String source() {
        var id = "index-" + uniqueName().toLowerCase();
        sources.save(new Source(id, "Index " + id, Map.of()));
        return id;
    }

    private static String uniqueName() {
        var name = new StringBuilder("Y");
        for (int i = 0; i < 9; i++) {
            name.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return name.toString();
    }
}
