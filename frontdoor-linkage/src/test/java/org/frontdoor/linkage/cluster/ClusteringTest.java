package org.frontdoor.linkage.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClusteringTest {

    @Test
    void joinsConnectedRecordsAboveThreshold() {
        int[] clusters = Clustering.cluster(4, new int[] {0, 1, 2}, new int[] {1, 2, 3},
                new double[] {0.99, 0.95, 0.4}, 3, 0.8, 10, null);
        assertThat(clusters[0]).isEqualTo(clusters[1]).isEqualTo(clusters[2]);
        assertThat(clusters[3]).isNotEqualTo(clusters[0]);
    }

    @Test
    void refusesMergesBeyondTheMaximumClusterSize() {
        int[] clusters = Clustering.cluster(3, new int[] {0, 1}, new int[] {1, 2}, new double[] {0.99, 0.9}, 2, 0.5,
                2, null);
        assertThat(clusters[0]).isEqualTo(clusters[1]);
        assertThat(clusters[2]).isNotEqualTo(clusters[0]);
    }

    @Test
    void chainGuardKeepsApartClustersWhoseMembersDisagree() {
        // 0-1 and 2-3 are solid pairs; one weak-but-above-threshold link 1-2 would chain them, but 0 and 3 (and
        // the others across) show negative evidence.
        int[] first = {0, 2, 1};
        int[] second = {1, 3, 2};
        double[] p = {0.99, 0.99, 0.85};
        Clustering.PairEvidence evidence = (a, b) -> (a <= 1) == (b <= 1) ? 20
                : (Math.min(a, b) == 1 && Math.max(a, b) == 2 ? 2 : -30);
        int[] guarded = Clustering.cluster(4, first, second, p, 3, 0.8, 10, evidence);
        assertThat(guarded[0]).isEqualTo(guarded[1]).isNotEqualTo(guarded[2]);
        int[] unguarded = Clustering.cluster(4, first, second, p, 3, 0.8, 10, null);
        assertThat(unguarded[0]).isEqualTo(unguarded[3]);
    }
}
