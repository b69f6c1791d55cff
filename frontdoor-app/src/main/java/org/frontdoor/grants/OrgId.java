package org.frontdoor.grants;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An organisation identifier the 360Giving way (org-id.guide): a list prefix made of a two-letter
 * country code and the register's scheme, then the organisation's number on that register, for
 * example {@code GB-CHC-1234567} or {@code GB-COH-01234567}.
 *
 * <p>The UK registers applicants use most are checked strictly, so a typing mistake is caught while
 * the applicant can still fix it: Companies House ({@code GB-COH}), the Charity Commission for
 * England and Wales ({@code GB-CHC}), the Scottish Charity Regulator ({@code GB-SC}) and the
 * Charity Commission for Northern Ireland ({@code GB-NIC}). Any other well-formed prefix is
 * accepted as written, since org-id.guide lists hundreds of registers and new ones appear.
 *
 * <p>Input is normalised before it is checked: upper case, spaces around or instead of the
 * hyphens tolerated, spaces inside the number removed, and a company number written without its
 * leading zeros padded to 8 digits, as Companies House does.
 *
 * @param value the normalised identifier, for example {@code GB-COH-01234567}
 */
public record OrgId(String value) {

    private static final Pattern SHAPE = Pattern.compile("([A-Z]{2})-([A-Z0-9]{2,})-([A-Z0-9][A-Z0-9._:/-]*)");
    private static final Pattern COMPANY = Pattern.compile("\\d{8}|[A-Z]{2}\\d{6}");
    private static final Pattern CHARITY_ENGLAND_WALES = Pattern.compile("\\d{6,7}");
    private static final Pattern CHARITY_SCOTLAND = Pattern.compile("SC\\d{6}");
    private static final Pattern CHARITY_NORTHERN_IRELAND = Pattern.compile("\\d{6}");

    static final String ANY = "Enter an organisation identifier as a 2-letter country code, the register’s code and the"
            + " organisation’s number, like GB-CHC-1234567 for a charity or GB-COH-01234567 for a company";
    static final String COMPANY_MESSAGE = "Enter a company number as GB-COH followed by 8 characters: 8 digits, or 2 letters"
            + " and 6 digits, like GB-COH-01234567 or GB-COH-SC123456";
    static final String CHARITY_ENGLAND_WALES_MESSAGE = "Enter a charity number in England and Wales as GB-CHC followed by"
            + " 6 or 7 digits, like GB-CHC-1234567";
    static final String CHARITY_SCOTLAND_MESSAGE = "Enter a Scottish charity number as GB-SC followed by SC and 6 digits,"
            + " like GB-SC-SC012345";
    static final String CHARITY_NORTHERN_IRELAND_MESSAGE = "Enter a Northern Ireland charity number as GB-NIC followed by"
            + " 6 digits from 100000, like GB-NIC-100002";

    public OrgId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Reads an identifier as a person or a file wrote it.
     *
     * @throws InvalidOrgId with a message that tells the person what to type
     */
    public static OrgId parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidOrgId(ANY);
        }
        // Hyphens with spaces around them, or spaces where hyphens belong, are the same identifier.
        var compact = text.strip().toUpperCase(Locale.ROOT).replaceAll("\\s*-\\s*", "-");
        var parts = compact.split("[-\\s]+", 3);
        if (parts.length < 3) {
            throw new InvalidOrgId(messageFor(parts[0] + (parts.length > 1 ? "-" + parts[1] : "")));
        }
        var prefix = parts[0] + "-" + parts[1];
        var number = parts[2].replaceAll("\\s+", "");
        var normalised = switch (prefix) {
            case "GB-COH" -> company(number);
            case "GB-CHC" -> checked(number, CHARITY_ENGLAND_WALES, CHARITY_ENGLAND_WALES_MESSAGE);
            case "GB-SC" -> checked(number.matches("\\d{6}") ? "SC" + number : number, CHARITY_SCOTLAND, CHARITY_SCOTLAND_MESSAGE);
            case "GB-NIC" -> northernIreland(number);
            default -> number;
        };
        var value = prefix + "-" + normalised;
        if (!SHAPE.matcher(value).matches()) {
            throw new InvalidOrgId(ANY);
        }
        return new OrgId(value);
    }

    /** Whether the text is an identifier {@link #parse} accepts. */
    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (InvalidOrgId invalid) {
            return false;
        }
    }

    /** The list prefix, for example {@code GB-CHC}. */
    public String scheme() {
        var second = value.indexOf('-', 3);
        return value.substring(0, second);
    }

    /** The organisation's number on its register, for example {@code 1234567}. */
    public String identifier() {
        return value.substring(scheme().length() + 1);
    }

    @Override
    public String toString() {
        return value;
    }

    private static String company(String number) {
        // Companies House numbers are often written without their leading zeros: 1234567 is 01234567.
        var padded = number.matches("\\d{1,7}") ? "0".repeat(8 - number.length()) + number : number;
        return checked(padded, COMPANY, COMPANY_MESSAGE);
    }

    private static String northernIreland(String number) {
        // The Commission writes its numbers as NIC100002 as well as 100002.
        var digits = number.startsWith("NIC") ? number.substring(3) : number;
        checked(digits, CHARITY_NORTHERN_IRELAND, CHARITY_NORTHERN_IRELAND_MESSAGE);
        if (Integer.parseInt(digits) < 100000) {
            throw new InvalidOrgId(CHARITY_NORTHERN_IRELAND_MESSAGE);
        }
        return digits;
    }

    private static String checked(String number, Pattern format, String message) {
        if (!format.matcher(number).matches()) {
            throw new InvalidOrgId(message);
        }
        return number;
    }

    private static String messageFor(String prefix) {
        return switch (prefix) {
            case "GB-COH" -> COMPANY_MESSAGE;
            case "GB-CHC" -> CHARITY_ENGLAND_WALES_MESSAGE;
            case "GB-SC" -> CHARITY_SCOTLAND_MESSAGE;
            case "GB-NIC" -> CHARITY_NORTHERN_IRELAND_MESSAGE;
            default -> ANY;
        };
    }

    /** An identifier that cannot be read; the message says what to type instead. */
    public static final class InvalidOrgId extends IllegalArgumentException {
        InvalidOrgId(String message) {
            super(message);
        }
    }
}
