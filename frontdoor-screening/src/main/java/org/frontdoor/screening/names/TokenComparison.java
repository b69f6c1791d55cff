package org.frontdoor.screening.names;

import org.frontdoor.screening.similarity.EditDistance;
import org.frontdoor.screening.similarity.JaroWinkler;

/**
 * Compares two words of names. The rules are ordered from the most to the least certain and the
 * first that applies decides; words that agree by none of them do not match at all (a partial
 * similarity between "John" and "Jane" must not add up across words into a false match).
 */
final class TokenComparison {

    /** Similarity of two words, with how they agree. */
    record Result(MatchKind kind, double similarity) {
    }

    private TokenComparison() {
    }

    /** How the words agree, or null when they do not. */
    static Result compare(NameToken a, NameToken b) {
        String ta = a.text();
        String tb = b.text();
        if (ta.equals(tb)) {
            return new Result(MatchKind.EXACT, 1.0);
        }
        if (a.kind() == TokenKind.GENERIC && b.kind() == TokenKind.GENERIC) {
            // "Zavod"/"Plant", "Sanaye"/"Industries": descriptive words in two languages.
            String concept = NameVocabulary.CONCEPT_BY_WORD.get(ta);
            if (concept != null && concept.equals(NameVocabulary.CONCEPT_BY_WORD.get(tb))) {
                return new Result(MatchKind.TRANSLATION, 0.9);
            }
        }
        if (a.kind() == TokenKind.INITIAL || b.kind() == TokenKind.INITIAL) {
            NameToken initial = a.kind() == TokenKind.INITIAL ? a : b;
            NameToken other = initial == a ? b : a;
            return other.kind() != TokenKind.INITIAL && other.text().charAt(0) == initial.text().charAt(0)
                    ? new Result(MatchKind.INITIAL, 0.9) : null;
        }
        String ka = a.key();
        String kb = b.key();
        if (ka.equals(kb)) {
            return new Result(MatchKind.TRANSLITERATION, 0.95);
        }
        if (genderVariants(ka, kb)) {
            return null;
        }
        if (a.formal() != null && a.formal().equals(b.formal())) {
            return new Result(MatchKind.SHORT_FORM, 0.88);
        }
        if (a.abjad() != b.abjad()) {
            Result r = consonants(ka, kb);
            if (r == null) {
                // Romanised Arabic script writes letters apart that the key reads as one sound
                // ("طه" is "th", Taha, not "t"; "الزهراني" has "zh", z and h): try its letters as written.
                NameToken abjad = a.abjad() ? a : b;
                String letters = abjad.letters();
                if (letters != null && !letters.equals(abjad.key())) {
                    r = abjad == a ? consonants(letters, kb) : consonants(ka, letters);
                }
            }
            return r;
        }
        if (ka.length() < 2 || kb.length() < 2) {
            return null;
        }
        int longer = Math.max(ka.length(), kb.length());
        int allowed = longer <= 3 ? 0 : longer <= 6 ? 1 : longer <= 10 ? 2 : 3;
        // Short words must keep their first letter to count as mistyped ("Khan" is not "Chan").
        if (allowed > 0 && (longer > 4 || ta.charAt(0) == tb.charAt(0))) {
            // Two swapped neighbours are one typing error ("Jhon"/"John"), not two edits.
            int edits = swappedNeighbours(ka, kb) ? 1 : EditDistance.levenshteinWithin(ka, kb, allowed);
            // The written words must still look alike, not only their folded keys. Tested after
            // the edit bound, which rejects most word pairs of a screening far more cheaply.
            if (edits <= allowed && JaroWinkler.similarity(ta, tb) >= 0.6) {
                double jw = JaroWinkler.similarity(ka, kb);
                if (jw >= 0.88 || (longer >= 7 && jw >= 0.85)) {
                    return new Result(MatchKind.TYPO, Math.min(0.93, Math.max(0.86, jw)));
                }
                // One wrong letter in a word of five or more after a shared first letter: first
                // letters tell names apart ("Malik"/"Khalik") more than inner ones do.
                if (edits == 1 && longer >= 5 && ka.charAt(0) == kb.charAt(0)) {
                    return new Result(MatchKind.TYPO, 0.86);
                }
            }
        }
        if (a.skeleton().length() >= 2 && a.skeleton().equals(b.skeleton())) {
            if (a.shape().equals(b.shape())) {
                return new Result(MatchKind.VOWEL_VARIANT, 0.88);
            }
            // A short vowel written by one romanisation between two consonants and left out by
            // another ("Shibl"/"Shebel", "Furayj"/"Frejj", "Ernst"/"Ernest"). Only one, inside
            // the word: "Bashar"/"Bushra" move a vowel and stay apart. Words of five letters or
            // fewer are left to the typing-error rule, which is stricter about them.
            if (a.skeleton().length() >= 3 && longer >= 6 && ka.charAt(0) == kb.charAt(0)
                    && oneVowelInserted(collapsedShape(a.shape()), collapsedShape(b.shape()))) {
                return new Result(MatchKind.VOWEL_VARIANT, 0.86);
            }
        }
        // Long words romanised by different systems ("Aleksandr"/"Aliaksandr") drift by more
        // edits than a typing error but keep their beginning and most letters in order.
        // A word that only begins like a much longer one ("Zapchast"/"Zapchasttrade") is a part
        // of it, not a spelling of it: the length gap bounds the drift.
        if (longer >= 7 && Math.min(ka.length(), kb.length()) >= 6 && ka.charAt(0) == kb.charAt(0)
                && Math.abs(ka.length() - kb.length()) <= 3 && JaroWinkler.similarity(ka, kb) >= 0.86) {
            return new Result(MatchKind.TRANSLITERATION, 0.85);
        }
        Result h = ukrainianH(a, b);
        return h != null ? h : belarusian(a, b);
    }

