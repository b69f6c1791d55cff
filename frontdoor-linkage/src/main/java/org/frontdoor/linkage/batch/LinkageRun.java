package org.frontdoor.linkage.batch;

import org.frontdoor.linkage.blocking.BlockingReport;
import org.frontdoor.linkage.model.LinkageModel;

/**
 * Outcome of a batch run: the trained model, what blocking did, how many pairs were compared and the pairs
 * at or above the threshold.
 *
 * @param model         the model trained on this data
 * @param blocking      pairs per blocking rule
 * @param pairsCompared candidate pairs compared
 * @param matches       pairs at or above the threshold
 * @param emIterations  iterations expectation maximisation needed
 */
public record LinkageRun(LinkageModel model, BlockingReport blocking, long pairsCompared, ScoredPairs matches,
        int emIterations) {
}
