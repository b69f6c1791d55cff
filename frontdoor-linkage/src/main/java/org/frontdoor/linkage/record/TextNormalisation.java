package org.frontdoor.linkage.record;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/** Pure text normalisation shared by record preparation and configuration. */
public final class TextNormalisation {

    private static final Map<String, String> STREET_WORDS = Map.ofEntries(
            Map.entry("st", "street"), Map.entry("str", "street"), Map.entry("rd", "road"),
            Map.entry("ave", "avenue"), Map.entry("av", "avenue"), Map.entry("dr", "drive"),
            Map.entry("ln", "lane"), Map.entry("ct", "court"), Map.entry("pl", "place"),
            Map.entry("cres", "crescent"), Map.entry("cr", "crescent"), Map.entry("hwy", "highway"),
            Map.entry("sq", "square"), Map.entry("tce", "terrace"), Map.entry("blvd", "boulevard"),
            Map.entry("cl", "close"), Map.entry("pde", "parade"), Map.entry("apt", "flat"));

    private TextNormalisation() {
    }

    /**
     * Lower case, accents removed, every run of characters other than letters and digits turned into one
     * space, trimmed. Returns null for null or for text with no letters or digits.
     */
    public static String text(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw;
        if (!isPlainAscii(s)) {
            s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        }
        s = s.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (space && !out.isEmpty()) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            } else if (c == '\'') {
                // O'Brien and OBrien are the same name; an apostrophe never separates words in names.
                continue;
            } else {
                space = true;
            }
        }
        return out.isEmpty() ? null : out.toString();
    }

    /** Normalised text with street-type abbreviations expanded (st to street, rd to road, ...). */
    public static String address(String raw) {
        String s = text(raw);
        if (s == null) {
            return null;
        }
        String[] words = s.split(" ");
        for (int i = 0; i < words.length; i++) {
            words[i] = STREET_WORDS.getOrDefault(words[i], words[i]);
        }
        return String.join(" ", words);
    }

    /** Keeps only letters and digits, upper case; null when nothing remains. */
    public static String alphanumeric(String raw) {
        String s = text(raw);
        if (s == null) {
            return null;
        }
        String compact = s.replace(" ", "").toUpperCase(Locale.ROOT);
        return compact.isEmpty() ? null : compact;
    }

    /** Keeps only digits; null when nothing remains. */
    public static String digits(String raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '0' && c <= '9') {
                out.append(c);
            }
        }
        return out.isEmpty() ? null : out.toString();
    }

    private static boolean isPlainAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }
}
