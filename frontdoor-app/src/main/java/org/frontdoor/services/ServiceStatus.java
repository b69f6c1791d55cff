package org.frontdoor.services;

/** Whether a service takes new applications. Existing cases are worked whatever the status. */
public enum ServiceStatus {
    /** Listed and taking applications. */
    OPEN,
    /** Listed with the admin's message, but starting or sending an application is refused until it opens again. */
    PAUSED,
    /** Not listed and not taking applications; its cases stay readable and workable. */
    RETIRED
}
