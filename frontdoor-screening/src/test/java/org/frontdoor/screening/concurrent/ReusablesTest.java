package org.frontdoor.screening.concurrent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReusablesTest {

    @Test
    void aPlatformThreadKeepsItsOwn() throws Exception {
        var built = new AtomicInteger();
        var reusables = new Reusables<>(4, () -> new StringBuilder("#" + built.incrementAndGet()));

        var first = reusables.with(sb -> sb);
        var second = reusables.with(sb -> sb);
        var another = new java.util.concurrent.atomic.AtomicReference<StringBuilder>();
        var thread = Thread.ofPlatform().start(() -> another.set(reusables.with(sb -> sb)));
        thread.join();

        assertThat(second).isSameAs(first);
        assertThat(another.get()).isNotSameAs(first);
        assertThat(built).hasValue(2);
        assertThat(reusables.idle()).isZero();
    }

    @Test
    void virtualThreadsOneAfterAnotherBorrowTheSameObject() throws Exception {
        var built = new AtomicInteger();
        var reusables = new Reusables<>(4, () -> new StringBuilder("#" + built.incrementAndGet()));
        var seen = new java.util.ArrayList<StringBuilder>();

        for (int i = 0; i < 3; i++) {
            Thread.ofVirtual().start(() -> seen.add(reusables.with(sb -> sb))).join();
        }

        assertThat(seen).hasSize(3).allSatisfy(sb -> assertThat(sb).isSameAs(seen.get(0)));
        assertThat(built).hasValue(1);
    }

    @Test
    void threadsHoldingOneAtOnceNeverShareItAndOnlyTheCapacityIsKept() throws Exception {
        int threads = 12;
        var built = new AtomicInteger();
        var reusables = new Reusables<>(4, () -> new StringBuilder("#" + built.incrementAndGet()));
        var held = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<StringBuilder, Boolean>()));
        var allHolding = new CountDownLatch(threads);
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            var futures = new ArrayList<java.util.concurrent.Future<Boolean>>();
            for (int i = 0; i < threads; i++) {
                futures.add(executor.submit(() -> reusables.with(sb -> {
                    boolean alone = held.add(sb);
                    allHolding.countDown();
                    try {
                        allHolding.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return alone;
                })));
            }
            for (var future : futures) {
                assertThat(future.get()).as("no object lent to two threads at once").isTrue();
            }
        }
        assertThat(built).hasValue(threads);
        assertThat(reusables.idle()).isEqualTo(4);
        assertThat(held).hasSize(threads);
    }
}
