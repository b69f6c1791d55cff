package org.frontdoor.bench;

import java.util.Arrays;

/** Latencies recorded by one client thread, merged for percentiles. */
final class Latencies {

    private long[] nanos = new long[1 << 16];
    private int count;

    void record(long elapsedNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = elapsedNanos;
    }

    int count() {
        return count;
    }

    static double percentileMillis(Iterable<Latencies> all, double percentile) {
        int total = 0;
        for (var one : all) {
            total += one.count;
        }
        if (total == 0) {
            return Double.NaN;
        }
        var merged = new long[total];
        int at = 0;
        for (var one : all) {
            System.arraycopy(one.nanos, 0, merged, at, one.count);
            at += one.count;
        }
        Arrays.sort(merged);
        int index = (int) Math.min(total - 1, Math.ceil(percentile / 100.0 * total) - 1);
        return merged[Math.max(0, index)] / 1_000_000.0;
    }
}
