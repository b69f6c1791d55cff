package org.frontdoor.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

class GroupCommitTest {

    /** Every group written, in order, and the thread that wrote it. */
    final List<List<String>> groups = new CopyOnWriteArrayList<>();
    final List<String> threads = new CopyOnWriteArrayList<>();
    /** Holds the first group's write until released, so that others gather behind it. */
    final CountDownLatch firstGroupHeld = new CountDownLatch(1);
    final CountDownLatch releaseFirstGroup = new CountDownLatch(1);
    GroupCommit<String, String> commit;

    @AfterEach
    void stop() {
        releaseFirstGroup.countDown();
        if (commit != null) {
            commit.stop();
        }
    }

    @Test
    void whatGathersWhileAGroupIsWrittenIsWrittenTogetherAndEachCallerGetsItsOwnResult() throws Exception {
        commit = started(1, 100, this::upperCase);
        var handedIn = handInBehindTheFirst("first", "a", "b", "c", "d", "e");
        releaseFirstGroup.countDown();

        assertThat(handedIn.getFirst().get(10, TimeUnit.SECONDS)).isEqualTo("FIRST");
        assertThat(handedIn.subList(1, 6)).extracting(result -> result.get(10, TimeUnit.SECONDS)).containsExactly("A", "B", "C", "D", "E");
        assertThat(groups).hasSize(2);
        assertThat(groups.get(1)).containsExactlyInAnyOrder("a", "b", "c", "d", "e");
        assertThat(threads).allMatch(name -> name.startsWith("test-writer-"));
        assertThat(commit.groups()).isEqualTo(2);
        assertThat(commit.written()).isEqualTo(6);
    }

    @Test
    void noGroupIsLargerThanTheMost() throws Exception {
        commit = started(1, 2, this::upperCase);
        var handedIn = handInBehindTheFirst("first", "a", "b", "c");
        releaseFirstGroup.countDown();

        for (var result : handedIn) {
            result.get(10, TimeUnit.SECONDS);
        }
        assertThat(groups).hasSize(3).allMatch(group -> group.size() <= 2);
    }

    @Test
    void aMemberThatCannotBeWrittenFailsAloneAndTheRestOfItsGroupIsWritten() throws Exception {
        commit = started(1, 100, items -> {
            if (items.contains("bad")) {
                throw new IllegalArgumentException("bad is refused");
            }
            return upperCase(items);
        });
        var handedIn = handInBehindTheFirst("first", "good", "bad", "also good");
        var good = handedIn.get(1);
        var bad = handedIn.get(2);
        var alsoGood = handedIn.get(3);
        releaseFirstGroup.countDown();

        handedIn.getFirst().get(10, TimeUnit.SECONDS);
        assertThat(good.get(10, TimeUnit.SECONDS)).isEqualTo("GOOD");
        assertThat(alsoGood.get(10, TimeUnit.SECONDS)).isEqualTo("ALSO GOOD");
        assertThatThrownBy(() -> bad.get(10, TimeUnit.SECONDS)).cause()
                .isInstanceOf(IllegalArgumentException.class).hasMessage("bad is refused");
        // The group failed as a whole, and each member was written again alone.
        assertThat(groups).containsExactly(List.of("first"), List.of("good", "bad", "also good"),
                List.of("good"), List.of("bad"), List.of("also good"));
        assertThat(commit.written()).isEqualTo(3);
    }

    @Test
    void whenTheDatabaseCannotBeReachedTheWholeGroupFailsAtOnceWithoutWritingEachAlone() throws Exception {
        commit = started(1, 100, items -> {
            if (groups.size() > 1) {
                throw new CannotGetJdbcConnectionException("Connection is not available, request timed out after 30000ms");
            }
            return upperCase(items);
        });
        var handedIn = handInBehindTheFirst("first", "a", "b", "c");
        releaseFirstGroup.countDown();

        handedIn.getFirst().get(10, TimeUnit.SECONDS);
        for (var result : handedIn.subList(1, 4)) {
            assertThatThrownBy(() -> result.get(10, TimeUnit.SECONDS)).cause().isInstanceOf(CannotGetJdbcConnectionException.class);
        }
        assertThat(groups).hasSize(2);
    }

