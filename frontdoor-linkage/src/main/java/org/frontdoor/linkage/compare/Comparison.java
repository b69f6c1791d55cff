package org.frontdoor.linkage.compare;

import java.util.List;
import org.frontdoor.linkage.record.PersonField;
import org.frontdoor.linkage.record.PreparedRecord;

/**
 * One comparison of a Fellegi-Sunter model: it puts a pair of records into one of a few ordered agreement
 * levels. Level 0 means "cannot compare" (a value is missing) and carries no evidence; levels 1..n run from
 * the strongest agreement to plain disagreement (the last level). Implementations are stateless and
 * thread-safe, so the same instance can be used from many threads or shipped to a cluster.
 */
public interface Comparison {

    /** Level for a pair where either value is missing. */
    int MISSING = 0;

    /** Short name used in explanations and configuration, e.g. {@code surname}. */
    String name();

    /** The field this comparison reads. */
    PersonField field();

    /** Every field this comparison reads; usually just {@link #field()}. */
    default java.util.Set<PersonField> fields() {
        return java.util.Set.of(field());
    }

    /** Labels of levels 1..n, strongest first; the last is always the disagreement level. */
    List<String> levelLabels();

    /** Number of levels, not counting {@link #MISSING}. */
    default int levelCount() {
        return levelLabels().size();
    }

    /** The agreement level of the pair: 0 when missing, otherwise 1 (best) to {@link #levelCount()}. */
    int level(PreparedRecord a, PreparedRecord b);

    /**
     * Whether level 1 (exact agreement) is adjusted by the frequency of the agreed value, so that agreeing on a
     * rare name is stronger evidence than agreeing on a common one.
     */
    default boolean termFrequencyAdjusted() {
        return false;
    }
}
