package org.frontdoor.identity;

/** What a person may do. Staff may hold several roles; citizens hold only {@link #CITIZEN}. */
public enum Role {
    CITIZEN("Citizen", false),
    CASEWORKER("Caseworker", true),
    TEAM_LEAD("Team lead", true),
    GRANT_ASSESSOR("Grant assessor", true),
    ADMIN("Administrator", true),
    PROVIDER("Service provider", true);

    private final String label;
    private final boolean staff;

    Role(String label, boolean staff) {
        this.label = label;
        this.staff = staff;
    }

    public String label() {
        return label;
    }

    /** Whether the role works in the staff console. */
    public boolean isStaff() {
        return staff;
    }

    /** The Spring Security authority name. */
    public String authority() {
        return "ROLE_" + name();
    }
}
