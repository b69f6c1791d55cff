package org.frontdoor.support;

import java.util.UUID;

/** Names and addresses for test people, unique per call so tests never collide on the shared database. */
public final class People {

    public static final String DEMO_PASSWORD = "frontdoor-demo-2026";
    public static final String ADMIN = "admin@frontdoor.example";
    public static final String CASEWORKER = "caseworker@frontdoor.example";
    public static final String CITIZEN = "citizen@frontdoor.example";
    public static final String GOOD_PASSWORD = "kettle river orange lamp";

    private People() {
    }

    public static String uniqueEmail(String who) {
        return who + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
