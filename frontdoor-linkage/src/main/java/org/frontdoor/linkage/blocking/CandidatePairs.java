package org.frontdoor.linkage.blocking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.frontdoor.linkage.record.PreparedRecord;

/**
 * Generates candidate pairs from the union of several blocking rules without ever producing a pair twice:
 * a pair found by rule r is dropped when an earlier rule would also have put it in one block (the rule's
 * keys are compared directly, so no set of seen pairs is needed). Blocks are found by sorting packed
 * (key, index) longs, which keeps memory flat for millions of records.
 */
public final class CandidatePairs {

    private CandidatePairs() {
    }

    /** The pairs, in batches that can be compared in parallel, and the per-rule report. */
    public record Generated(List<PairBatch> batches, BlockingReport report) {

        /** Total number of candidate pairs. */
        public long size() {
            long total = 0;
            for (PairBatch batch : batches) {
                total += batch.size();
            }
            return total;
        }
    }

    /** Keys of every record under every rule, truncated so that a record index fits beside them in a long. */
    public record Keys(long[][] byRule, int indexBits) {

        /** True when an earlier rule than {@code rule} already puts records a and b in one block. */
        public boolean coveredBefore(int rule, int a, int b) {
            for (int q = 0; q < rule; q++) {
                long key = byRule[q][a];
                if (key != 0 && key == byRule[q][b]) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Computes the truncated keys of every record for every rule. */
    public static Keys keys(List<PreparedRecord> records, List<BlockingRule> rules) {
        return keys(records, rules, 1);
    }

    /** As {@link #keys(List, List)}, reserving at least {@code minIndexBits} bits for record indices. */
    public static Keys keys(List<PreparedRecord> records, List<BlockingRule> rules, int minIndexBits) {
        int n = records.size();
        int indexBits = Math.max(minIndexBits, 32 - Integer.numberOfLeadingZeros(Math.max(1, n - 1)));
        long mask = -1L << indexBits;
        long[][] keys = new long[rules.size()][n];
        for (int r = 0; r < rules.size(); r++) {
            BlockingRule rule = rules.get(r);
            long[] target = keys[r];
            IntStream.range(0, n).parallel().forEach(i -> target[i] = truncate(rule.key(records.get(i)), mask, indexBits));
        }
        return new Keys(keys, indexBits);
    }

    static long truncate(long key, long mask, int indexBits) {
        if (key == 0) {
            return 0;
        }
        long truncated = key & mask;
        return truncated == 0 ? 1L << indexBits : truncated;
    }

    /**
     * All candidate pairs of the records.
     *
     * @param sides        null to deduplicate one set; otherwise the side (0 or 1) of each record, and only
     *                     pairs across sides are produced
     * @param maxBlockSize blocks larger than this are skipped and reported, since they would cost quadratic time
     *                     for pairs that other rules usually find anyway
     */
    public static Generated generate(List<PreparedRecord> records, byte[] sides, List<BlockingRule> rules,
            int maxBlockSize) {
        Keys keys = keys(records, rules);
        long[] pairsPerRule = new long[rules.size()];
        long[] oversized = new long[rules.size()];
        List<PairBatch> batches = new ArrayList<>();
        long indexMask = (1L << keys.indexBits()) - 1;
        for (int r = 0; r < rules.size(); r++) {
            long[] packed = pack(keys.byRule()[r]);
            Arrays.parallelSort(packed);
            int[] segments = segmentBoundaries(packed, indexMask, 64);
            final int rule = r;
            List<PairBatch> ruleBatches = IntStream.range(0, segments.length - 1).parallel()
                    .mapToObj(s -> pairsIn(packed, segments[s], segments[s + 1], indexMask, rule, keys, sides,
                            maxBlockSize))
                    .toList();
            for (PairBatch batch : ruleBatches) {
                pairsPerRule[r] += batch.size();
                batches.add(batch);
            }
            oversized[r] = countOversized(packed, indexMask, maxBlockSize);
        }
        return new Generated(batches, new BlockingReport(rules, pairsPerRule, oversized));
    }

    /**
     * Pairs a rule alone would produce (before removing pairs of earlier rules), not counting oversized blocks.
     * Cheap: one key per record and a sort.
     */
    public static long estimatePairs(List<PreparedRecord> records, BlockingRule rule, int maxBlockSize) {
        Keys keys = keys(records, List.of(rule));
        long indexMask = (1L << keys.indexBits()) - 1;
        long[] packed = pack(keys.byRule()[0]);
        Arrays.parallelSort(packed);
        long pairs = 0;
        int start = 0;
        while (start < packed.length) {
            long key = packed[start] & ~indexMask;
            int end = start + 1;
            while (end < packed.length && (packed[end] & ~indexMask) == key) {
                end++;
            }
            long size = end - start;
            if (size <= maxBlockSize) {
                pairs += size * (size - 1) / 2;
            }
            start = end;
        }
        return pairs;
    }

    private static long[] pack(long[] keys) {
        int count = 0;
        for (long key : keys) {
            if (key != 0) {
                count++;
            }
        }
        long[] packed = new long[count];
        int p = 0;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != 0) {
                packed[p++] = keys[i] | i;
            }
        }
        return packed;
    }

    /** Splits the sorted array into about {@code parts} ranges that never cut a block in two. */
    private static int[] segmentBoundaries(long[] packed, long indexMask, int parts) {
        List<Integer> bounds = new ArrayList<>();
        bounds.add(0);
        int step = Math.max(1, packed.length / parts);
        int next = step;
        while (next < packed.length) {
            long key = packed[next - 1] & ~indexMask;
            while (next < packed.length && (packed[next] & ~indexMask) == key) {
                next++;
            }
            if (next < packed.length) {
                bounds.add(next);
            }
            next += step;
        }
        bounds.add(packed.length);
        return bounds.stream().mapToInt(Integer::intValue).toArray();
    }

    private static PairBatch pairsIn(long[] packed, int from, int to, long indexMask, int rule, Keys keys,
            byte[] sides, int maxBlockSize) {
        PairBatch batch = new PairBatch();
        int start = from;
        while (start < to) {
            long key = packed[start] & ~indexMask;
            int end = start + 1;
            while (end < to && (packed[end] & ~indexMask) == key) {
                end++;
            }
            if (end - start <= maxBlockSize) {
                for (int i = start; i < end; i++) {
                    int a = (int) (packed[i] & indexMask);
                    for (int j = i + 1; j < end; j++) {
                        int b = (int) (packed[j] & indexMask);
                        if (sides != null && sides[a] == sides[b]) {
                            continue;
                        }
                        if (!keys.coveredBefore(rule, a, b)) {
                            batch.add(Math.min(a, b), Math.max(a, b));
                        }
                    }
                }
            }
            start = end;
        }
        return batch;
    }

    private static long countOversized(long[] packed, long indexMask, int maxBlockSize) {
        long count = 0;
        int start = 0;
        while (start < packed.length) {
            long key = packed[start] & ~indexMask;
            int end = start + 1;
            while (end < packed.length && (packed[end] & ~indexMask) == key) {
                end++;
            }
            if (end - start > maxBlockSize) {
                count++;
            }
            start = end;
        }
        return count;
    }
}
