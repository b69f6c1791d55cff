package org.frontdoor.linkage.record;

/**
 * The person attributes the engine understands. Every input column is mapped onto one of these or ignored;
 * nothing else in a record (for example a cluster label) can influence linkage.
 */
public enum PersonField {
    GIVEN_NAME, SURNAME, DATE_OF_BIRTH, ADDRESS, LOCALITY, POSTCODE, STATE, EMAIL, PHONE, GENDER, IDENTIFIER;

    /** The lower-case name used in configuration files and explanations, e.g. {@code given_name}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Parses a configuration key such as {@code surname} or {@code date_of_birth}. */
    public static PersonField fromKey(String key) {
        return valueOf(key.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
