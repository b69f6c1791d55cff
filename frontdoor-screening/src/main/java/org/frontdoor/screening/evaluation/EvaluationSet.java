package org.frontdoor.screening.evaluation;

import org.frontdoor.screening.index.CandidateIndex;
import org.frontdoor.screening.lists.EntryType;
import org.frontdoor.screening.lists.ListEntry;
import org.frontdoor.screening.lists.SanctionsList;
import org.frontdoor.screening.names.NameMatcher;
import org.frontdoor.screening.names.NameNormaliser;
import org.frontdoor.screening.names.NormalisedName;
import org.frontdoor.screening.names.Schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds labelled pairs from the lists themselves.
 *
 * <p>Matches: each entry's primary name against the aliases the list marks as spellings of it
 * (OFSI "Primary name variation" rows, names in the original script, see
 * {@link ListEntry#variants()}). Free-form aliases (a.k.a. "BNC" for a bank, noms de guerre) are
 * left out: they are other names, not other spellings, and no name matcher should match them.
 *
 * <p>Hard non-matches: for each primary name, the names of other entries of the same list that
 * share the most with it according to the candidate index (same surname, same given name, same
 * company word) — exactly the pairs a careless matcher confuses.
 */
public final class EvaluationSet {

    /**
     * Origin suffix of a match whose two names share no word, no similar word and no initials:
     * a former name or a translation that the list files among the spellings.
     */
    public static final String OTHER_NAME = ":other-name";

    private EvaluationSet() {
    }

    /**
     * Labelled pairs from {@code lists}: at most {@code maxPositivesPerList} matches per list and
     * up to {@code negativesPerName} hard non-matches per primary name used.
     */
    public static List<LabelledPair> fromLists(List<SanctionsList> lists, int maxPositivesPerList, int negativesPerName) {
        NameNormaliser normaliser = new NameNormaliser();
        List<LabelledPair> pairs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (SanctionsList list : lists) {
            List<ListEntry> entries = list.entries();
            List<NormalisedName> primaries = new ArrayList<>(entries.size());
            for (ListEntry e : entries) {
                primaries.add(normaliser.normalise(e.primaryName(), schemaOf(e.type())));
            }
            CandidateIndex index = new CandidateIndex(primaries);
            int positives = 0;
            for (int i = 0; i < entries.size() && positives < maxPositivesPerList; i++) {
                ListEntry entry = entries.get(i);
                if (entry.variants().isEmpty()) {
                    continue;
                }
                Schema schema = schemaOf(entry.type());
                for (String variant : entry.variants()) {
                    if (seen.add(entry.primaryName() + "\u0000" + variant)) {
                        // Names sharing nothing visible are other names, not spellings (ADR 0023):
                        // kept, but labelled apart so they are reported on their own.
                        String kind = SpellingRelation.spellingsOfOneName(entry.primaryName(), variant,
                                schema != Schema.PERSON)
                                ? ":variant" : OTHER_NAME;
                        pairs.add(new LabelledPair(entry.primaryName(), variant, schema, true, list.name() + kind));
                        positives++;
                    }
                }
                int negatives = 0;
                for (int other : index.candidates(primaries.get(i), 16, 0.3)) {
                    ListEntry o = entries.get(other);
                    if (negatives >= negativesPerName || o.id().equals(entry.id()) || o.type() != entry.type()
                            || sameNames(o, entry)) {
                        continue;
                    }
                    if (seen.add(entry.primaryName() + "\u0000" + o.primaryName())) {
                        pairs.add(new LabelledPair(entry.primaryName(), o.primaryName(), schema, false,
                                list.name() + ":other-entry"));
                        negatives++;
                    }
                }
            }
        }
        return pairs;
    }

    /**
     * Keeps the newest version of each list, judged by the date in the file name (yyyy-MM-dd)
     * or else the file name itself: evaluation is about the lists as they are now.
     */
    public static List<SanctionsList> newestVersions(List<SanctionsList> lists) {
        java.util.Map<String, SanctionsList> newest = new java.util.LinkedHashMap<>();
        for (SanctionsList list : lists) {
            newest.merge(list.name(), list, (a, b) -> versionKey(b).compareTo(versionKey(a)) > 0 ? b : a);
        }
        return new ArrayList<>(newest.values());
    }

    private static String versionKey(SanctionsList list) {
        String file = java.nio.file.Path.of(list.source()).getFileName().toString();
        java.util.regex.Matcher date = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}").matcher(file);
        return date.find() ? date.group() : file;
    }

    /** Scores every pair with {@code matcher} at {@code threshold}. */
    public static Metrics evaluate(List<LabelledPair> pairs, NameMatcher matcher, double threshold) {
        Metrics metrics = new Metrics();
        for (LabelledPair p : pairs) {
            metrics.add(matcher.score(p.name1(), p.name2(), p.schema()).score() >= threshold, p.match());
        }
        return metrics;
    }

    // The same person listed twice under two ids is not a non-match: skip entries sharing a name.
    private static boolean sameNames(ListEntry a, ListEntry b) {
        Set<String> names = new HashSet<>(a.names());
        for (String n : b.names()) {
            if (names.contains(n)) {
                return true;
            }
        }
        return false;
    }

    private static Schema schemaOf(EntryType type) {
        return type == EntryType.PERSON ? Schema.PERSON : type == EntryType.ENTITY ? Schema.COMPANY : Schema.VESSEL;
    }
}
