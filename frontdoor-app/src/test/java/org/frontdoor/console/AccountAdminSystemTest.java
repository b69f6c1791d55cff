package org.frontdoor.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.frontdoor.audit.AuditLog;
import org.frontdoor.identity.NewCitizen;
import org.frontdoor.identity.Registration;
import org.frontdoor.support.Mailbox;
import org.frontdoor.support.People;
import org.frontdoor.support.SystemTest;
import org.frontdoor.support.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Admins' reads of personal data are audited with a purpose, and the citizen sees who looked. */
@SystemTest
class AccountAdminSystemTest {

    @LocalServerPort
    int port;
    @Autowired
    Registration registration;
    @Autowired
    AuditLog audit;

    @Test
    void anAdminViewingACitizensAccountIsAuditedAndShownToTheCitizen() {
        var email = People.uniqueEmail("watched");
        var id = registration.register(new NewCitizen("Watched Person", email, People.GOOD_PASSWORD, People.GOOD_PASSWORD));
        var confirm = Mailbox.linkIn(email, "Confirm your email address");

        var admin = new Visitor(port);
        admin.signIn(People.ADMIN, People.DEMO_PASSWORD);
        assertThat(admin.get("/console/admin/users?q=" + email).body()).contains("Watched Person");
        assertThat(admin.get("/console/admin/users/" + id).body()).contains(email);

        assertThat(audit.about("ACCOUNT", id.toString(), 20)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("VIEWED");
            assertThat(entry.actorName()).contains("Alex Admin");
            assertThat(entry.purpose()).isEqualTo("Account administration");
            assertThat(entry.requestId()).isNotBlank();
        });

        var citizen = new Visitor(port);
        citizen.get(confirm);
        citizen.signIn(email, People.GOOD_PASSWORD);
        assertThat(citizen.get("/account").body()).contains("Who has looked at your account", "Alex Admin", "Account administration");
    }

    @Test
    void anAdminClosesAnAccountAndItCanNoLongerSignIn() {
        var email = People.uniqueEmail("closed");
        var id = registration.register(new NewCitizen("Closed Person", email, People.GOOD_PASSWORD, People.GOOD_PASSWORD));
        new Visitor(port).get(Mailbox.linkIn(email, "Confirm your email address"));

        var admin = new Visitor(port);
        admin.signIn(People.ADMIN, People.DEMO_PASSWORD);
        admin.get("/console/admin/users/" + id);
        assertThat(admin.post("/console/admin/users/" + id + "/enabled", Map.of("enabled", "false")).status()).isEqualTo(302);

        assertThat(new Visitor(port).signIn(email, People.GOOD_PASSWORD).header("Location")).endsWith("/sign-in?error=disabled");
    }

    @Test
    void creatingStaffWithBadInputShowsEachProblemAndSavesNothing() {
        var admin = new Visitor(port);
        admin.signIn(People.ADMIN, People.DEMO_PASSWORD);
        admin.get("/console/admin/users/new");
        var page = admin.post("/console/admin/users/new", Map.of("fullName", "", "email", "nope", "roles", "CITIZEN",
                "teams", UUID.randomUUID().toString()));
        assertThat(page.body()).contains("<a href=\"#fullName\">Enter the person’s full name</a>",
                "<a href=\"#email\">Enter an email address in the correct format, like name@example.com</a>",
                "<a href=\"#roles\">Staff accounts cannot have the citizen role</a>",
                "<a href=\"#teams\">Select teams from the list</a>");
    }
}
