package org.frontdoor.screening.lists;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What changed between two versions of a list, by entry id: entries only in the newer version,
 * entries in both whose content differs, and entries only in the older version. Re-screening
 * existing applicants needs only {@link #added()} and the new side of {@link #changed()}.
 *
 * @param added   entries of the newer version with an id the older lacks
 * @param changed pairs of (older, newer) entries with the same id and different content
 * @param removed entries of the older version with an id the newer lacks
 */
public record ListChanges(List<ListEntry> added, List<Change> changed, List<ListEntry> removed) {

    /** One entry before and after. */
    public record Change(ListEntry before, ListEntry after) {
    }

    /** Compares {@code older} with {@code newer}; entries are matched by id. */
    public static ListChanges between(SanctionsList older, SanctionsList newer) {
        Map<String, ListEntry> before = byId(older);
        Map<String, ListEntry> after = byId(newer);
        List<ListEntry> added = new ArrayList<>();
        List<Change> changed = new ArrayList<>();
        for (ListEntry entry : after.values()) {
            ListEntry previous = before.get(entry.id());
            if (previous == null) {
                added.add(entry);
            } else if (!previous.equals(entry)) {
                changed.add(new Change(previous, entry));
            }
        }
        List<ListEntry> removed = new ArrayList<>();
        for (ListEntry entry : before.values()) {
            if (!after.containsKey(entry.id())) {
                removed.add(entry);
            }
        }
        return new ListChanges(List.copyOf(added), List.copyOf(changed), List.copyOf(removed));
    }

    /** The entries to re-screen: added and changed (newer side). */
    public List<ListEntry> toRescreen() {
        List<ListEntry> out = new ArrayList<>(added);
        for (Change c : changed) {
            out.add(c.after());
        }
        return out;
    }

    private static Map<String, ListEntry> byId(SanctionsList list) {
        Map<String, ListEntry> map = new LinkedHashMap<>();
        for (ListEntry e : list.entries()) {
            map.put(e.id(), e);
        }
        return map;
    }
}
