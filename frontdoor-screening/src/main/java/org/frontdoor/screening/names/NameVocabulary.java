package org.frontdoor.screening.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words in names that are not the name: honorifics, legal forms and particles. Entries are in
 * the normalised form (lower-case ASCII, punctuation turned into spaces, so "S.A. de C.V." is
 * "s a de c v").
 */
final class NameVocabulary {

    /** Honorifics removed wherever they stand in a person's name. */
    static final Set<String> HONORIFICS = Set.of(
            "mr", "mrs", "ms", "mx", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
            "sheikh", "shaykh", "shaikh", "sheik", "cheikh", "sheykh", "haji", "hajji", "hadji", "alhaji",
            "alhaj", "mullah", "mulla", "maulana", "maulvi", "mawlawi", "mawlana", "moulana", "imam",
            "hon", "rev", "reverend", "herr", "frau", "monsieur", "mme", "madame", "mlle", "senor",
            "senora", "sr", "sra", "gospodin", "hrh", "excellency", "he");

    /** Ranks removed only at the start of a person's name: elsewhere they can be real words. */
    static final Set<String> LEADING_TITLES = Set.of(
            "general", "gen", "colonel", "col", "major", "maj", "captain", "capt", "lieutenant", "lt",
            "brigadier", "admiral", "commander", "cdr", "sergeant", "sgt", "marshal", "president",
            "minister", "judge", "his", "her");

    /** Connecting words: kept, but weighted low and free to be missing on one side. */
    static final Set<String> PARTICLES = Set.of(
            "al", "el", "ul", "ur", "ud", "bin", "ibn", "bint", "binti", "bte", "ben", "van", "von",
            "der", "den", "de", "del", "della", "dos", "das", "da", "di", "du", "la", "le", "les", "y",
            "e", "ter", "ten", "zu", "of", "the", "and", "for", "in", "et", "und", "i", "u");

    /** Words common to organisation names; weighted low for organisations only. */
    static final Set<String> GENERIC_ORGANISATION_WORDS = Set.of(
            "bank", "group", "holding", "holdings", "trading", "trade", "international", "intl", "industries",
            "industry", "industrial", "enterprise", "enterprises", "services", "service", "company", "general",
            "global", "national", "investment", "investments", "finance", "financial", "capital", "partners",
            "management", "technologies", "technology", "systems", "solutions", "shipping", "petroleum",
            "energy", "logistics", "import", "export", "development", "organization", "organisation",
            "foundation", "association", "institute", "center", "centre", "network", "agency", "authority",
            "ministry", "office", "products", "resources", "commercial", "manufacturing", "factory", "plant",
            "oil", "gas", "mining", "construction", "engineering", "airlines", "airways", "air", "aviation",
            "shipyard", "works");

    /**
     * Words of English country names ("russia", "iran", "belarus"): in an organisation's name they
     * say where it is more than which one it is ("Sberbank of Russia" is Sberbank). Two names
     * keeping different such words apart are penalised by the matcher (branches in two countries).
     */
    static final Set<String> COUNTRY_WORDS = countryWords();

    private static Set<String> countryWords() {
        Set<String> words = new java.util.HashSet<>();
        for (String code : java.util.Locale.getISOCountries()) {
            String name = java.util.Locale.of("", code).getDisplayCountry(java.util.Locale.ENGLISH);
            for (String w : NameNormaliser.toAscii(name).split(" ")) {
                if (w.length() > 3 && !PARTICLES.contains(w)) {
                    words.add(w);
                }
            }
        }
        return Set.copyOf(words);
    }

    /** Short forms of given names, by formal name (English hypocorisms, Russian diminutives). */
    private static final String[][] SHORT_FORMS = {
            {"robert", "bob", "bobby", "rob", "robbie"}, {"william", "bill", "billy", "will", "willie"},
            {"james", "jim", "jimmy", "jamie"}, {"michael", "mike", "mick", "mikey"},
            {"richard", "rick", "dick", "richie"}, {"thomas", "tom", "tommy"},
            {"elizabeth", "liz", "beth", "betty", "eliza"}, {"katherine", "catherine", "kate", "kathy", "cathy", "katie"},
            {"margaret", "maggie", "meg", "peggy"}, {"jennifer", "jen", "jenny"}, {"joseph", "joe", "joey"},
            {"charles", "charlie", "chuck"}, {"edward", "eddie", "ted", "ned"}, {"anthony", "tony"},
            {"christopher", "chris"}, {"daniel", "dan", "danny"}, {"david", "dave"}, {"matthew", "matt"},
            {"nicholas", "nick"}, {"alexander", "alex", "sasha", "sascha", "aleksandr"}, {"andrew", "andy", "drew"},
            {"samuel", "sam"}, {"stephen", "steven", "steve"}, {"patricia", "patty"}, {"susan", "sue", "suzy"},
            {"dmitry", "dima"}, {"vladimir", "vova", "volodya"}, {"yevgeny", "zhenya"}, {"mikhail", "misha"},
            {"nikolai", "kolya"}, {"ivan", "vanya"}, {"aleksei", "alyosha", "lyosha"}, {"yekaterina", "katya"},
    };

