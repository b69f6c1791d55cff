package org.frontdoor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.frontdoor.identity.NewCitizen;
import org.frontdoor.identity.Registration;
import org.frontdoor.support.Applications;
import org.frontdoor.support.Mailbox;
import org.frontdoor.support.People;
import org.frontdoor.support.SystemTest;
import org.frontdoor.support.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Messages both ways on a case, internal notes kept from the applicant, over real HTTP. */
@SystemTest
class ConversationsSystemTest {

    @LocalServerPort
    int port;
    @Autowired
    Registration registration;
    @Autowired
    SubmittingApplication submitting;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theApplicantAndTheOfficerWriteToEachOtherAndInternalNotesStayInternal() {
        var email = People.uniqueEmail("writer");
        var submitted = submit(email);
        var citizen = new Visitor(port);
        citizen.signIn(email, People.GOOD_PASSWORD);
        var officer = new Visitor(port);
        officer.signIn(People.CASEWORKER, People.DEMO_PASSWORD);

        citizen.get("/account/cases/" + submitted.id());
        assertThat(citizen.post("/account/cases/" + submitted.id() + "/messages", Map.of("message", "Is there any news?")).status())
                .isEqualTo(302);
        officer.get("/console/cases/" + submitted.id());
        officer.post("/console/cases/" + submitted.id() + "/messages", Map.of("message", "We are checking with the local police."));
        officer.get("/console/cases/" + submitted.id());
        officer.post("/console/cases/" + submitted.id() + "/notes", Map.of("internalNote", "Applicant seems anxious; call tomorrow"));

        var officerView = officer.get("/console/cases/" + submitted.id()).body();
        assertThat(officerView).contains("The applicant wrote", "Is there any news?", "We are checking with the local police.",
                "Internal note", "Applicant seems anxious; call tomorrow");
        var citizenView = citizen.get("/account/cases/" + submitted.id()).body();
        assertThat(citizenView).contains("You wrote", "Is there any news?", "Message from the team", "We are checking with the local police.")
                .doesNotContain("Applicant seems anxious");
    }

    @Test
    void anEmptyMessageIsExplainedAndNothingIsSaved() {
        var email = People.uniqueEmail("silent");
        var submitted = submit(email);
        var citizen = new Visitor(port);
        citizen.signIn(email, People.GOOD_PASSWORD);
        citizen.get("/account/cases/" + submitted.id());
        var page = citizen.post("/account/cases/" + submitted.id() + "/messages", Map.of("message", "   "));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<a href=\"#message\">Enter your message</a>");
        assertThat(jdbc.sql("select count(*) from case_events where case_id = ? and kind = 'MESSAGE'").param(submitted.id())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void strangersCannotWriteOnACase() {
        var submitted = submit(People.uniqueEmail("private"));
        var stranger = new Visitor(port);
        stranger.signIn(People.CITIZEN, People.DEMO_PASSWORD);
        stranger.get("/account");
        assertThat(stranger.post("/account/cases/" + submitted.id() + "/messages", Map.of("message", "Hello")).status()).isEqualTo(404);
        var otherTeam = new Visitor(port);
        otherTeam.signIn("assessor@frontdoor.example", People.DEMO_PASSWORD);
        otherTeam.get("/console");
        assertThat(otherTeam.post("/console/cases/" + submitted.id() + "/notes", Map.of("internalNote", "Hi")).status()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from case_events where case_id = ? and kind in ('MESSAGE', 'NOTE')").param(submitted.id())
                .query(Integer.class).single()).isZero();
    }

    private SubmittedCase submit(String email) {
        var id = registration.register(new NewCitizen("Writer", email, People.GOOD_PASSWORD, People.GOOD_PASSWORD));
        var link = Mailbox.linkIn(email, "Confirm your email address");
        registration.verifyEmail(link.substring(link.indexOf("token=") + 6));
        return submitting.submit(new NewApplication("help-abroad", id, Applications.lostPassport(), null));
    }
}
