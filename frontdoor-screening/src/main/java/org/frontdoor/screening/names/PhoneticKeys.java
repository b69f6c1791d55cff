package org.frontdoor.screening.names;

/**
 * Keys under which different romanisations of one name agree. Romanisation systems disagree on
 * digraphs ("kh" or "h", "sh" or "sch", "y" or "i", "ou" or "u") and on doubled letters, so the
 * key folds those; it is not a pronunciation model.
 */
final class PhoneticKeys {

    private static final String[][] FOLDS = {
            {"eau", "o"}, {"sch", "sh"}, {"tch", "ch"}, {"dzh", "j"}, {"dj", "j"}, {"dg", "j"}, {"zh", "j"}, {"kh", "h"},
            {"gh", "k"}, {"dh", "d"}, {"ph", "f"}, {"th", "t"}, {"ck", "k"}, {"ch", "8"}, {"sh", "8"},
            {"ce", "se"}, {"ci", "si"}, {"cy", "si"}, {"c", "k"}, {"q", "k"}, {"x", "ks"}, {"w", "v"},
            {"y", "i"}, {"ou", "u"}, {"oo", "u"}, {"ee", "i"}, {"ie", "i"}, {"ei", "ai"}, {"ey", "ai"},
    };

    private static final java.util.regex.Pattern AW = java.util.regex.Pattern.compile("aw(?=[^aeiouy])");

    private PhoneticKeys() {
    }

    /** Key of a particle: spellings of "son of" share one, as do those of the article "al". */
    static String particleKey(String word) {
        return switch (word) {
            case "bin", "ibn", "ben", "bint", "binti", "bte" -> "bin";
            case "al", "el", "ul", "ur", "ud" -> "al";
            default -> word;
        };
    }

    /**
     * The consonant-vowel shape of a key: "muhamad" and "mohamed" both give "mVhVmVd"; "bashar"
     * and "bushra" differ, and so do "hasan" and "husain".
     */
    static String shape(String key) {
        StringBuilder out = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            out.append("aeiou".indexOf(c) >= 0 ? 'V' : c);
        }
        return out.toString();
    }

    /**
     * Consonants that abjad scripts write: the skeleton without "v" and "i" from waw and yeh,
     * which stand for long vowels as often as for consonants. A final "t" is dropped: it is the
     * romanised ta marbuta that Latin spellings write as "a" or "ah" ("Hamza"/"hmzt").
     */
    static String abjadSkeleton(String key) {
        if (key.length() > 3 && key.endsWith("t")) {
            key = key.substring(0, key.length() - 1);
        }
        StringBuilder out = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if ("aeiouv".indexOf(c) < 0) {
                // Letters romanised apart but pronounced alike in Persian and Urdu: the z-sounds
                // (ض ظ ذ ز) and the s-sounds (ث س ص) are written "z"/"d" and "s"/"th"/"t".
                out.append(c == 'z' ? 'd' : c == 's' ? 't' : c);
            }
        }
        return out.toString();
    }

    /** The transliteration-equivalence key of a lower-case ASCII word. */
    static String key(String word) {
        if (word.length() <= 1 || isDigits(word)) {
            return word;
        }
        // Arabic "aw" before a consonant is often written "o" ("Nawfal"/"Nofal", "Jawhar"/"Johar").
        String s = word.contains("aw") ? AW.matcher(word).replaceAll("o") : word;
        for (String[] fold : FOLDS) {
            if (s.contains(fold[0])) {
                s = s.replace(fold[0], fold[1]);
            }
        }
        StringBuilder out = new StringBuilder(s.length());
        char previous = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != previous) {
                out.append(c);
            }
            previous = c;
        }
        // A final "h" is often dropped in romanised Arabic and Persian ("Abdullah"/"Abdulla").
        if (out.length() > 3 && out.charAt(out.length() - 1) == 'h') {
            out.setLength(out.length() - 1);
        }
        String folded = out.toString().replace("8", "sh");
        return folded;
    }

    /**
     * A word romanised from Arabic script with its letters kept apart: only the single-letter
     * folds of {@link #key} ("y" to "i", "w" to "v", "q" to "k"), no digraphs, doubled letters once.
     */
    static String abjadLetters(String word) {
        StringBuilder out = new StringBuilder(word.length());
        char previous = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            c = c == 'y' ? 'i' : c == 'w' ? 'v' : c == 'q' ? 'k' : c;
            if (c != previous) {
                out.append(c);
            }
            previous = c;
        }
        return out.toString();
    }

    /** The key without vowels (a, e, i, o, u). */
    static String skeleton(String key) {
        StringBuilder out = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if ("aeiou".indexOf(c) < 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isDigits(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isDigit(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
