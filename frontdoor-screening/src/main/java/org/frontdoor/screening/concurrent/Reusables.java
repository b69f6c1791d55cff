package org.frontdoor.screening.concurrent;

import java.util.concurrent.LinkedBlockingDeque;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A few costly objects that are not thread-safe (scratch arrays, transliterators), each used by one
 * thread at a time and reused after.
 *
 * <p>A platform thread (a pool's worker, a benchmark's thread) keeps its own, as a {@link ThreadLocal}
 * would. A virtual thread lives for one task only, so a value of its own would be built afresh for
 * every screening (for the candidate index, two arrays as long as every listed name, about a
 * megabyte, at each query): it borrows one of the idle objects instead and gives it back after, the
 * most recently used first, as its arrays are the likeliest to be in a cache. At most
 * {@code capacity} idle objects are kept; more are built when more virtual threads want one at once,
 * and those beyond the capacity are left to the garbage collector when given back.
 */
public final class Reusables<T> {

    private final ThreadLocal<T> own;
    private final LinkedBlockingDeque<T> idle;
    private final Supplier<T> create;

    public Reusables(int capacity, Supplier<T> create) {
        this.own = ThreadLocal.withInitial(create);
        this.idle = new LinkedBlockingDeque<>(capacity);
        this.create = create;
    }

    /** Applies {@code work} to an object no other thread holds meanwhile. */
    public <R> R with(Function<T, R> work) {
        if (!Thread.currentThread().isVirtual()) {
            return work.apply(own.get());
        }
        T object = idle.pollFirst();
        if (object == null) {
            object = create.get();
        }
        try {
            return work.apply(object);
        } finally {
            idle.offerFirst(object);
        }
    }

    /** How many idle objects virtual threads may borrow now, for tests. */
    int idle() {
        return idle.size();
    }
}
