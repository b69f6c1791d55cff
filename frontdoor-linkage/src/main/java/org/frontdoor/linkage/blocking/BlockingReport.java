package org.frontdoor.linkage.blocking;

import java.util.List;

/**
 * How many new candidate pairs each blocking rule produced (pairs already produced by an earlier rule are
 * not counted again), and how many blocks were skipped for exceeding the maximum block size.
 *
 * @param rules           the rules, in the order applied
 * @param pairsPerRule    new pairs per rule
 * @param oversizedBlocks skipped blocks per rule
 */
public record BlockingReport(List<BlockingRule> rules, long[] pairsPerRule, long[] oversizedBlocks) {

    /** New pairs over all rules. */
    public long totalPairs() {
        long total = 0;
        for (long p : pairsPerRule) {
            total += p;
        }
        return total;
    }

    /** One line per rule for progress output. */
    public String describe() {
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < rules.size(); r++) {
            out.append(String.format("  rule %d [%s]: %,d pairs%s%n", r + 1, rules.get(r).text(), pairsPerRule[r],
                    oversizedBlocks[r] > 0 ? ", " + oversizedBlocks[r] + " oversized blocks skipped" : ""));
        }
        return out.toString();
    }
}
