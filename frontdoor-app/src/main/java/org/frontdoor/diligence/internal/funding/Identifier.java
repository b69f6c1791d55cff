package org.frontdoor.diligence.internal.funding;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.frontdoor.platform.EmailFormat;

/**
 * A contact or payment detail reduced to the form two applications share when they name the same
 * account, mailbox, telephone or place, however each applicant typed it. Plain functions, no state.
 *
 * @param kind  what the detail is
 * @param value the normalised detail, at most {@link #MAX_LENGTH} characters
 */
record Identifier(Kind kind, String value) {

    /** Long enough for any real detail; caps what hostile input can put in an index entry. */
    static final int MAX_LENGTH = 200;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern POSTCODE = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}");
    /** Mailbox providers that ignore dots in the local part (Google says so of Gmail addresses). */
    private static final Set<String> DOTLESS = Set.of("gmail.com", "googlemail.com");

    /** The kinds, with how each is named in evidence. */
    enum Kind {
        BANK_ACCOUNT("Bank account"), EMAIL("Email address"), PHONE("Phone number"), ADDRESS("Address");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    /**
     * Sort code and account number as digits, {@code 089999:66374958}. Accounts of 6 or 7 digits are
     * padded with leading zeros to the 8 that UK payment files use, since banks print them both ways.
     */
    static Optional<Identifier> bankAccount(String sortCode, String accountNumber) {
        String sort = digits(sortCode);
        String account = digits(accountNumber);
        if (sort.length() != 6 || account.length() < 6 || account.length() > 10) {
            return Optional.empty();
        }
        if (account.length() < 8) {
            account = "0".repeat(8 - account.length()) + account;
        }
        return Optional.of(new Identifier(Kind.BANK_ACCOUNT, sort + ":" + account));
    }

    /**
     * The mailbox an address delivers to: lower case throughout (no big provider treats the local
     * part's case as meaningful), a {@code +tag} removed (sub-addressing, RFC 5233: Gmail, Outlook,
     * iCloud, Fastmail and Proton deliver {@code jo+anything@} to {@code jo@}), and for Gmail the dots
     * removed and googlemail.com read as gmail.com. A rare false match costs a person a look; a missed
     * one lets the same mailbox apply as many applicants.
     */
    static Optional<Identifier> email(String text) {
        // The forms accept only what EmailFormat finds plausible; anything else (control characters,
        // spaces, non-ASCII local parts) was not typed into an email question and is not compared.
        if (text == null || !EmailFormat.isPlausible(text.strip())) {
            return Optional.empty();
        }
        String email = text.strip().toLowerCase(Locale.ROOT);
        int at = email.lastIndexOf('@');
        String local = email.substring(0, at);
        String domain = email.substring(at + 1);
        int plus = local.indexOf('+');
        if (plus > 0) {
            local = local.substring(0, plus);
        }
        if (DOTLESS.contains(domain)) {
            local = local.replace(".", "");
            domain = "gmail.com";
        }
        return local.isEmpty() ? Optional.empty() : Optional.of(new Identifier(Kind.EMAIL, local + "@" + domain));
    }

    /**
     * A telephone number in international form, digits only after a {@code +}: {@code 00} and {@code +}
     * start an international number; a national number starting with 0 is taken as a UK one (the
     * forms here are UK services), so {@code 01632 960000} and {@code +44 1632 960000} are the same.
     * Fewer than 7 or more than 15 digits (E.164's limit) is not a number.
     */
    static Optional<Identifier> phone(String text) {
        if (text == null || text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        String digits = digits(trimmed);
        String international;
        if (trimmed.startsWith("+")) {
            international = digits;
        } else if (digits.startsWith("00")) {
            international = digits.substring(2);
        } else if (digits.startsWith("0")) {
            international = "44" + digits.substring(1);
        } else {
            international = digits;
        }
        if (international.length() < 7 || international.length() > 15) {
            return Optional.empty();
        }
        return Optional.of(new Identifier(Kind.PHONE, "+" + international));
    }

    /**
     * A place: the postcode without spaces and the first address line as lower-case words without
     * punctuation or accents, {@code SW1A2AA|village hall church lane}. The postcode alone is not
     * enough (about 15 homes share one); the first line names the building.
     *
     * @param answer an {@code address} question's answer: a map with {@code line1}, {@code postcode}
     */
    static Optional<Identifier> address(Object answer) {
        if (!(answer instanceof Map<?, ?> address)) {
            return Optional.empty();
        }
        String postcode = digitsAndLetters(text(address.get("postcode"))).toUpperCase(Locale.ROOT);
        String line1 = words(text(address.get("line1")));
        if (!POSTCODE.matcher(postcode).matches() || line1.isEmpty()) {
            return Optional.empty();
        }
        String value = postcode + "|" + line1;
        return Optional.of(new Identifier(Kind.ADDRESS, value.length() > MAX_LENGTH ? value.substring(0, MAX_LENGTH) : value));
    }

    /** Lower-case words of letters and digits, accents removed, single spaces; bounded in length. */
    static String words(String text) {
        String words = NOT_WORD.matcher(folded(text)).replaceAll(" ").strip();
        return words.length() > MAX_LENGTH ? words.substring(0, MAX_LENGTH).strip() : words;
    }

    /** Compatibility-decomposed (full-width and ligature forms become plain), accents dropped, lower case. */
    static String folded(String text) {
        if (text == null) {
            return "";
        }
        // Work on a bounded prefix: nothing real is longer, and normalising megabytes is wasted time.
        String bounded = text.length() > 4 * MAX_LENGTH ? text.substring(0, 4 * MAX_LENGTH) : text;
        String decomposed = Normalizer.normalize(bounded, Normalizer.Form.NFKD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT).strip();
    }

    private static String digits(String text) {
        if (text == null || text.length() > MAX_LENGTH) {
            return "";
        }
        var out = new StringBuilder();
        // Only ASCII digits: other scripts' digits in a sort code are not a UK bank detail.
        text.chars().filter(c -> c >= '0' && c <= '9').forEach(c -> out.append((char) c));
        return out.toString();
    }

    private static String digitsAndLetters(String text) {
        return text.length() > MAX_LENGTH ? "" : text.replaceAll("[^A-Za-z0-9]", "");
    }

    private static String text(Object value) {
        return value instanceof String s ? s : "";
    }

    /** How a caseworker reads it in evidence. */
    String describe() {
        return kind.label() + " " + value;
    }
}
