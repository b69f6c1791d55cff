package org.frontdoor.screening.lists;

import java.util.List;

/**
 * One loaded version of a list.
 *
 * @param name     the list's identifier, the same for every version (e.g. {@code us_ofac_sdn})
 * @param source   the file it was read from
 * @param entries  entries in file order
 * @param problems records that were skipped, with why
 */
public record SanctionsList(String name, String source, List<ListEntry> entries, List<LoadProblem> problems) {

    public SanctionsList {
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
    }

    /** Number of names (primary and aliases) over all entries. */
    public int nameCount() {
        int n = 0;
        for (ListEntry e : entries) {
            n += 1 + e.aliases().size();
        }
        return n;
    }
}
