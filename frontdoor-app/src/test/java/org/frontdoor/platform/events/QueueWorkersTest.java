package org.frontdoor.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class QueueWorkersTest {

    /** Long enough that nothing in these tests happens because of it. */
    private static final Duration NEVER = Duration.ofHours(1);

    @Test
    void eachWorkerLooksAtTheQueueOnStartAndAWakeSendsAnIdleOneRoundAtOnce() throws Exception {
        var calls = new AtomicInteger();
        var workers = new QueueWorkers("test", 2, NEVER, () -> {
            calls.incrementAndGet();
            return 0;
        });
        workers.start();
        try {
            awaitAtLeast(calls, 2);
            workers.wake();
            awaitAtLeast(calls, 3);
        } finally {
            workers.stop();
        }
    }

    @Test
    void aWorkerTakesBatchAfterBatchWhileThereIsWork() throws Exception {
        var batches = new AtomicInteger(5);
        var calls = new AtomicInteger();
        var workers = new QueueWorkers("test", 1, NEVER, () -> {
            calls.incrementAndGet();
            return batches.getAndDecrement() > 0 ? 100 : 0;
        });
        workers.start();
        try {
            // five full batches and the empty look that ends the run, with no wake and no poll
            awaitAtLeast(calls, 6);
        } finally {
            workers.stop();
        }
    }

    @Test
    void aQueueThatCannotBeReadIsTriedAgainAfterAShortPauseNotThePollInterval() throws Exception {
        var calls = new AtomicInteger();
        var workers = new QueueWorkers("test", 1, NEVER, () -> {
            if (calls.incrementAndGet() <= 2) {
                throw new IllegalStateException("database away");
            }
            return 0;
        });
        workers.start();
        try {
            awaitAtLeast(calls, 3);
        } finally {
            workers.stop();
        }
    }

    @Test
    void stoppingLetsTheBatchInHandFinishAndStartsNoOther() throws Exception {
        var inBatch = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var finished = new AtomicBoolean();
        var calls = new AtomicInteger();
        var workers = new QueueWorkers("test", 1, NEVER, () -> {
            calls.incrementAndGet();
            inBatch.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            finished.set(true);
            return 100;
        });
        workers.start();
        assertThat(inBatch.await(5, TimeUnit.SECONDS)).isTrue();
        var stopping = Thread.ofVirtual().start(workers::stop);
        Thread.sleep(200);
        assertThat(stopping.isAlive()).as("stop waits for the batch in hand").isTrue();
        release.countDown();
        stopping.join(Duration.ofSeconds(5));
        assertThat(stopping.isAlive()).isFalse();
        assertThat(finished).isTrue();
        assertThat(calls).hasValue(1);
    }

    private static void awaitAtLeast(AtomicInteger calls, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (calls.get() < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(calls.get()).isGreaterThanOrEqualTo(count);
    }
}