    /** Transliteration key of a given name or short form to the key of its formal name. */
    static final Map<String, String> FORMAL_NAME_BY_KEY = formalNames();

    private static Map<String, String> formalNames() {
        Map<String, String> map = new HashMap<>();
        for (String[] group : SHORT_FORMS) {
            String formal = PhoneticKeys.key(group[0]);
            for (String form : group) {
                map.put(PhoneticKeys.key(form), formal);
            }
        }
        return Map.copyOf(map);
    }

    private static final Map<List<String>, String> LEGAL_FORMS = new HashMap<>();
    private static int longestLegalForm = 1;

    static {
        legalForm("ltd", "ltd", "limited", "ltda", "limitada");
        legalForm("llc", "llc", "l l c", "limited liability company", "limited liability co");
        legalForm("inc", "inc", "incorporated");
        legalForm("corp", "corp", "corporation");
        legalForm("co", "co", "company", "compania", "companhia", "compagnie", "cie");
        legalForm("plc", "plc", "p l c", "public limited company");
        legalForm("gmbh", "gmbh", "g m b h", "gesellschaft mit beschrankter haftung");
        legalForm("ag", "ag", "aktiengesellschaft");
        legalForm("sa", "sa", "s a", "sociedad anonima", "societe anonyme", "sae", "s a e");
        legalForm("sa de cv", "sa de cv", "s a de c v", "s de r l de c v", "s de rl de cv", "s a p i de c v");
        legalForm("srl", "srl", "s r l", "s de r l", "s de rl", "sarl", "s a r l", "sl", "s l");
        legalForm("spa", "spa", "s p a");
        legalForm("bv", "bv", "b v");
        legalForm("nv", "nv", "n v");
        legalForm("ab", "ab");
        legalForm("as", "as", "a s", "asa");
        legalForm("oy", "oy", "oyj");
        legalForm("kg", "kg", "gmbh co kg", "gmbh and co kg");
        legalForm("kft", "kft");
        legalForm("doo", "doo", "d o o");
        legalForm("sro", "sro", "s r o");
        legalForm("sas", "sas", "s a s");
        legalForm("pte", "pte", "pte ltd", "pvt", "pvt ltd", "private limited");
        legalForm("pty", "pty", "pty ltd");
        legalForm("bhd", "bhd", "sdn bhd", "berhad", "sendirian berhad");
        legalForm("fze", "fze", "fzco", "fzc", "fz llc", "fzllc", "dmcc");
        legalForm("llp", "llp", "l l p", "limited liability partnership", "lp", "l p");
        legalForm("jsc", "jsc", "joint stock company", "aktsionernoye obshchestvo", "aktsionernoe obshchestvo",
                "ao", "zao", "cjsc", "closed joint stock company");
        legalForm("pjsc", "pjsc", "public joint stock company", "publichnoye aktsionernoye obshchestvo",
                "publichnoe aktsionernoe obshchestvo", "pao", "oao", "ojsc", "open joint stock company");
        legalForm("ooo", "ooo", "obshchestvo s ogranichennoy otvetstvennostyu", "too", "tov");
        legalForm("kk", "kk", "kabushiki kaisha");
        legalForm("est", "est", "establishment");
        legalForm("pmc", "pmc", "private military company", "chvk");
        legalForm("fgup", "fgup", "gup", "mup", "fkp", "fgbu", "fgbou", "fgu", "ano", "nko", "pk", "ip");
    }

    private NameVocabulary() {
    }

    private static void legalForm(String canonical, String... spellings) {
        for (String spelling : spellings) {
            List<String> words = List.of(spelling.split(" "));
            LEGAL_FORMS.put(words, canonical);
            longestLegalForm = Math.max(longestLegalForm, words.size());
        }
    }

    /**
     * The legal form that ends {@code words} at exclusive index {@code end}, as the number of words
     * it spans, or 0 when there is none. The longest spelling wins ("s a de c v" over "c v").
     */
    static int legalFormEndingAt(List<String> words, int end) {
        for (int len = Math.min(longestLegalForm, end); len >= 1; len--) {
            if (LEGAL_FORMS.containsKey(words.subList(end - len, end))) {
                return len;
            }
        }
        return 0;
    }

    /** Like {@link #legalFormEndingAt} for a legal form starting at {@code start}. */
    static int legalFormStartingAt(List<String> words, int start) {
        for (int len = Math.min(longestLegalForm, words.size() - start); len >= 1; len--) {
            if (LEGAL_FORMS.containsKey(words.subList(start, start + len))) {
                return len;
            }
        }
        return 0;
    }

    /** The canonical form of a legal-form spelling found by the methods above. */
    static String canonicalLegalForm(List<String> words) {
        return LEGAL_FORMS.getOrDefault(new ArrayList<>(words), String.join(" ", words));
    }
}
