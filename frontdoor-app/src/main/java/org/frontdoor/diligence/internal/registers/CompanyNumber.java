package org.frontdoor.diligence.internal.registers;

import java.util.Locale;

/**
 * A Companies House company number as the register writes it: eight characters, either eight
 * digits or two letters and six digits ({@code SC123456}, {@code OC301234}). Short numeric numbers
 * are padded with leading zeros ({@code 6402} is {@code 00006402}), as the register does.
 *
 * <p>Anything else is refused before it can reach a URL or a log line: the number ends up in a
 * request path, so a hostile answer ({@code ../../officers}, {@code 1?x=y}, a 10 KB string,
 * full-width digits) must never be passed on, only described.
 */
public record CompanyNumber(String value) {

    /** Longer answers are not read at all: no real number (with spaces or a GB-COH- prefix) comes near it. */
    static final int LONGEST_ANSWER = 40;

    public CompanyNumber {
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("not a company number");
        }
    }

    /**
     * Reads what an applicant wrote: spaces and a {@code GB-COH-} prefix are ignored, letters are
     * upper-cased and short numeric numbers padded.
     */
    public static Reading read(String answer) {
        if (answer == null || answer.isBlank()) {
            return new Reading(null, "no company number was given");
        }
        if (answer.length() > LONGEST_ANSWER) {
            return new Reading(null, "the company number given is " + answer.length() + " characters long; a company number has 8");
        }
        StringBuilder compact = new StringBuilder(8);
        for (int i = 0; i < answer.length(); i++) {
            char c = answer.charAt(i);
            if (c == ' ' || c == '\t' || c == '-') {
                continue;
            }
            // Only ASCII letters and digits: Character.isDigit would let full-width or Arabic-Indic digits in.
            if (!(c >= '0' && c <= '9') && !(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z')) {
                return new Reading(null, "the company number given contains characters a company number never has");
            }
            compact.append(c);
        }
        String text = compact.toString().toUpperCase(Locale.ROOT);
        if (text.startsWith("GBCOH")) {
            text = text.substring(5);
        }
        if (!text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9') && text.length() < 8) {
            text = "0".repeat(8 - text.length()) + text;
        }
        if (!isWellFormed(text)) {
            return new Reading(null, "the company number given (" + shown(text) + ") is not 8 digits, nor 2 letters and 6 digits");
        }
        return new Reading(new CompanyNumber(text), null);
    }

    static boolean isWellFormed(String text) {
        if (text == null || text.length() != 8) {
            return false;
        }
        boolean lettersFirst = isLetter(text.charAt(0)) && isLetter(text.charAt(1));
        for (int i = lettersFirst ? 2 : 0; i < 8; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /** Only already-safe characters reach this (ASCII letters and digits), cut short. */
    private static String shown(String text) {
        return text.length() > 12 ? text.substring(0, 12) + "…" : text;
    }

    @Override
    public String toString() {
        return value;
    }

    /** The number read, or why there is none (in words a caseworker can act on). */
    public record Reading(CompanyNumber number, String problem) {
        public boolean ok() {
            return number != null;
        }
    }
}
