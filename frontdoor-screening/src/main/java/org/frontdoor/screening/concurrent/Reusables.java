package org.frontdoor.screening.concurrent;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A few costly objects that are not thread-safe (scratch arrays, transliterators), lent to whichever
 * thread needs one and given back after. Not a {@link ThreadLocal}: callers run on virtual threads,
 * one per task, so a per-thread value would be built afresh for every screening (for the candidate
 * index, two arrays as long as every listed name, about a megabyte, at each query).
 *
 * <p>At most {@code capacity} idle objects are kept; more are built when more threads want one at
 * once, and those beyond the capacity are left to the garbage collector when given back.
 */
public final class Reusables<T> {

    private final ArrayBlockingQueue<T> idle;
    private final Supplier<T> create;

    public Reusables(int capacity, Supplier<T> create) {
        this.idle = new ArrayBlockingQueue<>(capacity);
        this.create = create;
    }

    /** Applies {@code work} to an object no other thread holds meanwhile. */
    public <R> R with(Function<T, R> work) {
        T object = idle.poll();
        if (object == null) {
            object = create.get();
        }
        try {
            return work.apply(object);
        } finally {
            idle.offer(object);
        }
    }

    /** How many idle objects are kept now, for tests. */
    int idle() {
        return idle.size();
    }
}
