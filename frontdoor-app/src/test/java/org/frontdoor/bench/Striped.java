package org.frontdoor.bench;

import java.util.ArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/** Work on items 0 to n-1 shared by a fixed number of threads, each taking every {@code threads}-th item. */
final class Striped {

    private Striped() {
    }

    /** Runs {@code item} for every index below {@code n} on {@code threads} threads; returns the wall time in seconds. */
    static double seconds(int n, int threads, IntConsumer item) throws Exception {
        var pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            var futures = new ArrayList<Future<?>>();
            for (int t = 0; t < threads; t++) {
                int from = t;
                futures.add(pool.submit(() -> {
                    for (int i = from; i < n; i += threads) {
                        item.accept(i);
                    }
                }));
            }
            for (var future : futures) {
                future.get();
            }
            return (System.nanoTime() - start) / 1e9;
        } finally {
            pool.shutdown();
        }
    }
}
