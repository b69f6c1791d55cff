package org.frontdoor.screening.lists;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Collects the parts of one entry while a reader walks its record(s); drops blanks and repeats. */
final class EntryBuilder {
    final String list;
    String id;
    EntryType type = EntryType.ENTITY;
    String primaryName;
    final Set<String> aliases = new LinkedHashSet<>();
    final Set<String> variants = new LinkedHashSet<>();
    final Set<String> birthDates = new LinkedHashSet<>();
    final Set<String> nationalities = new LinkedHashSet<>();
    final Set<String> addresses = new LinkedHashSet<>();
    final Set<String> programmes = new LinkedHashSet<>();

    EntryBuilder(String list) {
        this.list = list;
    }

    /** Adds a name: the first becomes the primary name, later ones aliases. */
    void name(String name) {
        String n = clean(name);
        if (n == null) {
            return;
        }
        if (primaryName == null) {
            primaryName = n;
        } else if (!n.equals(primaryName)) {
            aliases.add(n);
        }
    }

    /** Adds a spelling of the primary name (a variant) as an alias. */
    void variant(String name) {
        String n = clean(name);
        if (n != null && !n.equals(primaryName)) {
            aliases.add(n);
            variants.add(n);
        }
    }

    static void add(Set<String> target, String value) {
        String v = clean(value);
        if (v != null) {
            target.add(v);
        }
    }

    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip().replaceAll("\\s+", " ");
        return v.isEmpty() || v.equals("-0-") ? null : v;
    }

    /** Joins the non-blank parts with ", ". */
    static String join(List<String> parts) {
        List<String> kept = new ArrayList<>();
        for (String p : parts) {
            String c = clean(p);
            if (c != null) {
                kept.add(c);
            }
        }
        return String.join(", ", kept);
    }

    ListEntry build() {
        if (primaryName == null && !aliases.isEmpty()) {
            primaryName = aliases.iterator().next();
        }
        aliases.remove(primaryName);
        variants.remove(primaryName);
        return new ListEntry(list, id, type, primaryName, new ArrayList<>(aliases), new ArrayList<>(variants),
                new ArrayList<>(birthDates),
                new ArrayList<>(nationalities), new ArrayList<>(addresses), new ArrayList<>(programmes));
    }
}
