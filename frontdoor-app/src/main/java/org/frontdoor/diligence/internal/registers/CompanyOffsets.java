package org.frontdoor.diligence.internal.registers;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each company's record starts in one bulk file, kept compactly: the whole register (about
 * 5.5 million companies) costs one {@code long} each, about 45 MB, instead of the gigabytes the
 * records themselves would.
 *
 * <p>A number of 8 digits, or 2 letters and 6 digits, fits in 30 bits (below 776 million values);
 * the offset takes the 33 bits below it (files up to 8 GiB), so each entry is one positive long and
 * a sorted array answers by binary search. The rare number of another shape (an industrial and
 * provident society's {@code IP12345R}) goes to a small map.
 */
final class CompanyOffsets {

    static final long LARGEST_FILE = (1L << 33) - 1;
    private static final int OFFSET_BITS = 33;
    private static final long OFFSET_MASK = (1L << OFFSET_BITS) - 1;
    private static final long NUMERIC = 100_000_000L;

    private long[] entries = new long[1024];
    private int size;
    private final Map<String, Long> others = new HashMap<>();
    private boolean sealed;

    /** Records that {@code number}'s record starts at {@code offset}; the last one added wins. */
    void add(String number, long offset) {
        if (sealed) {
            throw new IllegalStateException("sealed");
        }
        if (offset < 0 || offset > LARGEST_FILE) {
            throw new IllegalArgumentException("offset beyond " + LARGEST_FILE);
        }
        long key = key(number);
        if (key < 0) {
            others.put(number, offset);
            return;
        }
        if (size == entries.length) {
            entries = Arrays.copyOf(entries, size + (size >> 1));
        }
        entries[size++] = (key << OFFSET_BITS) | offset;
    }

    /** Sorts for look-ups; no more may be added. */
    CompanyOffsets seal() {
        entries = Arrays.copyOf(entries, size);
        Arrays.sort(entries);
        sealed = true;
        return this;
    }

    /** The offset of the record of {@code number}, or -1 when the file has none. */
    long find(String number) {
        long key = key(number);
        if (key < 0) {
            return others.getOrDefault(number, -1L);
        }
        // Find the last entry with this key: a number listed twice is read from its later row.
        int low = 0;
        int high = size - 1;
        long found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            long midKey = entries[mid] >>> OFFSET_BITS;
            if (midKey < key) {
                low = mid + 1;
            } else if (midKey > key) {
                high = mid - 1;
            } else {
                found = entries[mid] & OFFSET_MASK;
                low = mid + 1;
            }
        }
        return found;
    }

    int size() {
        return size + others.size();
    }

    /** Whether a number from the file can be indexed at all: ASCII capitals and digits, 1 to 16 of them. */
    static boolean isIndexable(String number) {
        return number != null && !number.isEmpty() && number.length() <= 16
                && number.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'));
    }

    /** The 30-bit key of a well-formed number, or -1 for any other shape. */
    static long key(String number) {
        if (!CompanyNumber.isWellFormed(number)) {
            return -1;
        }
        long digits = 0;
        boolean letters = number.charAt(0) >= 'A';
        for (int i = letters ? 2 : 0; i < 8; i++) {
            digits = digits * 10 + (number.charAt(i) - '0');
        }
        if (!letters) {
            return digits;
        }
        int prefix = (number.charAt(0) - 'A') * 26 + (number.charAt(1) - 'A');
        return NUMERIC + prefix * 1_000_000L + digits;
    }
}
