package org.frontdoor.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BatchesTest {

    @Test
    void pieceArrivingAloneIsDoneAtOnceAndTheCallerReturnsAfterIt() {
        var done = new CopyOnWriteArrayList<List<Integer>>();
        var batches = new Batches<Integer>(10, 1, done::add);

        batches.submit(7);

        assertThat(done).containsExactly(List.of(7));
    }

    @Test
    void piecesArrivingWhileABatchRunsAreDoneTogetherInArrivalOrderUpToTheLimit() throws Exception {
        var batchesDone = new CopyOnWriteArrayList<List<Integer>>();
        var held = new FirstBatchHeld();
        var batches = new Batches<Integer>(3, 1, batch -> {
            held.holdIfFirst(batch);
            batchesDone.add(batch);
        });
        held.start(batches);
        var others = new ArrayList<Thread>();
        for (int i = 1; i <= 5; i++) {
            int piece = i;
            others.add(Thread.ofVirtual().start(() -> batches.submit(piece)));
            waitUntilQueued(batches, piece);
        }

        held.finish();
        for (var thread : others) {
            thread.join();
        }

        assertThat(batchesDone).containsExactly(List.of(0), List.of(1, 2, 3), List.of(4, 5));
    }

    @Test
    void whenABatchFailsEachPieceIsDoneAloneAndOnlyTheOneThatFailsAloneFails() throws Exception {
        var doneAlone = ConcurrentHashMap.<Integer>newKeySet();
        var held = new FirstBatchHeld();
        var batches = new Batches<Integer>(10, 1, batch -> {
            if (held.holdIfFirst(batch)) {
                return;
            }
            if (batch.size() > 1) {
                throw new IllegalStateException("the batch failed");
            }
            if (batch.getFirst() == 2) {
                throw new IllegalArgumentException("piece 2 is bad");
            }
            doneAlone.add(batch.getFirst());
        });
        held.start(batches);
        var failures = new ConcurrentHashMap<Integer, Throwable>();
        var others = new ArrayList<Thread>();
        for (int i = 1; i <= 3; i++) {
            int piece = i;
            others.add(Thread.ofVirtual().start(() -> {
                try {
                    batches.submit(piece);
                } catch (RuntimeException e) {
                    failures.put(piece, e);
                }
            }));
            waitUntilQueued(batches, piece);
        }

        held.finish();
        for (var thread : others) {
            thread.join();
        }

        assertThat(doneAlone).isEqualTo(Set.of(1, 3));
        assertThat(failures).containsOnlyKeys(2);
        assertThat(failures.get(2)).hasMessage("piece 2 is bad");
    }

    @Test
    void aPieceDoneAloneThatFailsThrowsItsOwnFailureToItsCaller() {
        var batches = new Batches<Integer>(10, 1, batch -> {
            throw new IllegalStateException("no database");
        });

        assertThatThrownBy(() -> batches.submit(1)).isInstanceOf(IllegalStateException.class).hasMessage("no database");
    }

    @Test
    void anErrorInABatchStillAnswersEveryCaller() {
        var batches = new Batches<Integer>(10, 1, batch -> {
            throw new AssertionError("broken");
        });

        assertThatThrownBy(() -> batches.submit(1)).isInstanceOf(AssertionError.class);
        // The next piece is not stuck behind the failed one.
        assertThatThrownBy(() -> batches.submit(2)).isInstanceOf(AssertionError.class);
    }

    @Test
    void manyCallersAtOnceEachReturnOnlyAfterTheirOwnPieceIsDone() throws Exception {
        var done = ConcurrentHashMap.<Integer>newKeySet();
        var batchCount = new AtomicInteger();
        var batches = new Batches<Integer>(16, 2, batch -> {
            batchCount.incrementAndGet();
            sleep(2);
            done.addAll(batch);
        });
        var seenByCaller = new AtomicInteger();
        var threads = new ArrayList<Thread>();
        for (int i = 0; i < 200; i++) {
            int piece = i;
            threads.add(Thread.ofVirtual().start(() -> {
                batches.submit(piece);
                if (done.contains(piece)) {
                    seenByCaller.incrementAndGet();
                }
            }));
        }
        for (var thread : threads) {
            thread.join();
        }

        assertThat(seenByCaller).hasValue(200);
        assertThat(done).hasSize(200);
        assertThat(batchCount.get()).as("batches, not one piece at a time").isLessThan(200);
    }

    @Test
    void asManyBatchesRunAtOnceAsAllowedAndNoMore() throws Exception {
        var running = new AtomicInteger();
        var most = new AtomicInteger();
        var batches = new Batches<Integer>(1, 2, batch -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            sleep(20);
            running.decrementAndGet();
        });
        var threads = new ArrayList<Thread>();
        for (int i = 0; i < 6; i++) {
            int piece = i;
            threads.add(Thread.ofVirtual().start(() -> batches.submit(piece)));
        }
        for (var thread : threads) {
            thread.join();
        }

        assertThat(most).hasValue(2);
    }

    @Test
    void piecesWaitingWhenTheNodeStopsAreNeverStarted() throws Exception {
        var started = new CopyOnWriteArrayList<Integer>();
        var held = new FirstBatchHeld();
        var batches = new Batches<Integer>(10, 1, batch -> {
            started.addAll(batch);
            held.holdIfFirst(batch);
        });
        held.start(batches);
        var waiting = Thread.ofVirtual().start(() -> batches.submit(1));
        waitUntilQueued(batches, 1);

        batches.stop();
        held.finish();

        assertThat(waiting.join(Duration.ofMillis(300))).as("the waiting caller is left parked").isFalse();
        assertThat(started).containsExactly(0);
    }

    /** Piece 0's batch, held until released, so that the pieces sent meanwhile queue up behind it. */
    private static final class FirstBatchHeld {

        private final CountDownLatch started = new CountDownLatch(1);
        private final CountDownLatch release = new CountDownLatch(1);
        private Thread first;

        /** Called by the batch work: holds the batch if it is piece 0's, and says whether it was. */
        boolean holdIfFirst(List<Integer> batch) {
            if (!batch.contains(0)) {
                return false;
            }
            started.countDown();
            await(release);
            return true;
        }

        void start(Batches<Integer> batches) throws InterruptedException {
            first = Thread.ofVirtual().start(() -> batches.submit(0));
            assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        }

        void finish() throws InterruptedException {
            release.countDown();
            first.join();
        }
    }

    /** Waits until the piece's caller has queued it (so arrival order in a test is certain). */
    private static void waitUntilQueued(Batches<Integer> batches, int piece) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!batches.isWaiting(piece)) {
            if (System.nanoTime() > until) {
                throw new AssertionError("piece " + piece + " was never queued");
            }
            Thread.sleep(1);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
