package org.frontdoor.screening.lists;

import java.util.ArrayList;
import java.util.List;

/**
 * One listed party as published.
 *
 * @param list          the list's identifier (e.g. {@code us_ofac_sdn})
 * @param id            the entry's identifier within its list, stable across versions
 * @param type          person, entity, vessel or aircraft
 * @param primaryName   the name the list gives first
 * @param aliases       every other name: a.k.a., f.k.a., spelling variations, original script
 * @param variants      the aliases the list itself marks as spellings of the primary name: OFSI's
 *                      "Primary name variation" rows and names in the original script; a subset
 *                      of {@code aliases}, used to build evaluation sets
 * @param birthDates    dates of birth as ISO {@code yyyy-MM-dd}, {@code yyyy-MM} or {@code yyyy}
 * @param nationalities nationalities and citizenships as published (country names or codes)
 * @param addresses     addresses, one line each
 * @param programmes    sanctions programmes or regimes
 */
public record ListEntry(String list, String id, EntryType type, String primaryName, List<String> aliases,
                        List<String> variants,
                        List<String> birthDates, List<String> nationalities, List<String> addresses,
                        List<String> programmes) {

    public ListEntry {
        aliases = List.copyOf(aliases);
        variants = List.copyOf(variants);
        birthDates = List.copyOf(birthDates);
        nationalities = List.copyOf(nationalities);
        addresses = List.copyOf(addresses);
        programmes = List.copyOf(programmes);
    }

    /** The primary name followed by the aliases. */
    public List<String> names() {
        List<String> names = new ArrayList<>(aliases.size() + 1);
        names.add(primaryName);
        names.addAll(aliases);
        return names;
    }
}
