package org.frontdoor.grants;

import java.util.Locale;

/** Who may apply to a programme, and as whom an application is made. */
public enum ApplicantKind {
    INDIVIDUAL("An individual"),
    COMPANY("A company"),
    CHARITY("A charity"),
    OTHER("Another organisation, such as a community group or a public body");

    private final String label;

    ApplicantKind(String label) {
        this.label = label;
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
