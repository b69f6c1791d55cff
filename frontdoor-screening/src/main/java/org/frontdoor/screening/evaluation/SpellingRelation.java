package org.frontdoor.screening.evaluation;

import org.frontdoor.screening.names.NameNormaliser;
import org.frontdoor.screening.similarity.JaroWinkler;

import java.util.ArrayList;
import java.util.List;

/**
 * Tells whether two names a list gives for one party are spellings of one name or two different
 * names (a former name, a translation, an acronym of a name in another language). Deliberately
 * simple and independent of the matcher (ADR 0023): after transliteration to Latin letters, two
 * names are spellings of each other when some word of one resembles a word of the other (same
 * first three letters, Jaro-Winkler at least 0.8, or the same number) or one name is a single
 * word spelling the initials of the other. "2Rivers" and "Coral Energy Group" (a former name)
 * or "Armed Islamic Group" and "الجماعة الاسلامية المسلحة" (a translation) share nothing a
 * name matcher could see. For organisations, legal forms do not count: "2Rivers Pte Ltd" and
 * "Coral Energy Pte Ltd" share only how they are held, not a name.
 */
public final class SpellingRelation {

    private SpellingRelation() {
    }

    /** True when the two names share something a name matcher can see; see the class comment. */
    public static boolean spellingsOfOneName(String a, String b) {
        return spellingsOfOneName(a, b, false);
    }

    /** As {@link #spellingsOfOneName(String, String)}; for organisations legal forms are set aside first. */
    public static boolean spellingsOfOneName(String a, String b, boolean organisations) {
        if (unreliableRomanisation(a) || unreliableRomanisation(b)) {
            // Romanised Arabic, Persian, Hebrew or Chinese is too far from the Latin spelling for
            // so simple a test to judge; such pairs stay matches (the conservative choice).
            return true;
        }
        List<String> wa = words(a, organisations);
        List<String> wb = words(b, organisations);
        for (String x : wa) {
            for (String y : wb) {
                if (resemble(x, y)) {
                    return true;
                }
            }
        }
        return initialsOf(wa, wb) || initialsOf(wb, wa);
    }

    private static boolean resemble(String x, String y) {
        if (x.equals(y)) {
            return x.length() >= 3 || Character.isDigit(x.charAt(0));
        }
        if (x.length() < 3 || y.length() < 3) {
            return false;
        }
        if (x.regionMatches(0, y, 0, 3) || JaroWinkler.similarity(x, y) >= 0.8) {
            return true;
        }
        // Scripts that write no short vowels (Arabic, Persian) romanise to consonants only
        // ("mhmd" for "Mohammed"): compare the first three consonants.
        String cx = consonants(x);
        String cy = consonants(y);
        return cx.length() >= 3 && cy.length() >= 3 && cx.regionMatches(0, cy, 0, 3);
    }

    private static String consonants(String word) {
        word = word.replace("kh", "h").replace("sh", "s");
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if ("aeiouyw".indexOf(c) < 0 && (out.isEmpty() || out.charAt(out.length() - 1) != c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** True when a word of three or more letters of one name spells initials of adjacent words of the other. */
    private static boolean initialsOf(List<String> acronyms, List<String> name) {
        if (name.size() < 3) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        for (String w : name) {
            initials.append(w.charAt(0));
        }
        for (String acronym : acronyms) {
            if (acronym.length() >= 3 && acronym.chars().allMatch(Character::isLetter)
                    && initials.indexOf(acronym) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean unreliableRomanisation(String name) {
        if (name == null) {
            return false;
        }
        return name.codePoints().anyMatch(c -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            return script == Character.UnicodeScript.ARABIC || script == Character.UnicodeScript.HEBREW
                    || script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.SYRIAC
                    || script == Character.UnicodeScript.THAANA;
        });
    }

    /** Words of the transliterated name; the Arabic article written joined ("alqaida") is cut off. */
    private static List<String> words(String name, boolean organisation) {
        List<String> ascii = new ArrayList<>();
        for (String w : NameNormaliser.toAscii(name == null ? "" : name).split(" ")) {
            if (!w.isEmpty()) {
                ascii.add(w);
            }
        }
        List<String> out = new ArrayList<>();
        for (String w : organisation ? NameNormaliser.withoutLegalForms(ascii) : ascii) {
            if (w.matches("\\d+(st|nd|rd|th)")) {
                w = w.replaceAll("\\D", "");
            }
            out.add(w.length() > 4 && w.startsWith("al") ? w.substring(2) : w);
        }
        return out;
    }
}