    private static final java.util.regex.Pattern BELARUSIAN_IA = java.util.regex.Pattern.compile("(?<=[^aeiouy])[iy]a(?=[^aeiouy])");
    private static final java.util.regex.Pattern BELARUSIAN_U = java.util.regex.Pattern.compile("(?<=[aeo])u(?=[^aeiouy]|$)");
    private static final java.util.regex.Pattern BELARUSIAN_UL = java.util.regex.Pattern.compile("^ul(?=[aeiou])");

    /**
     * Belarusian against Russian romanisation of one name ("Siarhei"/"Sergei",
     * "Aliaksandrauna"/"Aleksandrovna", "Dzmitry"/"Dmitry", "Balyakau"/"Beliakov"): Belarusian
     * writes "ia" for the Russian "e" between consonants, "u" (from "ў") for "v" after a vowel,
     * "dz" for a soft "d", a leading "u" before "l" for "v", and unstressed "o" as "a". Once
     * those are read the Russian way, the consonants must agree in order; the vowels may not.
     * Only words that show one of these spellings are compared this way, so "Bashar"/"Bushra"
     * stay apart.
     */
    private static Result belarusian(NameToken a, NameToken b) {
        // Most word pairs reaching this point have no Belarusian spelling: one field test each.
        if (a.russian() == null && b.russian() == null || a.abjad() || b.abjad()
                || Math.abs(a.text().length() - b.text().length()) > 3) {
            return null;
        }
        String ga = a.russian() != null ? a.russian() : a.hAsG();
        String gb = b.russian() != null ? b.russian() : b.hAsG();
        if (Math.abs(ga.length() - gb.length()) > 2 || genderVariants(ga, gb)) {
            return null;  // "Ivanou" is Ivanov, not Ivanova
        }
        char fa = ga.charAt(0);
        char fb = gb.charAt(0);
        boolean vowels = "aeiou".indexOf(fa) >= 0 && "aeiou".indexOf(fb) >= 0;
        if (fa != fb && !vowels) {
            return null;
        }
        String sa = PhoneticKeys.skeleton(ga);
        return sa.length() >= 3 && sa.equals(PhoneticKeys.skeleton(gb)) ? new Result(MatchKind.TRANSLITERATION, 0.86) : null;
    }

    /**
     * The key of a word with a Belarusian spelling read the Russian way, "h" as "g"; null for a
     * word without such a spelling. Computed once per word, when it is normalised.
     */
    static String russianKey(String word) {
        if (!belarusianSpelling(word)) {
            return null;
        }
        String russian = asRussian(word);
        return russian.equals(word) ? null : hAsG(PhoneticKeys.key(russian));
    }

    /** True when the word shows a spelling that {@link #asRussian} rewrites. */
    private static boolean belarusianSpelling(String w) {
        if (w.length() < 4) {
            return false;
        }
        if (w.startsWith("ul") || w.contains("dz")) {
            return true;
        }
        for (int i = 1; i < w.length(); i++) {
            char c = w.charAt(i);
            boolean next = i + 1 == w.length() || "aeiouy".indexOf(w.charAt(i + 1)) < 0;
            if (c == 'u' && next && "aeo".indexOf(w.charAt(i - 1)) >= 0
                    || c == 'a' && i >= 2 && next && (w.charAt(i - 1) == 'i' || w.charAt(i - 1) == 'y')) {
                return true;
            }
        }
        return false;
    }

    private static String asRussian(String word) {
        if (word.length() < 4) {
            return word;
        }
        String s = word.replace("dz", "d");
        s = BELARUSIAN_IA.matcher(s).replaceAll("e");
        s = BELARUSIAN_U.matcher(s).replaceAll("v");
        return BELARUSIAN_UL.matcher(s).replaceFirst("vl");
    }

