package org.frontdoor.linkage.cluster;

import java.util.Arrays;

/**
 * Groups records into persons: connected components of the pairs at or above a probability threshold,
 * built strongest link first. Two guards stop the long chains that plain connected components produce
 * (A looks like B, B like C, but A is clearly not C): a merge is refused when the cluster would exceed a
 * maximum size, or when, between two clusters of several records, a sample of cross pairs shows no positive
 * evidence on average. Pure: the result depends only on the arguments.
 */
public final class Clustering {

    /** Evidence (log2 Bayes factor, without the prior) that two records are the same person. */
    @FunctionalInterface
    public interface PairEvidence {
        double weight(int a, int b);
    }

    private static final int GUARD_SAMPLE = 3;

    private Clustering() {
    }

    /**
     * @param records        number of records, indexed 0..records-1
     * @param first          first record of each scored pair
     * @param second         second record of each scored pair
     * @param probability    match probability of each pair
     * @param pairs          number of pairs in the arrays
     * @param threshold      pairs below this probability never join records
     * @param maxClusterSize largest person cluster allowed
     * @param evidence       used by the chain guard on merges of two multi-record clusters; null disables it
     * @return the cluster number of every record; records alone get their own number
     */
    public static int[] cluster(int records, int[] first, int[] second, double[] probability, int pairs,
            double threshold, int maxClusterSize, PairEvidence evidence) {
        int[] parent = new int[records];
        int[] size = new int[records];
        int[] nextMember = new int[records];
        for (int i = 0; i < records; i++) {
            parent[i] = i;
            size[i] = 1;
            nextMember[i] = i;
        }
        long[] order = new long[pairs];
        int kept = 0;
        for (int p = 0; p < pairs; p++) {
            if (probability[p] >= threshold) {
                // Sort key: probability in the high bits (descending once negated), pair index in the low bits.
                long rank = (long) ((1.0 - probability[p]) * 1_000_000_000L);
                order[kept++] = (rank << 32) | p;
            }
        }
        Arrays.parallelSort(order, 0, kept);
        for (int o = 0; o < kept; o++) {
            int p = (int) order[o];
            int ra = find(parent, first[p]);
            int rb = find(parent, second[p]);
            if (ra == rb || size[ra] + size[rb] > maxClusterSize) {
                continue;
            }
            if (evidence != null && size[ra] > 1 && size[rb] > 1 && !supported(ra, rb, nextMember, evidence)) {
                continue;
            }
            if (size[ra] < size[rb]) {
                int t = ra;
                ra = rb;
                rb = t;
            }
            parent[rb] = ra;
            size[ra] += size[rb];
            int t = nextMember[ra];
            nextMember[ra] = nextMember[rb];
            nextMember[rb] = t;
        }
        int[] result = new int[records];
        for (int i = 0; i < records; i++) {
            result[i] = find(parent, i);
        }
        return result;
    }

    private static boolean supported(int ra, int rb, int[] nextMember, PairEvidence evidence) {
        double total = 0;
        int count = 0;
        int a = ra;
        for (int i = 0; i < GUARD_SAMPLE; i++) {
            int b = rb;
            for (int j = 0; j < GUARD_SAMPLE; j++) {
                total += evidence.weight(a, b);
                count++;
                b = nextMember[b];
                if (b == rb) {
                    break;
                }
            }
            a = nextMember[a];
            if (a == ra) {
                break;
            }
        }
        return total / count >= 0;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
