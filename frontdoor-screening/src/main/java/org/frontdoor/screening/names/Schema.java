package org.frontdoor.screening.names;

import java.util.Locale;

/**
 * What kind of party a name belongs to. It decides which words are noise: honorifics for
 * people, legal forms for companies. {@link #ANY} is used when the caller does not know.
 */
public enum Schema {
    PERSON, COMPANY, ORGANIZATION, LEGAL_ENTITY, VESSEL, ANY;

    /**
     * Parses an FollowTheMoney-style schema name ("Person", "Company", "Organization",
     * "LegalEntity", "Vessel"), case-insensitively; blank or unknown values give {@link #ANY}.
     */
    public static Schema parse(String value) {
        if (value == null || value.isBlank()) {
            return ANY;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT).replace("_", "").replace(" ", "")) {
            case "person", "individual" -> PERSON;
            case "company", "entity", "enterprise" -> COMPANY;
            case "organization", "organisation" -> ORGANIZATION;
            case "legalentity" -> LEGAL_ENTITY;
            case "vessel", "ship", "aircraft" -> VESSEL;
            default -> ANY;
        };
    }

    /** True when honorifics such as "Mr" or "Sheikh" may be part of the name as written. */
    public boolean mayCarryHonorifics() {
        return this == PERSON || this == ANY;
    }

    /** True for schemas of parties that are certainly not natural persons. */
    public boolean isOrganisation() {
        return this == COMPANY || this == ORGANIZATION || this == LEGAL_ENTITY || this == VESSEL;
    }
}