    /**
     * Ukrainian and Belarusian write "h" where Russian writes "g" ("Oleh"/"Oleg",
     * "Serhiy"/"Sergey", "Yevhen"/"Yevgeny"); so do Russian spellings of Arabic names
     * ("Gamid"/"Hamid"). Keys that agree once "h" is read as "g" (exactly, or within one edit for
     * words of six letters or more) agree. Most word pairs reaching this point fail the cheap
     * length and letter tests, so the hot path pays almost nothing.
     */
    private static Result ukrainianH(NameToken a, NameToken b) {
        String ka = a.key();
        String kb = b.key();
        if (a.abjad() || b.abjad() || ka.length() < 4 || kb.length() < 4 || Math.abs(ka.length() - kb.length()) > 2
                || !(ka.indexOf('h') >= 0 && kb.indexOf('g') >= 0 || kb.indexOf('h') >= 0 && ka.indexOf('g') >= 0)) {
            return null;
        }
        String ga = a.hAsG();
        String gb = b.hAsG();
        if (ga.equals(gb)) {
            return new Result(MatchKind.TRANSLITERATION, 0.88);
        }
        if (Math.max(ga.length(), gb.length()) >= 6 && ga.charAt(0) == gb.charAt(0)
                && EditDistance.levenshteinWithin(ga, gb, 1) <= 1) {
            return new Result(MatchKind.TRANSLITERATION, 0.86);
        }
        return null;
    }

    /** The key with every "h" that is not part of "sh" read as "g"; the key itself if none is. */
    static String hAsG(String key) {
        if (key.indexOf('h') < 0) {
            return key;
        }
        StringBuilder out = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            out.append(c == 'h' && (i == 0 || key.charAt(i - 1) != 's') ? 'g' : c);
        }
        return out.toString();
    }

    /**
     * A word romanised from an abjad script against one written in Latin: only the written
     * consonants can agree. One consonant may differ in long words (emphatic letters romanised
     * two ways).
     */
    private static Result consonants(String ka, String kb) {
        String sa = PhoneticKeys.abjadSkeleton(ka);
        String sb = PhoneticKeys.abjadSkeleton(kb);
        if (sa.isEmpty() || sb.isEmpty()) {
            return null;
        }
        if (sa.equals(sb) || sa.equals(trimmedT(sb)) || sb.equals(trimmedT(sa))) {
            return new Result(MatchKind.CONSONANTS, sa.length() >= 2 ? 0.88 : 0.8);
        }
        if (Math.min(sa.length(), sb.length()) >= 4 && EditDistance.levenshteinWithin(sa, sb, 1) <= 1) {
            return new Result(MatchKind.CONSONANTS, 0.82);
        }
        return null;
    }

    /** The shape with each run of vowels as one "V": "fVrVVj" gives "fVrVj". */
    private static String collapsedShape(String shape) {
        if (shape.indexOf("VV") < 0) {
            return shape;
        }
        StringBuilder out = new StringBuilder(shape.length());
        for (int i = 0; i < shape.length(); i++) {
            char c = shape.charAt(i);
            if (c != 'V' || out.isEmpty() || out.charAt(out.length() - 1) != 'V') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** True when one shape is the other with a single "V" added between two consonants. */
    private static boolean oneVowelInserted(String x, String y) {
        String shorter = x.length() < y.length() ? x : y;
        String longer = shorter == x ? y : x;
        if (longer.length() != shorter.length() + 1) {
            return false;
        }
        int i = 0;
        while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
            i++;
        }
        return i > 0 && i < shorter.length() && longer.charAt(i) == 'V'
                && shorter.charAt(i - 1) != 'V' && shorter.charAt(i) != 'V'
                && longer.regionMatches(i + 1, shorter, i, shorter.length() - i);
    }

    private static boolean swappedNeighbours(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int i = 0;
        while (i < a.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                && a.regionMatches(i + 2, b, i + 2, a.length() - i - 2);
    }

    /** The skeleton without a final "t" or "h": ta marbuta and final heh, written "-a"/"-eh" in Latin. */
    private static String trimmedT(String skeleton) {
        return skeleton.length() > 1 && (skeleton.endsWith("t") || skeleton.endsWith("h"))
                ? skeleton.substring(0, skeleton.length() - 1) : skeleton;
    }

    /**
     * Masculine and feminine forms of one name or surname ("Mario"/"Maria", "Ivanov"/"Ivanova",
     * "Aleksandr"/"Aleksandra") are different people, however close the spelling.
     */
    static boolean genderVariants(String a, String b) {
        if (a.length() < 3 || b.length() < 3) {
            return false;
        }
        if (a.length() == b.length()) {
            // Final "a" against final "o" is a gender ending; "o"/"u" and "e"/"i" endings are
            // romanisation variants ("Abdo"/"Abdu") and stay comparable.
            int n = a.length() - 1;
            char x = a.charAt(n);
            char y = b.charAt(n);
            // Ukrainian and Belarusian surnames in -ko do not change with gender; Belarusian
            // romanisation writes them -ka ("Lukashenko"/"Lukashenka"): one name, not two forms.
            if (n >= 5 && a.charAt(n - 1) == 'k' && b.charAt(n - 1) == 'k') {
                return false;
            }
            return a.regionMatches(0, b, 0, n) && ((x == 'a' && y == 'o') || (x == 'o' && y == 'a'));
        }
        String shorter = a.length() < b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return shorter.length() >= 5 && longer.length() == shorter.length() + 1 && longer.endsWith("a")
                && longer.startsWith(shorter)
                && "aeiou".indexOf(shorter.charAt(shorter.length() - 1)) < 0;
    }
}
