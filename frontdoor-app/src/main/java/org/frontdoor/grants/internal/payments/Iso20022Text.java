package org.frontdoor.grants.internal.payments;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Text as banks accept it in ISO 20022 payment files: the restricted "Latin character set" of the
 * payment implementation guides (a-z, A-Z, 0-9, space and {@code / - ? : ( ) . , ' +}).
 *
 * <p>Names come from applicants, so they carry accents, ampersands and angle brackets. A bank
 * rejects a whole file for one character outside the set, so the writer transliterates instead
 * of refusing: accents are dropped ("Zoë" becomes "Zoe"), a few letters and signs are spelt out
 * ("ß" becomes "ss", "&amp;" becomes "and"), brackets become round brackets, and anything else becomes a
 * space. Identifiers are never changed this way: see {@link #isLatin(String)}.
 */
final class Iso20022Text {

    private static final Pattern OUTSIDE_SET = Pattern.compile("[^A-Za-z0-9/\\-?:().,'+ ]");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LATIN = Pattern.compile("[A-Za-z0-9/\\-?:().,'+ ]+");

    // Letters that do not decompose into a base letter and a mark, and signs with a near
    // equivalent inside the set.
    private static final Map<Character, String> SPELT_OUT = Map.ofEntries(
            Map.entry('ß', "ss"), Map.entry('Æ', "AE"), Map.entry('æ', "ae"),
            Map.entry('Ø', "O"), Map.entry('ø', "o"), Map.entry('Œ', "OE"), Map.entry('œ', "oe"),
            Map.entry('Ł', "L"), Map.entry('ł', "l"), Map.entry('Đ', "D"), Map.entry('đ', "d"),
            Map.entry('Þ', "Th"), Map.entry('þ', "th"), Map.entry('ı', "i"),
            Map.entry('&', " and "), Map.entry('<', "("), Map.entry('>', ")"),
            Map.entry('[', "("), Map.entry(']', ")"), Map.entry('{', "("), Map.entry('}', ")"),
            Map.entry('‘', "'"), Map.entry('’', "'"), Map.entry('‚', "'"), Map.entry('`', "'"),
            Map.entry('´', "'"), Map.entry('"', "'"), Map.entry('“', "'"), Map.entry('”', "'"),
            Map.entry('„', "'"), Map.entry('–', "-"), Map.entry('—', "-"), Map.entry('‐', "-"),
            Map.entry('‑', "-"), Map.entry('_', "-"));

    private Iso20022Text() {
    }

    /** The text carried in the set, with runs of spaces collapsed and trimmed; never null. */
    static String latin(String text) {
        if (text == null) {
            return "";
        }
        var spelt = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            spelt.append(SPELT_OUT.getOrDefault(c, String.valueOf(c)));
        }
        String decomposed = Normalizer.normalize(spelt, Normalizer.Form.NFKD);
        String unmarked = MARKS.matcher(decomposed).replaceAll("");
        String inSet = OUTSIDE_SET.matcher(unmarked).replaceAll(" ");
        return SPACES.matcher(inSet).replaceAll(" ").strip();
    }

    /** The text cut to at most {@code maxLength} characters, without a trailing space. */
    static String fit(String text, int maxLength) {
        return text.length() <= maxLength ? text : text.substring(0, maxLength).stripTrailing();
    }

    /** Whether every character of a non-empty text is in the set. */
    static boolean isLatin(String text) {
        return text != null && LATIN.matcher(text).matches();
    }
}
