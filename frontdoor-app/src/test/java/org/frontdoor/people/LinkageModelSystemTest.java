package org.frontdoor.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.frontdoor.support.People;
import org.frontdoor.support.SystemTest;
import org.frontdoor.support.Visitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.frontdoor.audit.AuditLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Retraining the linkage model with reviewers' decisions, over the API and in the console: the new version
 * is stored with who, when, how many labels and its parameters against the old one, every later link names
 * it, and no human decision is overturned by matching again with it. Each test goes back to the model it
 * found, so other tests keep scoring with the shipped one.
 */
@SystemTest
class LinkageModelSystemTest {

    private static final String ADMIN = People.ADMIN;
    private static final String TEAM_LEAD = "teamlead@frontdoor.example";
    private static final String PW = People.DEMO_PASSWORD;

    @LocalServerPort
    int port;
    @Autowired
    AuditLog audit;

    private int versionBefore = -1;

    private RegistryClient api() {
        return new RegistryClient(port);
    }

    private int currentVersion() {
        var models = api().ok(api().get("/api/v1/people/models", ADMIN, PW));
        if (versionBefore < 0) {
            versionBefore = models.get("current").asInt();
        }
        return models.get("current").asInt();
    }

    @AfterEach
    void goBackToTheModelTheTestFound() {
        if (versionBefore > 0) {
            api().json("PUT", "/api/v1/people/models/current", ADMIN, PW, Map.of("version", versionBefore));
        }
    }

    private void decide(RegistryClient.Pair pair, String decision) {
        var review = api().openReviewOf(pair.recordId(), TEAM_LEAD, PW);
        api().json("POST", "/api/v1/people/reviews/" + review.get("id").asString(), TEAM_LEAD, PW, Map.of("decision", decision));
    }

    @Test
    void anAdminRetrainsWithTheDecisionsAndLaterLinksNameTheNewVersionWhileHumanDecisionsStand() {
        currentVersion();
        var same = api().uncertainPair(ADMIN, PW);
        decide(same, "SAME_PERSON");
        var apart = api().uncertainPair(ADMIN, PW);
        decide(apart, "DIFFERENT_PEOPLE");

        var retrained = api().send("POST", "/api/v1/people/models", ADMIN, PW, "application/json", "");

        assertThat(retrained.statusCode()).as(retrained.body()).isEqualTo(201);
        var version = RegistryClient.JSON.readTree(retrained.body());
        int number = version.get("version").asInt();
        assertThat(number).isGreaterThan(1);
        assertThat(retrained.headers().firstValue("Location")).hasValue("/api/v1/people/models/" + number);
        assertThat(version.get("samePersonLabels").asInt()).isPositive();
        assertThat(version.get("differentPeopleLabels").asInt()).isPositive();
        assertThat(version.get("records").asInt()).isGreaterThanOrEqualTo(4);
        assertThat(version.get("method").asString()).isIn("REFINED_SHIPPED", "ESTIMATED_ON_REGISTRY");
        assertThat(version.get("trainedBy").asString()).contains("admin@frontdoor.example");
        assertThat(version.get("parameters").findValuesAsString("comparison")).contains("surname", "date_of_birth");
        assertThat(version.get("parameters").get(0).has("weightBefore")).isTrue();
        assertThat(api().ok(api().get("/api/v1/people/models", ADMIN, PW)).get("current").asInt()).isEqualTo(number);
        assertThat(audit.about("PERSON_LINKAGE_MODEL", String.valueOf(number), 10)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("RETRAINED");
            assertThat(entry.actorName()).contains("admin@frontdoor.example");
        });

