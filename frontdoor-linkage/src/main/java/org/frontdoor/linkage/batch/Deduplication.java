package org.frontdoor.linkage.batch;

import java.util.List;
import java.util.function.Consumer;
import org.frontdoor.linkage.cluster.Clustering;
import org.frontdoor.linkage.config.LinkageSettings;
import org.frontdoor.linkage.record.PreparedRecord;

/** Deduplicates records into persons: batch linkage followed by guarded clustering. */
public final class Deduplication {

    private Deduplication() {
    }

    /**
     * The outcome: the run, and for every record (by index) the index of its cluster's representative record.
     *
     * @param run       the batch run
     * @param clusterOf representative record index per record
     */
    public record Result(LinkageRun run, int[] clusterOf) {
    }

    /** Deduplicates the records with the given settings; labelled matches may be empty. */
    public static Result deduplicate(List<PreparedRecord> records, LinkageSettings settings,
            List<int[]> labelledMatches, Consumer<String> progress) {
        LinkageRun run = BatchLinkage.deduplicate(records, settings, labelledMatches, progress);
        ScoredPairs pairs = run.matches();
        int[] clusters = Clustering.cluster(records.size(), pairs.first(), pairs.second(), pairs.probability(),
                pairs.size(), settings.threshold(), settings.maxClusterSize(),
                (a, b) -> run.model().evidenceWeight(records.get(a), records.get(b)));
        return new Result(run, clusters);
    }
}
