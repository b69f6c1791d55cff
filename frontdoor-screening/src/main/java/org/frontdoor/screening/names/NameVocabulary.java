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
            "senora", "sr", "sra", "gospodin", "hrh", "excellency", "he",
            // Generational suffixes: "John Smith Jr." is listed as John Smith.
            "jr", "junior", "jnr", "snr");

    /** Ranks removed only at the start of a person's name: elsewhere they can be real words. */
    static final Set<String> LEADING_TITLES = Set.of(
            "general", "gen", "colonel", "col", "major", "maj", "captain", "capt", "lieutenant", "lt",
            "brigadier", "admiral", "commander", "cdr", "sergeant", "sgt", "marshal", "president",
            "minister", "judge", "his", "her");

    /** Connecting words: kept, but weighted low and free to be missing on one side. */
    static final Set<String> PARTICLES = Set.of(
            "al", "el", "ul", "ur", "ud", "bin", "ibn", "bint", "binti", "bte", "ben", "van", "von",
            "der", "den", "de", "del", "della", "dos", "das", "da", "di", "du", "la", "le", "les", "y",
            "e", "ter", "ten", "zu", "of", "the", "and", "for", "in", "et", "und", "i", "u",
            // Arabic "in" and "and" as romanised from Arabic script ("fy", "w").
            "fy", "fi", "wa", "w",
            // Arabic "father of" opening a kunya, a relation word like "bin" ("Abu al-Bara").
            "abu", "abou", "abo");

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
            "shipyard", "works",
            // Kinds of body and field of work, which say what an organisation is rather than
            // which one: military and political bodies, research and state bodies, trades.
            "army", "force", "forces", "corps", "brigade", "battalion", "division", "regiment", "front",
            "movement", "party", "union", "council", "committee", "society", "fund", "trust", "cooperative",
            "state", "federal", "public", "university", "academy", "laboratory", "bureau", "department",
            "directorate", "research", "scientific", "science", "technical", "design", "production",
            "complex", "compound", "machinery", "electronics", "electronic", "security", "defence", "defense",
            "money", "exchange", "marine", "maritime", "transport", "telecom", "communications", "media",
            "chemical", "chemicals", "pharmaceutical", "pharmaceuticals", "pharma", "pharmacy", "medical",
            "electric", "metallurgical", "steel", "automotive", "motors", "consulting", "project", "projects",
            "studio",
            // The same in the transliterated languages most frequent on the lists (Russian,
            // Ukrainian, Persian, Turkish, Arabic): "zavod" is "plant", "sanaye" "industries".
            "zavod", "kombinat", "tsentr", "kompaniya", "kompania", "firma", "obyedinenie", "obedinenie",
            "nauchno", "proizvodstvennoe", "proizvodstvennoye", "predpriyatie", "predpriyatiye",
            "issledovatelskiy", "issledovatelskii", "institut", "gruppa", "grupp", "banka",
            "sherkat", "shirkat", "sharikat", "sanaye", "sanayi", "sanat", "sazman", "sazmane", "bonyad",
            "ticaret", "makina", "teknoloji", "teknolojileri", "insaat", "sirketi", "mojtame",
            "sarafi", "hawala", "muassasa", "muassasat", "sharika", "aktsionernyy", "aktsionernyi",
            "aktsionernaya", "aktsionernoe", "aktsionernoye", "obshchestvo", "missile", "missiles", "rocket",
            "navigation", "analytical", "analiticheskii", "analiticheskiy",
            // Adjectives companies add to describe themselves, not to tell themselves apart.
            "advanced", "modern", "multi", "activities", "universal", "integrated", "specialized",
            "specialised", "private", "united", "new", "business");

    /**
     * Descriptive organisation words with the same meaning in the languages most frequent on the
     * lists, romanised as the lists and ICU write them (Russian, Ukrainian, Persian, Arabic
     * script without vowels, Turkish): "zavod" is a plant, "sanaye" industries, "shbkt" a
     * network. Two such words with one meaning agree as a translation. General vocabulary only,
     * never the name of a listed party.
     */
    private static final String[][] CONCEPTS = {
            {"plant", "zavod", "factory", "kombinat", "fabrika"},
            {"centre", "center", "tsentr", "markaz", "merkezi"},
            {"group", "gruppa", "grupp", "grupa", "grup", "majmuat", "mjmwt", "group"},
            {"institute", "institut", "institution", "mwsst", "muassasa", "muassasat", "moassese"},
            {"bank", "bnk", "banka", "banko", "banco", "banque"},
            {"network", "shabaka", "shbkt", "shbkh", "shabakeh"},
            {"exchange", "sarafi", "srafy", "sarrafi", "sarafy"},
            {"industries", "industry", "industrial", "sanaye", "sanayi", "sanat", "snay", "promyshlennaya",
                    "promyshlennyy", "promishlennaya", "promyshlennost"},
            {"organisation", "organization", "sazman", "sazmane", "szman", "organizatsiya", "organizatsiia"},
            {"foundation", "bonyad", "bnyad"},
            {"fund", "fond", "sandogh"},
            {"scientific", "nauchno", "nauchnyy", "nauchnyi", "naukovo"},
            {"research", "issledovatelskiy", "issledovatelskii", "issledovatelsky"},
            {"production", "proizvodstvennoe", "proizvodstvennoye", "vyrobnyche"},
            {"enterprise", "predpriyatie", "predpriyatiye", "pidpryiemstvo"},
            {"association", "obedinenie", "obyedinenie", "obyedineniye"},
            {"commercial", "tijari", "tjaryt", "altjaryt", "ticari"},
            {"trading", "trade", "ticaret", "tijarat"},
            {"shipping", "sudokhodnaya", "sudokhodnaia", "kashtirani"},
            {"movement", "dvizhenie", "dvizheniye", "harakat", "hrkt"},
            {"army", "armiya", "jaysh", "jysh"},
            {"force", "forces", "sily", "niroo", "nirouye", "nyrwy"},
            {"ministry", "ministerstvo", "vezarat", "wizarat"},
            {"national", "natsionalnyy", "natsionalnyi", "melli"},
            {"electronics", "electronic", "elektroniks", "elektronika", "elektroniki", "elektronnyy"},
            {"aviation", "aviatsionnyy", "aviatsionnykh", "aviatsionnyi", "aircraft"},
            {"repair", "remontnyy", "remontnyi", "remontny", "remont"},
            {"rocket", "missile", "raketno", "raketnyy", "raketnyi", "raketnaya"},
            {"space", "kosmicheskii", "kosmicheskiy", "kosmicheskaya", "kosmicheskikh"},
            {"cooperative", "taavon", "taavoni", "tawn", "kooperativ"},
            {"bureau", "byuro", "biuro"},
            {"design", "konstruktorskoe", "konstruktorskoye", "konstruktorskoho"},
            {"central", "tsentralnyy", "tsentralnyi", "tsentralny", "markazi"},
            {"experimental", "opytno", "opytnoe", "opytnoye"},
            {"state", "gosudarstvennyy", "gosudarstvennyi", "gosudarstvennoe", "derzhavne"},
            {"company", "kompaniya", "kompania", "kompaniia", "firma", "sirketi"},
    };

    /**
     * Russian abbreviations of the kind of body, by the descriptive words they stand for
     * ("NPP" is a "nauchno-proizvodstvennoe predpriyatie", a scientific production enterprise).
     * Read only beside another word: alone the letters are the name.
     */
    static final Map<String, List<String>> ABBREVIATIONS = Map.of(
            "npp", List.of("nauchno", "proizvodstvennoe", "predpriyatie"),
            "npo", List.of("nauchno", "proizvodstvennoe", "obedinenie"),
            "nii", List.of("nauchno", "issledovatelskiy", "institut"),
            "tsnii", List.of("tsentralnyy", "nauchno", "issledovatelskiy", "institut"),
            "nits", List.of("nauchno", "issledovatelskiy", "tsentr"),
            "kb", List.of("konstruktorskoe", "byuro"),
            "okb", List.of("opytno", "konstruktorskoe", "byuro"),
            "gnts", List.of("gosudarstvennyy", "nauchnyy", "tsentr"));

    /** The concept (first word of its row in {@link #CONCEPTS}) of a descriptive word, by word. */
    static final Map<String, String> CONCEPT_BY_WORD = concepts();

    private static Map<String, String> concepts() {
        Map<String, String> map = new HashMap<>();
        for (String[] row : CONCEPTS) {
            for (String word : row) {
                map.put(word, row[0]);
            }
        }
        return Map.copyOf(map);
    }

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
        // Russian and Ukrainian legal forms as romanised by the lists (several spellings each),
        // Turkish and French one-person forms: they say how a company is held, not which it is.
        legalForm("jsc", "aktsionernoye obshchestvo", "aktsionernoe obschestvo", "akcionernoe obshchestvo",
                "zakrytoe aktsionernoe obshchestvo", "zakrytoye aktsionernoye obshchestvo",
                "zakrytoe aktsionernoe obschestvo", "aktsionerne tovarystvo", "aktsionernaya kompaniya",
                "aktsionernaia kompaniia", "prat", "joint stock", "closed joint stock");
        legalForm("pjsc", "otkrytoe aktsionernoe obshchestvo", "otkrytoye aktsionernoye obshchestvo",
                "otkrytoe aktsionernoe obschestvo", "publichnoe aktsionernoe obschestvo",
                "publichne aktsionerne tovarystvo", "public joint stock", "open joint stock");
        legalForm("ooo", "obshchestvo s ogranichennoi otvetstvennostyu", "obshchestvo s ogranichennoy otvetstvennostiu",
                "obschestvo s ogranichennoi otvetstvennostyu", "tovarystvo z obmezhenoiu vidpovidalnistiu",
                "tovarystvo z obmezhenoyu vidpovidalnistyu");
        legalForm("ltd", "limited sirketi", "ltd sti", "sti", "limited sti");
        legalForm("as", "anonim sirketi", "a s");
        legalForm("srl", "sarlu", "eurl", "sasu");
        // Arabic script, romanised without vowels: "sharikat" (company), "al-mahduda" (limited).
        legalForm("co", "shrkt", "sharikat", "sherkat", "shirkat", "shrkh");
        legalForm("ltd", "lmtd", "almhdwdt", "mhdwdt");
        legalForm("fsue", "fsue", "federal state unitary enterprise");
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
