package org.frontdoor.grants;

import java.util.Locale;

/** Who may apply to a programme, and as whom an application is made. */
public enum ApplicantKind {
    INDIVIDUAL("An individual", "individuals"),
    COMPANY("A company", "companies"),
    CHARITY("A charity", "charities"),
    OTHER("Another organisation, such as a community group or a public body", "other organisations");

    private final String label;
    private final String plural;

    ApplicantKind(String label, String plural) {
        this.label = label;
        this.plural = plural;
    }

    /** "companies", "charities": for sentences listing who may apply. */
    public String plural() {
        return plural;
    }

    public String label() {
        return label;
    }

    /** The lowercase word used in definitions and forms. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isOrganisation() {
        return this != INDIVIDUAL;
    }
}
