package org.frontdoor.screening.names;

import com.ibm.icu.text.Transliterator;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.frontdoor.screening.concurrent.Reusables;

/**
 * Turns a name as written into a {@link NormalisedName}: Unicode NFKC, transliteration of any
 * script to Latin (Russian BGN/PCGN rules for Cyrillic, ICU's defaults for the rest, such as
 * Hanyu Pinyin for Chinese), accent and case folding, punctuation to spaces, then removal of
 * honorifics and legal forms and classification of the remaining words.
 *
 * <p>Thread-safe. ICU transliterators are kept per thread because they are not documented as
 * safe for concurrent use; pure ASCII input (most list names) skips them entirely.
 */
public final class NameNormaliser {

    private static final String TO_LATIN = "Russian-Latin/BGN; Any-Latin; Latin-ASCII";
    // Transliterators are not thread-safe and costly to build: lent out, not built per (virtual) thread.
    private static final Reusables<Transliterator> ANY_TO_ASCII =
            new Reusables<>(Runtime.getRuntime().availableProcessors() * 4, () -> Transliterator.getInstance(TO_LATIN));
    private static final Reusables<Transliterator> LATIN_TO_ASCII =
            new Reusables<>(Runtime.getRuntime().availableProcessors() * 4, () -> Transliterator.getInstance("Latin-ASCII"));

    /** Normalises {@code name} for the given schema; a null or blank name gives an empty result. */
    public NormalisedName normalise(String name, Schema schema) {
        String original = name == null ? "" : name;
        List<String> words = words(toAscii(original));
        List<String> honorifics = new ArrayList<>();
        if (schema.mayCarryHonorifics()) {
            words = removeHonorifics(words, honorifics);
        }
        List<String> legalForms = new ArrayList<>();
        if (schema != Schema.PERSON) {
            words = removeLegalForms(words, legalForms);
        }
        boolean abjad = hasAbjadScript(original);
        List<NameToken> tokens = new ArrayList<>(words.size());
        boolean organisation = schema.isOrganisation() || !legalForms.isEmpty();
        List<String> split = splitArticles(words, abjad);
        if (organisation) {
            split = expandAbbreviations(split);
        }
        for (String w : split) {
            TokenKind kind = kindOf(w);
            if (organisation && SAINT.contains(w)) {
                // "St Petersburg", "Sankt-Peterburg", "Saint Petersburg": one abbreviation.
                w = "st";
            }
            if (organisation && kind == TokenKind.NAME && (NameVocabulary.GENERIC_ORGANISATION_WORDS.contains(w)
                    || NameVocabulary.COUNTRY_WORDS.contains(w) || NameVocabulary.CONCEPT_BY_WORD.containsKey(w))) {
                kind = TokenKind.GENERIC;
            }
            tokens.add(token(w, kind, abjad));
        }
        return new NormalisedName(original, schema, tokens, legalForms, honorifics);
    }

    /**
     * Russian abbreviations of the kind of body ("NPP", "NII", "KB") as their words, so that they
     * meet the English translation word by word ("NPP Salyut" / "Scientific Production
     * Enterprise Salyut") through the descriptive-word translations.
     */
    private static List<String> expandAbbreviations(List<String> words) {
        List<String> out = null;
        for (int i = 0; i < words.size(); i++) {
            List<String> expansion = NameVocabulary.ABBREVIATIONS.get(words.get(i));
            if (expansion != null && words.size() > 1) {
                if (out == null) {
                    out = new ArrayList<>(words.subList(0, i));
                }
                out.addAll(expansion);
            } else if (out != null) {
                out.add(words.get(i));
            }
        }
        return out == null ? words : out;
    }

    private static final java.util.Set<String> SAINT = java.util.Set.of("saint", "sainte", "sankt", "sint");

    /** Builds the token for one already normalised word; used when words are merged. */
    static NameToken token(String word, TokenKind kind, boolean abjad) {
        // Particles that mean the same ("bin", "ibn", "ben"; "al", "el", "ul") share a key.
        String key = kind == TokenKind.PARTICLE ? PhoneticKeys.particleKey(word) : PhoneticKeys.key(word);
        return new NameToken(word, key, PhoneticKeys.skeleton(key), kind, abjad);
    }

