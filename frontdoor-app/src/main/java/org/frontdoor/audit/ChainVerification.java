package org.frontdoor.audit;

/**
 * The result of checking the audit chain from its first entry.
 *
 * @param intact          true when every sealed entry's hash matches its content and links to the previous one
 * @param entriesChecked  how many sealed entries were checked
 * @param unsealed        entries written but not yet sealed into the chain
 * @param firstBrokenSeq  the chain position of the first broken link, or null when intact
 * @param firstBrokenId   the entry id at that position (null if the entry is missing)
 * @param problem         what is wrong there, in words, or null when intact
 */
public record ChainVerification(boolean intact, long entriesChecked, long unsealed,
                                Long firstBrokenSeq, Long firstBrokenId, String problem) {
}
