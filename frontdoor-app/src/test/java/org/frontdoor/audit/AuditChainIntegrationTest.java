package org.frontdoor.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.frontdoor.support.SystemTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit chain on the real database. Tests that tamper restore the row afterwards, so the
 * chain is intact again for the tests that follow (the database shares one chain).
 */
@SystemTest
class AuditChainIntegrationTest {

    private static final AuditActor TESTER = new AuditActor() {
        public String auditActorId() {
            return "test-actor";
        }

        public String auditActorName() {
            return "Audit test";
        }
    };

    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void sealedEntriesFormAnIntactChain() {
        var subject = UUID.randomUUID().toString();
        record(subject, "VIEWED");
        record(subject, "CHANGED");
        audit.sealPending();

        var verification = audit.verify();
        assertThat(verification.intact()).isTrue();
        assertThat(verification.problem()).isNull();
        assertThat(audit.about("TEST_RECORD", subject, 10)).hasSize(2)
                .allSatisfy(entry -> assertThat(entry.hash()).hasSize(64));
    }

    @Test
    void detectsAnEntryChangedAfterSealingAndNamesTheFirstBrokenLink() {
        var subject = UUID.randomUUID().toString();
        record(subject, "VIEWED");
        audit.sealPending();
        var entry = audit.about("TEST_RECORD", subject, 1).getFirst();

        tamper(() -> jdbc.sql("update audit_log set purpose = 'Nothing to see' where id = ?").param(entry.id()).update());
        try {
            var verification = audit.verify();
            assertThat(verification.intact()).isFalse();
            assertThat(verification.firstBrokenSeq()).isEqualTo(entry.chainSeq());
            assertThat(verification.firstBrokenId()).isEqualTo(entry.id());
            assertThat(verification.problem()).contains("changed after it was sealed");
        } finally {
            tamper(() -> jdbc.sql("update audit_log set purpose = ? where id = ?").params(entry.purpose(), entry.id()).update());
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void detectsARemovedEntry() {
        var subject = UUID.randomUUID().toString();
        record(subject, "VIEWED");
        record(subject, "VIEWED");
        audit.sealPending();
        var entries = audit.about("TEST_RECORD", subject, 2);
        var removed = entries.getLast();
        var saved = jdbc.sql("select * from audit_log where id = ?").param(removed.id()).query().singleRow();

        tamper(() -> jdbc.sql("delete from audit_log where id = ?").param(removed.id()).update());
        try {
            var verification = audit.verify();
            assertThat(verification.intact()).isFalse();
            assertThat(verification.firstBrokenSeq()).isEqualTo(removed.chainSeq());
            assertThat(verification.problem()).contains("missing");
        } finally {
            tamper(() -> jdbc.sql("""
                    insert into audit_log (id, occurred_at, actor_id, actor_name, action, subject_type, subject_id, purpose,
                                           details, request_id, written_in)
                    overriding system value values (:id, :occurred_at, :actor_id, :actor_name, :action, :subject_type,
                    :subject_id, :purpose, :details, :request_id, :written_in)""").params(saved).update());
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void detectsARemovedSeal() {
        var subject = UUID.randomUUID().toString();
        record(subject, "VIEWED");
        record(subject, "VIEWED");
        audit.sealPending();
        var removed = audit.about("TEST_RECORD", subject, 2).getLast();
        var saved = jdbc.sql("select * from audit_seals where entry_id = ?").param(removed.id()).query().singleRow();

        tamper(() -> jdbc.sql("delete from audit_seals where entry_id = ?").param(removed.id()).update());
        try {
            var verification = audit.verify();
            assertThat(verification.intact()).isFalse();
            assertThat(verification.firstBrokenSeq()).isEqualTo(removed.chainSeq());
            assertThat(verification.problem()).isEqualTo("Entry " + removed.chainSeq() + " of the chain is missing.");
        } finally {
            tamper(() -> jdbc.sql("""
                    insert into audit_seals (chain_seq, entry_id, previous_hash, hash)
                    values (:chain_seq, :entry_id, :previous_hash, :hash)""").params(saved).update());
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void anEntryOfATransactionThatCommitsAfterASealingRoundIsSealedByALaterRound() throws Exception {
        var subject = UUID.randomUUID().toString();
        var written = new CountDownLatch(1);
        var commit = new CountDownLatch(1);
        try (var pool = Executors.newSingleThreadExecutor()) {
            var longTransaction = pool.submit(() -> transactions.executeWithoutResult(status -> {
                record(subject, "WRITTEN_EARLY");
                written.countDown();
                await(commit);
            }));
            await(written);
            record(subject, "WRITTEN_LATER");
            audit.sealPending();
            assertThat(audit.about("TEST_RECORD", subject, 10)).singleElement()
                    .satisfies(entry -> assertThat(entry.chainSeq()).isNotNull());

            commit.countDown();
            longTransaction.get();
        }
        audit.sealPending();
        assertThat(audit.about("TEST_RECORD", subject, 10)).hasSize(2)
                .allSatisfy(entry -> assertThat(entry.chainSeq()).isNotNull());
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void theDatabaseRefusesToEditOrDeleteEntries() {
        var subject = UUID.randomUUID().toString();
        record(subject, "VIEWED");
        var id = audit.about("TEST_RECORD", subject, 1).getFirst().id();
        assertThatThrownBy(() -> jdbc.sql("update audit_log set purpose = 'x' where id = ?").param(id).update())
                .hasMessageContaining("audit_log is append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_log where id = ?").param(id).update())
                .hasMessageContaining("audit_log is append-only");
        audit.sealPending();
        assertThatThrownBy(() -> jdbc.sql("update audit_seals set hash = 'x' where entry_id = ?").param(id).update())
                .hasMessageContaining("audit_seals is append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_seals where entry_id = ?").param(id).update())
                .hasMessageContaining("audit_seals is append-only");
    }

    @Test
    void concurrentWritersAllEndUpInOneIntactChain() throws Exception {
        var subject = UUID.randomUUID().toString();
        var tasks = new ArrayList<Callable<Object>>();
        for (int i = 0; i < 8; i++) {
            tasks.add(() -> {
                for (int n = 0; n < 25; n++) {
                    record(subject, "VIEWED");
                    if (n % 10 == 0) {
                        audit.sealPending();
                    }
                }
                return null;
            });
        }
        try (var pool = Executors.newFixedThreadPool(8)) {
            for (var future : pool.invokeAll(tasks)) {
                future.get();
            }
        }
        audit.sealPending();
        assertThat(audit.about("TEST_RECORD", subject, 500)).hasSize(200).allSatisfy(e -> assertThat(e.chainSeq()).isNotNull());
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void aRoundOfSeveralBatchesSealsEveryEntryOnce() {
        var subject = UUID.randomUUID().toString();
        audit.sealPending();
        var events = java.util.stream.IntStream.range(0, 2_500)
                .mapToObj(n -> AuditEvent.change("VIEWED", "TEST_RECORD", subject, "Testing the audit chain", Map.of("n", n)))
                .toList();
        transactions.executeWithoutResult(status -> audit.recordAll(events));

        // The scheduled sealer may take some of the batches between the commit and this call: the
        // entries are sealed either way, each once, and the chain stays whole.
        audit.sealPending();
        var entries = audit.about("TEST_RECORD", subject, 3_000);
        assertThat(entries).hasSize(2_500).allSatisfy(entry -> assertThat(entry.chainSeq()).isNotNull());
        assertThat(entries).extracting(entry -> entry.chainSeq()).doesNotHaveDuplicates();
        assertThat(audit.verify().intact()).isTrue();
    }

    private void record(String subject, String action) {
        audit.record(TESTER, AuditEvent.change(action, "TEST_RECORD", subject, "Testing the audit chain", Map.of("n", 1)));
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What an attacker with database access would do: switch off the guards, change the rows. */
    private void tamper(Runnable change) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("alter table audit_log disable trigger audit_log_append_only").update();
            jdbc.sql("alter table audit_seals disable trigger audit_seals_append_only").update();
            change.run();
            jdbc.sql("alter table audit_log enable trigger audit_log_append_only").update();
            jdbc.sql("alter table audit_seals enable trigger audit_seals_append_only").update();
        });
    }
}
