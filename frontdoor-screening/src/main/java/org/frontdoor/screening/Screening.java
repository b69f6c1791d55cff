package org.frontdoor.screening;

import org.frontdoor.screening.index.CandidateIndex;
import org.frontdoor.screening.lists.EntryType;
import org.frontdoor.screening.lists.ListEntry;
import org.frontdoor.screening.lists.SanctionsList;
import org.frontdoor.screening.names.NameMatcher;
import org.frontdoor.screening.names.NameScore;
import org.frontdoor.screening.names.NameToken;
import org.frontdoor.screening.names.NameVariants;
import org.frontdoor.screening.names.NormalisedName;
import org.frontdoor.screening.names.Schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Screens names against loaded sanctions lists.
 *
 * <p>Every listed name (primary and aliases) is normalised once and filed in a
 * {@link CandidateIndex}; a query scores only the best candidates the index returns, with
 * {@link NameMatcher}, then adjusts the score with date-of-birth and nationality evidence. An
 * entry listed in several loaded versions of the same list is reported once.
 *
 * <p>Immutable and thread-safe once built; building normalises every listed name and takes
 * seconds for all shipped lists together.
 */
public final class Screening {

    private final NameMatcher matcher;
    private final ScreeningSettings settings;
    private final List<ListEntry> entries = new ArrayList<>();
    private final List<NormalisedName> names = new ArrayList<>();
    private final int[][] entriesOfName;
    private final CandidateIndex index;

