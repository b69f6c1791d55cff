package org.frontdoor.people.internal;

/** Why a member of staff opens a person; recorded in the audit log and shown to the person. */
public enum Purpose {
    CASEWORK("Working on a case of this person"),
    IDENTITY("Checking who the person is"),
    DUPLICATES("Resolving duplicate or wrongly linked records"),
    DATA_REQUEST("Answering the person's request about their data");

    private final String text;

    Purpose(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    static Purpose parse(String value) {
        if (value == null) {
            return null;
        }
        for (Purpose p : values()) {
            if (p.name().equalsIgnoreCase(value.strip())) {
                return p;
            }
        }
        return null;
    }
}
