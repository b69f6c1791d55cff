package org.frontdoor.linkage.config;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.frontdoor.linkage.record.PersonField;

/**
 * Everything a linkage run can be told; every value has a default that works without configuration.
 *
 * @param threshold         match probability at or above which a pair is reported as the same person
 * @param maxBlockSize      blocks with more records are skipped (and reported)
 * @param maxClusterSize    largest person cluster
 * @param randomPairSamples random pairs drawn to estimate u-probabilities
 * @param emIterations      upper bound on expectation-maximisation iterations
 * @param seed              seed of every random choice, so runs are repeatable
 * @param blockingRules     rules in {@link org.frontdoor.linkage.blocking.BlockingRule} syntax; empty for defaults
 * @param comparisonFields  fields to compare; empty for every recognised field
 * @param columns           explicit column names per field, overriding header recognition
 * @param ignoredColumns    columns never to use even when their header is recognised
 * @param encoding          character set of input files; null to detect (UTF-8, else windows-1252)
 * @param separator         field separator; null to detect from the header line
 * @param nullMarkers       values meaning "missing", compared case-insensitively
 */
public record LinkageSettings(
        double threshold,
        int maxBlockSize,
        int maxClusterSize,
        int randomPairSamples,
        int emIterations,
        long seed,
        List<String> blockingRules,
        Set<PersonField> comparisonFields,
        Map<PersonField, List<String>> columns,
        Set<String> ignoredColumns,
        String encoding,
        Character separator,
        Set<String> nullMarkers) {

    /** Null markers recognised by default. */
    public static final Set<String> DEFAULT_NULL_MARKERS = Set.of("", "na", "n/a", "nan", "nat", "null", "none",
            "-0-", "-", "?");

    public LinkageSettings {
        blockingRules = List.copyOf(blockingRules);
        comparisonFields = Set.copyOf(comparisonFields);
        columns = Map.copyOf(columns);
        ignoredColumns = Set.copyOf(ignoredColumns);
        nullMarkers = Set.copyOf(nullMarkers);
    }

    /** The defaults: no configuration file needed. */
    public static LinkageSettings defaults() {
        return new LinkageSettings(0.8, 2_000, 50, 400_000, 60, 42L, List.of(), Set.of(), Map.of(), Set.of(), null,
                null, DEFAULT_NULL_MARKERS);
    }

    /** Copy with another threshold. */
    public LinkageSettings withThreshold(double value) {
        return new LinkageSettings(value, maxBlockSize, maxClusterSize, randomPairSamples, emIterations, seed,
                blockingRules, comparisonFields, columns, ignoredColumns, encoding, separator, nullMarkers);
    }
}