    private Screening(List<SanctionsList> lists, ScreeningSettings settings, NameMatcher matcher) {
        this.settings = settings;
        this.matcher = matcher;
        // One indexed name per distinct spelling and kind: an entry kept in several loaded
        // versions of a list, or a name shared by several entries, is scored once per query.
        Map<String, Integer> distinct = new java.util.HashMap<>();
        Map<NameToken, NameToken> words = new java.util.HashMap<>();
        List<List<Integer>> owners = new ArrayList<>();
        for (SanctionsList list : lists) {
            for (ListEntry entry : list.entries()) {
                Schema schema = schemaOf(entry.type());
                for (String name : entry.names()) {
                    for (String variant : NameVariants.of(name)) {
                        Integer id = distinct.get(schema + "\u0000" + variant);
                        if (id == null) {
                            id = names.size();
                            distinct.put(schema + "\u0000" + variant, id);
                            names.add(sharingWords(matcher.normaliser().normalise(variant, schema), words));
                            owners.add(new ArrayList<>(1));
                        }
                        List<Integer> of = owners.get(id);
                        if (of.isEmpty() || of.get(of.size() - 1) != entries.size()) {
                            of.add(entries.size());
                        }
                    }
                }
                entries.add(entry);
            }
        }
        this.entriesOfName = new int[owners.size()][];
        for (int i = 0; i < owners.size(); i++) {
            entriesOfName[i] = owners.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        this.index = new CandidateIndex(names);
    }

    /**
     * The name with each word replaced by an equal word already met in another listed name.
     * The 160,000 words of the shipped lists' 51,000 names are 32,000 distinct ones: shared, they
     * take a fifth of the memory and stay in the processor's caches while a query compares its
     * words with them.
     */
    private static NormalisedName sharingWords(NormalisedName name, Map<NameToken, NameToken> words) {
        List<NameToken> shared = new ArrayList<>(name.tokens().size());
        for (NameToken token : name.tokens()) {
            shared.add(words.computeIfAbsent(token, t -> t));
        }
        return new NormalisedName(name.original(), name.schema(), shared, name.legalForms(), name.honorifics());
    }

    /** A screening over {@code lists} with default settings. */
    public static Screening of(List<SanctionsList> lists) {
        return of(lists, ScreeningSettings.defaults());
    }

    /** A screening over {@code lists} with the given settings. */
    public static Screening of(List<SanctionsList> lists, ScreeningSettings settings) {
        return new Screening(lists, settings, new NameMatcher());
    }

    /** Number of entries loaded (an entry in two loaded versions counts twice). */
    public int entryCount() {
        return entries.size();
    }

    /** Number of distinct listed names indexed (spellings shared by entries or versions count once). */
    public int nameCount() {
        return names.size();
    }

    /** The settings in use. */
    public ScreeningSettings settings() {
        return settings;
    }

    /**
     * The entries matching {@code query} with a score at or above the threshold, best first, at
     * most one hit per list and entry id. Never null.
     */
    public List<ScreeningHit> screen(ScreeningQuery query) {
        String queryCountry = Countries.code(query.country());
        Map<String, ScreeningHit> best = new LinkedHashMap<>();
        // A query written with aliases or brackets is screened under each of its readings, as
        // listed names are indexed under each of theirs.
        for (String variant : NameVariants.of(query.name())) {
            NormalisedName q = matcher.normaliser().normalise(variant, query.schema());
            if (!q.isEmpty()) {
                screenReading(q, query, queryCountry, best);
            }
        }
        List<ScreeningHit> hits = new ArrayList<>(best.values());
        hits.sort((a, b) -> Double.compare(b.score(), a.score()));
        return hits;
    }

    private void screenReading(NormalisedName q, ScreeningQuery query, String queryCountry,
                               Map<String, ScreeningHit> best) {
        for (int nameId : index.candidates(q, settings.maxCandidates(), settings.minShare())) {
            NameScore nameScore = null;
            for (int entryId : entriesOfName[nameId]) {
                ListEntry entry = entries.get(entryId);
                if (!compatible(query.schema(), entry.type())) {
                    continue;
                }
                if (nameScore == null) {
                    // Evidence can lift a score by at most 0.08, so lower ones cannot become
                    // hits; most candidates fall short, and only the others are explained.
                    if (matcher.similarity(q, names.get(nameId)) + 0.08 < settings.threshold()) {
                        break;
                    }
                    nameScore = matcher.compare(q, names.get(nameId));
                }
                NameScore score = withCountry(withBirthDate(nameScore, query.birthDate(), entry), queryCountry, entry);
                if (score.score() < settings.threshold()) {
                    continue;
                }
                String key = entry.list() + "\u0000" + entry.id();
                ScreeningHit previous = best.get(key);
                if (previous == null || previous.score() < score.score()) {
                    best.put(key, new ScreeningHit(entry, names.get(nameId).original(), score.score(), score));
                }
            }
        }
    }

    private static Schema schemaOf(EntryType type) {
        return switch (type) {
            case PERSON -> Schema.PERSON;
            case ENTITY -> Schema.COMPANY;
            case VESSEL, AIRCRAFT -> Schema.VESSEL;
        };
    }

    private static boolean compatible(Schema query, EntryType type) {
        return switch (query) {
            case ANY, LEGAL_ENTITY -> true;
            case PERSON -> type == EntryType.PERSON;
            case COMPANY, ORGANIZATION -> type == EntryType.ENTITY;
            case VESSEL -> type == EntryType.VESSEL || type == EntryType.AIRCRAFT;
        };
    }

    /** Same date lifts the score a little, a different year of birth lowers it. */
    private static NameScore withBirthDate(NameScore score, String birthDate, ListEntry entry) {
        if (birthDate == null || birthDate.length() < 4 || entry.birthDates().isEmpty()) {
            return score;
        }
        String year = birthDate.substring(0, 4);
        boolean sameDate = false;
        boolean closeYear = false;
        for (String listed : entry.birthDates()) {
            if (listed.length() < 4) {
                continue;
            }
            if (birthDate.length() >= 10 && listed.equals(birthDate.substring(0, 10))) {
                sameDate = true;
            }
            try {
                if (Math.abs(Integer.parseInt(listed.substring(0, 4)) - Integer.parseInt(year)) <= 1) {
                    closeYear = true;
                }
            } catch (NumberFormatException ignored) {
                closeYear = true;
            }
        }
        if (sameDate) {
            return score.adjusted(score.score() + 0.05, "date of birth matches " + birthDate);
        }
        if (closeYear) {
            return score.adjusted(score.score() + 0.02, "year of birth agrees within a year");
        }
        return score.adjusted(score.score() - 0.10, "date of birth differs: listed " + entry.birthDates());
    }

    /** A shared nationality lifts the score a little; a listed nationality that differs lowers it. */
    private static NameScore withCountry(NameScore score, String countryCode, ListEntry entry) {
        if (countryCode == null || entry.nationalities().isEmpty()) {
            return score;
        }
        Set<String> listed = new HashSet<>();
        for (String n : entry.nationalities()) {
            String code = Countries.code(n);
            if (code != null) {
                listed.add(code);
            }
        }
        if (listed.isEmpty()) {
            return score;
        }
        if (listed.contains(countryCode)) {
            return score.adjusted(score.score() + 0.03, "nationality matches " + countryCode);
        }
        return score.adjusted(score.score() - 0.05, "nationality differs: listed " + listed);
    }
}
