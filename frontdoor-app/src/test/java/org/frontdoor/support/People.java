package org.frontdoor.support;

import java.util.Set;
import java.util.UUID;
import org.frontdoor.identity.AccountKind;
import org.frontdoor.identity.Role;
import org.frontdoor.identity.SignedInAccount;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Names and addresses for test people, unique per call so tests never collide on the shared database. */
public final class People {

    public static final String DEMO_PASSWORD = "frontdoor-demo-2026";
    public static final String ADMIN = "admin@frontdoor.example";
    public static final String CASEWORKER = "caseworker@frontdoor.example";
    public static final String CITIZEN = "citizen@frontdoor.example";
    public static final String GOOD_PASSWORD = "kettle river orange lamp";

    private People() {
    }

    /** A demo staff member signed in with the roles given, in the teams the demo data gives them. */
    public static SignedInAccount staff(JdbcClient jdbc, String email, Role... roles) {
        var id = jdbc.sql("select id from accounts where email = ?").param(email).query(UUID.class).single();
        var teams = jdbc.sql("select team_id from team_members where account_id = ?").param(id).query(UUID.class).set();
        return new SignedInAccount(id, email, email, AccountKind.STAFF, Set.of(roles), teams, true, null);
    }

    public static String uniqueEmail(String who) {
        return who + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
