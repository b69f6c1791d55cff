package org.frontdoor.linkage.blocking;

import java.util.Arrays;

/** A growable batch of candidate pairs as two parallel int arrays of record indices (first < second). */
public final class PairBatch {

    private int[] first = new int[1024];
    private int[] second = new int[1024];
    private int size;

    void add(int a, int b) {
        if (size == first.length) {
            first = Arrays.copyOf(first, size * 2);
            second = Arrays.copyOf(second, size * 2);
        }
        first[size] = a;
        second[size] = b;
        size++;
    }

    /** Number of pairs in the batch. */
    public int size() {
        return size;
    }

    /** Index of the first record of pair i. */
    public int first(int i) {
        return first[i];
    }

    /** Index of the second record of pair i. */
    public int second(int i) {
        return second[i];
    }
}
