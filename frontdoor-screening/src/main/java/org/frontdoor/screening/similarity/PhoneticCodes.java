package org.frontdoor.screening.similarity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Phonetic codes: American Soundex and the Western Airlines match rating approach (codex and
 * comparison). They group names that sound alike in English; the matcher uses its own
 * transliteration-aware keys and keeps these as reference comparators.
 */
public final class PhoneticCodes {

    private static final String[] SOUNDEX_GROUPS = {"BFPV", "CGJKQSXZ", "DT", "L", "MN", "R"};

    private PhoneticCodes() {
    }

    /**
     * Soundex code: the first letter followed by three digits, padded with zeros; empty input
     * gives an empty code. Accents are decomposed first so that "Çáŕẗéř" codes like "Carter".
     */
    public static String soundex(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD).toUpperCase(Locale.ROOT);
        if (s.isEmpty()) {
            return "";
        }
        StringBuilder code = new StringBuilder().append(s.charAt(0));
        char last = soundexDigit(s.charAt(0));
        for (int i = 1; i < s.length() && code.length() < 4; i++) {
            char letter = s.charAt(i);
            char digit = soundexDigit(letter);
            if (digit != 0) {
                if (digit != last) {
                    code.append(digit);
                }
                last = digit;
            } else if (letter != 'H' && letter != 'W') {
                // H and W do not separate two letters of the same group; vowels do.
                last = 0;
            }
        }
        while (code.length() < 4) {
            code.append('0');
        }
        return code.toString();
    }

    private static char soundexDigit(char c) {
        for (int g = 0; g < SOUNDEX_GROUPS.length; g++) {
            if (SOUNDEX_GROUPS[g].indexOf(c) >= 0) {
                return (char) ('1' + g);
            }
        }
        return 0;
    }

    /**
     * Match rating codex: the upper-cased first letter, then every consonant not repeating its
     * predecessor (vowels and spaces dropped); longer than six letters keeps the first and last
     * three.
     */
    public static String matchRatingCodex(String text) {
        String s = text.toUpperCase(Locale.ROOT);
        List<Character> codex = new ArrayList<>();
        char previous = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (i == 0 || ("AEIOU ".indexOf(c) < 0 && c != previous)) {
                codex.add(c);
            }
            previous = c;
        }
        StringBuilder out = new StringBuilder();
        if (codex.size() > 6) {
            codex = concat(codex.subList(0, 3), codex.subList(codex.size() - 3, codex.size()));
        }
        codex.forEach(out::append);
        return out.toString();
    }

    private static List<Character> concat(List<Character> a, List<Character> b) {
        List<Character> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /**
     * Match rating comparison: empty when the codes differ in length by three or more (the method
     * gives no verdict), otherwise whether the similarity rating reaches the minimum for the
     * combined code length.
     */
    public static Optional<Boolean> matchRatingComparison(String a, String b) {
        String ca = matchRatingCodex(a);
        String cb = matchRatingCodex(b);
        if (Math.abs(ca.length() - cb.length()) >= 3) {
            return Optional.empty();
        }
        int sum = ca.length() + cb.length();
        int minimum = sum <= 4 ? 5 : sum <= 7 ? 4 : sum <= 11 ? 3 : 2;
        StringBuilder restA = new StringBuilder();
        StringBuilder restB = new StringBuilder();
        for (int i = 0; i < Math.max(ca.length(), cb.length()); i++) {
            Character x = i < ca.length() ? ca.charAt(i) : null;
            Character y = i < cb.length() ? cb.charAt(i) : null;
            if (x == null || !x.equals(y)) {
                if (x != null) {
                    restA.append(x);
                }
                if (y != null) {
                    restB.append(y);
                }
            }
        }
        String ra = restA.reverse().toString();
        String rb = restB.reverse().toString();
        int unmatchedA = 0;
        int unmatchedB = 0;
        for (int i = 0; i < Math.max(ra.length(), rb.length()); i++) {
            Character x = i < ra.length() ? ra.charAt(i) : null;
            Character y = i < rb.length() ? rb.charAt(i) : null;
            if (x == null || !x.equals(y)) {
                unmatchedA += x != null ? 1 : 0;
                unmatchedB += y != null ? 1 : 0;
            }
        }
        return Optional.of(6 - Math.max(unmatchedA, unmatchedB) >= minimum);
    }
}