    private static final java.util.regex.Pattern ABD = java.util.regex.Pattern.compile("(abd)(?:ul|el|ol|al|ur|ar|ol|u)?([a-z]{3,})?");
    private static final java.util.regex.Pattern ABJAD_ABD = java.util.regex.Pattern.compile("(bd)al([a-z]{2,})");
    /** "Abdullah", "Abdallah", "Abdulla", "Esmatullah", "Ruhollah": a name joined to "Allah". */
    private static final java.util.regex.Pattern LATIN_ALLAH = java.util.regex.Pattern.compile(
            "(abd)(?:u|a|e)?llah?|([a-z]{2,}?)(?:u|a|o)llah");
    /** The same in Arabic script romanised without vowels: "bdallh", "bdllh", "hmdallh". */
    private static final java.util.regex.Pattern ABJAD_ALLAH = java.util.regex.Pattern.compile("([a-z]*?)a?llh");
    /**
     * "Nuruddin", "Noureddine", "Salahaldin": a name joined to "al-Din". A doubled "d" or a
     * written article marks the compound, so "Borodin" or "Geraldine" are left alone.
     */
    private static final java.util.regex.Pattern LATIN_AL_DIN = java.util.regex.Pattern.compile(
            "([a-z]{3,}?)(?:u|a|e|o|ou)ddi?(?:n|ne|een)|([a-z]{4,}?)(?:al|el|ul)di?(?:n|ne|een)");
    /** The same in Arabic script, where the article is written: "nwraldyn". */
    private static final java.util.regex.Pattern ABJAD_AL_DIN = java.util.regex.Pattern.compile("([a-z]{2,}?)aldyn");

    /**
     * Separates the Arabic article where writing conventions attach it: "Abdul Rahman",
     * "Abdulrahman" and "Abd al-Rahman" all become "abd al rahman"; in Arabic script the article
     * is written joined ("alhbyb"), in Latin mostly apart ("al-Habib"). Compounds with "Allah"
     * and "al-Din" are written joined in Latin and mostly apart in Arabic script ("Esmatullah"
     * / "عصمت الله", "Nuruddin" / "نور الدين"): both become separate words, and every spelling
     * of "Allah" becomes the one word "allah", so the two scripts align word for word.
     */
    private static List<String> splitArticles(List<String> words, boolean abjad) {
        List<String> out = new ArrayList<>(words.size() + 2);
        for (String w : words) {
            if (w.equals("allah") || w.equals("allh")) {
                out.add("allah");
                continue;
            }
            java.util.regex.Matcher allah = (abjad ? ABJAD_ALLAH : LATIN_ALLAH).matcher(w);
            java.util.regex.Matcher alDin = (abjad ? ABJAD_AL_DIN : LATIN_AL_DIN).matcher(w);
            if (allah.matches()) {
                String stem = allah.group(1) != null ? allah.group(1) : allah.group(2);
                if (stem != null && !stem.isEmpty()) {
                    out.add(stem);
                }
                out.add("allah");
                continue;
            }
            if (alDin.matches()) {
                out.add(alDin.group(1) != null ? alDin.group(1) : alDin.group(2));
                out.add("al");
                out.add("din");
                continue;
            }
            java.util.regex.Matcher m = (abjad ? ABJAD_ABD : ABD).matcher(w);
            if (m.matches() && (abjad || w.length() > 3)) {
                out.add(m.group(1));
                out.add("al");
                if (m.group(2) != null) {
                    out.add(m.group(2));
                }
            } else if (abjad && w.startsWith("al") && w.length() > 4) {
                out.add("al");
                out.add(w.substring(2));
            } else {
                out.add(w);
            }
        }
        return out;
    }

