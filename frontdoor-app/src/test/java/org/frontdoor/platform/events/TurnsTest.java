package org.frontdoor.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TurnsTest {

    @Test
    void noMoreThanTheTurnsRunAtOnce() throws Exception {
        var turns = new Turns(2);
        var running = new AtomicInteger();
        var most = new AtomicInteger();
        var threads = new java.util.ArrayList<Thread>();
        for (int i = 0; i < 20; i++) {
            threads.add(Thread.ofVirtual().start(() -> turns.take(() -> {
                most.accumulateAndGet(running.incrementAndGet(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                running.decrementAndGet();
            })));
        }
        for (var thread : threads) {
            thread.join();
        }
        assertThat(most.get()).isEqualTo(2);
    }

    @Test
    void workWaitingWhenTheNodeStopsIsNeverStartedAndItsThreadDoesNotReturn() throws Exception {
        var turns = new Turns(1);
        var holding = new CountDownLatch(1);
        var letGo = new CountDownLatch(1);
        var first = Thread.ofVirtual().start(() -> turns.take(() -> {
            holding.countDown();
            await(letGo);
        }));
        assertThat(holding.await(5, TimeUnit.SECONDS)).isTrue();
        var ranLater = new AtomicInteger();
        var waiting = Thread.ofVirtual().start(() -> turns.take(ranLater::incrementAndGet));

        turns.stop();
        letGo.countDown();
        first.join();

        assertThat(waiting.join(Duration.ofMillis(300))).as("the waiting work's thread is left parked").isFalse();
        assertThat(ranLater).hasValue(0);
        var afterStop = Thread.ofVirtual().start(() -> turns.take(ranLater::incrementAndGet));
        assertThat(afterStop.join(Duration.ofMillis(300))).isFalse();
        assertThat(ranLater).hasValue(0);
    }

    @Test
    void aTurnIsGivenBackWhenTheWorkFails() {
        var turns = new Turns(1);

        assertThatThrownBy(() -> turns.take(() -> {
            throw new IllegalStateException("register down");
        })).hasMessage("register down");

        var ran = new AtomicInteger();
        turns.take(ran::incrementAndGet);
        assertThat(ran).hasValue(1);
    }

    @Test
    void atLeastOneTurn() {
        assertThatThrownBy(() -> new Turns(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