    @Test
    void aWriteThatGivesTheWrongNumberOfResultsIsAnError() {
        releaseFirstGroup.countDown();
        commit = started(1, 100, items -> List.of());
        assertThatThrownBy(() -> commit.write("x")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("wrote 1 and gave 0 results");
    }

    @Test
    void whatFailsAfterTheCommitDoesNotWriteTheGroupAgain() {
        releaseFirstGroup.countDown();
        commit = new GroupCommit<>("test-writer", 1, 100, new TransactionTemplate(new NothingToCommit()), items -> {
            groups.add(List.copyOf(items));
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    throw new IllegalStateException("a listener after the commit failed");
                }
            });
            return upperCase(items);
        });
        commit.start();
        assertThat(commit.write("once")).isEqualTo("ONCE");
        assertThat(groups).containsExactly(List.of("once"));
    }

    /** Transactions with synchronisation and nothing behind them. */
    static final class NothingToCommit extends AbstractPlatformTransactionManager {
        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
        }
    }

    @Test
    void beforeTheWritersStartACallerWritesOnItsOwnThread() {
        commit = unstarted(1, 100, this::upperCase);
        assertThat(commit.write("alone")).isEqualTo("ALONE");
        assertThat(threads).containsExactly(Thread.currentThread().getName());
    }

    @Test
    void aCallerInATransactionWritesInIt() {
        commit = started(1, 100, this::upperCase);
        TransactionSynchronizationManager.setActualTransactionActive(true);
        try {
            assertThat(commit.write("mine")).isEqualTo("MINE");
        } finally {
            TransactionSynchronizationManager.setActualTransactionActive(false);
        }
        assertThat(threads).containsExactly(Thread.currentThread().getName());
    }

    @Test
    void stoppingWritesEverythingAlreadyHandedInAndLaterCallsWriteOnTheirOwnThreads() throws Exception {
        commit = started(1, 100, this::upperCase);
        var handedIn = handInBehindTheFirst("first", "waiting");
        var first = handedIn.getFirst();
        var waiting = handedIn.get(1);
        var stopped = CompletableFuture.runAsync(commit::stop);
        releaseFirstGroup.countDown();
        stopped.get(10, TimeUnit.SECONDS);

        assertThat(first.get(1, TimeUnit.SECONDS)).isEqualTo("FIRST");
        assertThat(waiting.get(1, TimeUnit.SECONDS)).isEqualTo("WAITING");
        assertThat(commit.isRunning()).isFalse();
        assertThat(commit.write("later")).isEqualTo("LATER");
        assertThat(threads.getLast()).isEqualTo(Thread.currentThread().getName());
    }

    private GroupCommit<String, String> started(int writers, int most, Function<List<String>, List<String>> write) {
        var started = unstarted(writers, most, write);
        started.start();
        return started;
    }

    /** Writes with {@code write}, recording each group and its thread, holding the first a writer takes. */
    private GroupCommit<String, String> unstarted(int writers, int most, Function<List<String>, List<String>> write) {
        return new GroupCommit<String, String>("test-writer", writers, most, TransactionOperations.withoutTransaction(), items -> {
            groups.add(List.copyOf(items));
            threads.add(Thread.currentThread().getName());
            if (groups.size() == 1 && Thread.currentThread().getName().startsWith("test-writer-")) {
                firstGroupHeld.countDown();
                try {
                    releaseFirstGroup.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return write.apply(items);
        });
    }

    private List<String> upperCase(List<String> items) {
        return items.stream().map(item -> item.toUpperCase(Locale.ROOT)).toList();
    }

    private CompletableFuture<String> handIn(String item) {
        var result = new CompletableFuture<String>();
        Thread.ofVirtual().start(() -> {
            try {
                result.complete(commit.write(item));
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    /**
     * Hands in the first item and, once a writer holds its group, the others one at a time, each
     * waiting before the next is handed in, so they wait in this order. The first group stays held
     * until {@link #releaseFirstGroup} counts down. Results in the same order, the first's first.
     */
    private List<CompletableFuture<String>> handInBehindTheFirst(String first, String... rest) throws InterruptedException {
        var handedIn = new ArrayList<CompletableFuture<String>>();
        handedIn.add(handIn(first));
        assertThat(firstGroupHeld.await(10, TimeUnit.SECONDS)).isTrue();
        for (var item : rest) {
            handedIn.add(handIn(item));
            awaitWaiting(handedIn.size() - 1);
        }
        return handedIn;
    }

    private void awaitWaiting(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (commit.waiting() < count && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(commit.waiting()).isEqualTo(count);
    }
}
