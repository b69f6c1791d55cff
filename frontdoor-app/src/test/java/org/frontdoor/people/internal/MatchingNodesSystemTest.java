package org.frontdoor.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import org.frontdoor.FrontdoorApplication;
import org.frontdoor.identity.AccountDetails;
import org.frontdoor.identity.AccountKind;
import org.frontdoor.identity.Role;
import org.frontdoor.identity.SignedInAccount;
import org.frontdoor.linkage.record.PersonField;
import org.frontdoor.linkage.record.PersonRecord;
import org.frontdoor.support.Eventually;
import org.frontdoor.support.People;
import org.frontdoor.support.SystemTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two nodes on one database: records added or changed on one node, and a retrained model chosen there,
 * reach the other node's in-memory index within a few seconds, with no write on that node; and a record
 * sent to the other node links to a person the first node made.
 */
@SystemTest
class MatchingNodesSystemTest {

    private static final Duration PICK_UP = Duration.ofSeconds(10);

    @Autowired
    Importing importing;
    @Autowired
    Sources sources;
    @Autowired
    Reviewing reviewing;
    @Autowired
    Retraining retraining;
    @Autowired
    MatchingState state;
    @Autowired
    Registry registry;
    @Autowired
    AccountDetails accounts;

    @Test
    void theOtherNodeFollowsRecordsAndTheModelChosenOnThisOne() {
        var surname = uniqueName();
        var renamed = uniqueName();
        var first = source();
        var second = source();
        try (ConfigurableApplicationContext otherNode = new SpringApplicationBuilder(FrontdoorApplication.class)
                .run("--server.port=0", "--frontdoor.demo.enabled=false")) {
            var otherIndex = otherNode.getBean(MatchingIndex.class);
            var otherImporting = otherNode.getBean(Importing.class);
            otherIndex.catchUp(); // built before the changes below, so only following can show them

            importing.importRecords(first, List.of(incoming("F1", surname)), "test: node one");
            var f1 = registry.record(first, "F1").orElseThrow().id().toString();
            eventually(() -> bestMatch(otherIndex, surname).equals(f1));

            // New values of the record on this node: the other node matches it on them only.
            importing.importRecords(first, List.of(incoming("F1", renamed)), "test: node one");
            eventually(() -> bestMatch(otherIndex, renamed).equals(f1));
            assertThat(bestMatch(otherIndex, surname)).as("the old values are gone").isEmpty();

            // A record sent to the other node joins the person this node made.
            var report = otherImporting.importRecords(second, List.of(incoming("S1", renamed)), "test: node two");
            assertThat(report.linked()).isEqualTo(1);
            assertThat(registry.record(second, "S1").orElseThrow().personId())
                    .isEqualTo(registry.record(first, "F1").orElseThrow().personId());

            // A model retrained here is used there.
            int before = state.now().modelVersion();
            var a = uniqueName();
            importing.importRecords(first, List.of(incoming("M1", a)), "test: node one");
            importing.importRecords(second, List.of(new Importing.IncomingRecord("M2", Map.of("given_name", given(a),
                    "surname", a), null)), "test: node one");
            var m1 = registry.record(first, "M1").orElseThrow().personId();
            var m2 = registry.record(second, "M2").orElseThrow().personId();
            if (!m1.equals(m2)) {
                reviewing.merge(m1, m2, "test: a reviewer");
            }
            try {
                int retrained = retraining.retrain(admin()).version();
                eventually(() -> otherIndex.modelVersion() == retrained);
                var linked = otherImporting.importRecords(second, List.of(incoming("S2", renamed)), "test: node two");
                assertThat(linked.linked()).isEqualTo(1);
                assertThat(registry.record(second, "S2").orElseThrow().explanation().modelVersion()).isEqualTo(retrained);
            } finally {
                retraining.use(admin(), before);
            }
            eventually(() -> otherIndex.modelVersion() == before);
        }
    }

    /**
     * Every value derived from the name, unique per test: the shipped model counts a different surname
     * alone only -1.2 bits, so records sharing a given name, birth date and postcode would link.
     */
    private static Importing.IncomingRecord incoming(String id, String surname) {
        return new Importing.IncomingRecord(id, Map.of("given_name", given(surname), "surname", surname,
                "date_of_birth", dateOfBirth(surname), "postcode", postcode(surname), "email", surname.toLowerCase() + "@mail.example"), null);
    }

    private static String given(String surname) {
        return new StringBuilder(surname).reverse().toString();
    }

    private static String dateOfBirth(String surname) {
        int h = Math.abs(surname.hashCode());
        return "%d-%02d-%02d".formatted(1930 + h % 70, 1 + h % 12, 1 + h % 28);
    }

    private static String postcode(String surname) {
        return "S" + (1 + Math.abs(surname.hashCode()) % 90) + " 2HE";
    }

    /** The record this node's index finds for an exact query, or "" when none is sure enough to link. */
    private static String bestMatch(MatchingIndex index, String surname) {
        var query = new PersonRecord(UUID.randomUUID().toString(), Map.of(PersonField.GIVEN_NAME, given(surname),
                PersonField.SURNAME, surname, PersonField.DATE_OF_BIRTH, dateOfBirth(surname), PersonField.POSTCODE, postcode(surname),
                PersonField.EMAIL, surname.toLowerCase() + "@mail.example"));
        var found = index.candidates(query, Linking.AUTO_LINK).candidates();
        return found.isEmpty() ? "" : found.getFirst().recordId();
    }

    private String source() {
        var id = "nodes-" + uniqueName().toLowerCase();
        sources.save(new Source(id, "Nodes " + id, Map.of()));
        return id;
    }

    private SignedInAccount admin() {
        return new SignedInAccount(accounts.idByEmail(People.ADMIN).orElseThrow(), People.ADMIN, People.ADMIN, AccountKind.STAFF,
                EnumSet.of(Role.ADMIN), Set.of(), true, null);
    }

    private static String uniqueName() {
        var name = new StringBuilder("Z");
        for (int i = 0; i < 9; i++) {
            name.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return name.toString();
    }

    /** The other node sees it within {@link #PICK_UP}. */
    private static void eventually(BooleanSupplier condition) {
        Eventually.until(condition, PICK_UP, "picked up by the other node");
    }
}