        // A record linked from now on is explained by the new version.
        var source = RegistryClient.uniqueSourceId();
        api().source(source, "Source " + source, Map.of(), ADMIN, PW);
        var surname = RegistryClient.uniqueSurname();
        api().importCsv(source, """
                id,given_name,surname,date_of_birth,postcode,email
                N1,Wren,%1$s,1977-03-09,LS6 2AB,wren@%1$s.example
                N2,Wren,%1$s,1977-03-09,LS6 2AB,wren@%1$s.example
                """.formatted(surname), ADMIN, PW);
        var person = api().person(api().persons(surname, ADMIN, PW).getFirst().get("id").asString(), ADMIN, PW);
        assertThat(person.get("records").findValues("explanation").stream().filter(e -> !e.isNull())
                .map(e -> e.get("modelVersion").asInt())).containsExactly(number);

        // Matching again with the new model moves no record a person placed.
        api().json("POST", "/api/v1/people/rematch", ADMIN, PW, Map.of());
        assertThat(api().persons(same.surname(), ADMIN, PW)).hasSize(1);
        assertThat(api().persons(apart.surname(), ADMIN, PW)).hasSize(2);
        var open = api().ok(api().get("/api/v1/people/reviews", ADMIN, PW));
        assertThat(open.findValuesAsString("recordId")).doesNotContain(apart.recordId(), same.recordId());
        assertThat(open.findValuesAsString("candidateRecordId")).doesNotContain(apart.recordId(), same.recordId());

        // Earlier links keep the version that made them.
        var decided = api().person(api().persons(same.surname(), ADMIN, PW).getFirst().get("id").asString(), ADMIN, PW);
        assertThat(decided.get("records").findValues("explanation").stream().filter(e -> !e.isNull())
                .map(e -> e.get("modelVersion").asInt())).doesNotContain(number);
    }

    @Test
    void theConsoleShowsTheVersionsWhatChangedAndGoesBack() {
        int before = currentVersion();
        decide(api().uncertainPair(ADMIN, PW), "SAME_PERSON");
        var admin = new Visitor(port);
        admin.signIn(ADMIN, PW);
        var overview = admin.get("/console/people/model");
        assertThat(overview.status()).isEqualTo(200);
        assertThat(overview.body()).contains("Linkage model", "Retrain with reviewers", "same person");

        var retrained = admin.post("/console/people/model", Map.of());
        assertThat(retrained.status()).isEqualTo(302);
        var page = admin.follow(retrained);
        assertThat(page.body()).contains("is now used for matching on every node", "What changed since version " + before,
                "Date of birth", "Weight before", "admin@frontdoor.example");
        var number = retrained.location().substring(retrained.location().lastIndexOf('/') + 1);

        var back = admin.post("/console/people/model/" + before + "/use", Map.of());
        assertThat(back.status()).isEqualTo(302);
        assertThat(api().ok(api().get("/api/v1/people/models", ADMIN, PW)).get("current").asInt()).isEqualTo(before);
        assertThat(admin.get("/console/people/model/" + number).body()).contains("Use version " + number + " for matching");
    }

    @Test
    void onlyAdminsSeeOrChangeTheModelAndBadChoicesAreRefusedClearly() {
        currentVersion();
        for (var user : new String[] {TEAM_LEAD, People.CASEWORKER, People.CITIZEN}) {
            assertThat(api().get("/api/v1/people/models", user, PW).statusCode()).as(user).isEqualTo(404);
            assertThat(api().send("POST", "/api/v1/people/models", user, PW, "application/json", "").statusCode()).as(user).isEqualTo(404);
        }
        var lead = new Visitor(port);
        lead.signIn(TEAM_LEAD, PW);
        assertThat(lead.get("/console/people/model").status()).isEqualTo(404);

        var missing = api().send("PUT", "/api/v1/people/models/current", ADMIN, PW, "application/json", "{\"version\": 999999}");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("There is no linkage model version 999999");
        var empty = api().send("PUT", "/api/v1/people/models/current", ADMIN, PW, "application/json", "{}");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("Say which version to use");
        assertThat(api().get("/api/v1/people/models/999999", ADMIN, PW).statusCode()).isEqualTo(404);
        JsonNode openApi = api().ok(api().get("/api/v1/openapi", ADMIN, PW));
        assertThat(openApi.get("paths").has("/api/v1/people/models")).isTrue();
    }
}
