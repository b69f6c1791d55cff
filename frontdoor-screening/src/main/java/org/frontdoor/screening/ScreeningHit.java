package org.frontdoor.screening;

import org.frontdoor.screening.lists.ListEntry;
import org.frontdoor.screening.names.NameScore;

/**
 * A listed entry that matched a query.
 *
 * @param entry       the entry as listed
 * @param matchedName the entry's name (primary or alias) that matched best
 * @param score       in [0, 1], after date-of-birth and country evidence
 * @param explanation the words that matched and how, and every adjustment made
 */
public record ScreeningHit(ListEntry entry, String matchedName, double score, NameScore explanation) {
}