    private static boolean hasAbjadScript(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x0590 && c <= 0x08FF || c >= 0xFB1D && c <= 0xFDFF || c >= 0xFE70 && c <= 0xFEFF) {
                return true;
            }
        }
        return false;
    }

    /**
     * Transliterates any script to lower-case ASCII. Apostrophes and the letters for ayin and
     * hamza vanish ("Ma'ruf" is "maruf"); other punctuation becomes a space.
     */
    public static String toAscii(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        boolean ascii = true;
        boolean latinOnly = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 128) {
                ascii = false;
                Character.UnicodeScript script = Character.UnicodeScript.of(s.codePointAt(i));
                if (script != Character.UnicodeScript.LATIN && script != Character.UnicodeScript.COMMON
                        && script != Character.UnicodeScript.INHERITED) {
                    latinOnly = false;
                    break;
                }
            }
        }
        if (!ascii) {
            if (!latinOnly) {
                s = arabicLetterForms(s);
            }
            String latin = s;
            s = (latinOnly ? LATIN_TO_ASCII : ANY_TO_ASCII).with(transliterator -> transliterator.transliterate(latin));
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                out.append((char) (c + 32));
            } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
            } else if (c == '\'' || c == '`' || c == '\u2019' || c == '\u2018' || c == '\u02BF'
                    || c == '\u02BE' || c == '\u00B4' || c == '\u02BB' || c == '\u02BC') {
                continue;
            } else if (c >= 128 && Character.isLetterOrDigit(c)) {
                // Letters that no transliterator handled stay, lower-cased, rather than vanish.
                out.append(Character.toLowerCase(c));
            } else {
                out.append(' ');
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * Urdu and Persian write "h" and "y" with letter forms that ICU's Arabic transliteration does
     * not know (it leaves "ھ" as a modifier letter, "tʱ" for "طھ"): they become the Arabic letters.
     */
    private static String arabicLetterForms(String s) {
        return s.replace('\u06BE', '\u0647').replace('\u06C1', '\u0647').replace('\u06C0', '\u0647')
                .replace('\u06D2', '\u064A');
    }

    private static List<String> words(String ascii) {
        List<String> words = new ArrayList<>();
        for (String w : ascii.split(" ")) {
            if (!w.isEmpty()) {
                // "77th" and "77" are the same division; "1st" the same as "1".
                words.add(ORDINAL.matcher(w).matches() ? w.replaceAll("\\D", "") : w);
            }
        }
        return words;
    }

    private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile("\\d+(st|nd|rd|th)");

    private static List<String> removeHonorifics(List<String> words, List<String> removed) {
        List<String> kept = new ArrayList<>(words.size());
        boolean leading = true;
        for (String w : words) {
            boolean honorific = NameVocabulary.HONORIFICS.contains(w)
                    || (leading && NameVocabulary.LEADING_TITLES.contains(w));
            if (honorific) {
                removed.add(w);
            } else {
                kept.add(w);
                leading = false;
            }
        }
        // A name made only of such words ("Major") is the name itself.
        if (kept.isEmpty()) {
            removed.clear();
            return words;
        }
        return kept;
    }

    /**
     * The words of an organisation name without the legal forms at either end ("2rivers pte ltd"
     * gives "2rivers"); words as {@link #toAscii} splits them. Never empties the name.
     */
    public static List<String> withoutLegalForms(List<String> words) {
        return removeLegalForms(words, new ArrayList<>());
    }

    private static List<String> removeLegalForms(List<String> words, List<String> removed) {
        int start = 0;
        int end = words.size();
        boolean changed = true;
        while (changed && end - start > 1) {
            changed = false;
            int tail = NameVocabulary.legalFormEndingAt(words.subList(start, end), end - start);
            if (tail > 0 && tail < end - start) {
                removed.add(NameVocabulary.canonicalLegalForm(words.subList(end - tail, end)));
                end -= tail;
                changed = true;
            }
            int head = NameVocabulary.legalFormStartingAt(words.subList(0, end), start);
            if (head > 0 && head < end - start) {
                removed.add(NameVocabulary.canonicalLegalForm(words.subList(start, start + head)));
                start += head;
                changed = true;
            }
        }
        return new ArrayList<>(words.subList(start, end));
    }

    private static TokenKind kindOf(String word) {
        if (NameVocabulary.PARTICLES.contains(word)) {
            return TokenKind.PARTICLE;
        }
        if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
            return TokenKind.INITIAL;
        }
        return TokenKind.NAME;
    }
}
