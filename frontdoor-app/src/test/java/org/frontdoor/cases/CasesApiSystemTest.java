package org.frontdoor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.frontdoor.identity.NewCitizen;
import org.frontdoor.identity.Registration;
import org.frontdoor.support.Applications;
import org.frontdoor.support.Mailbox;
import org.frontdoor.support.People;
import org.frontdoor.support.SystemTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/** Applications and cases over the JSON API, as an integrator or the citizen's app would use it. */
@SystemTest
class CasesApiSystemTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    Registration registration;

    @Test
    void submittingTwiceWithOneIdempotencyKeyCreatesOneCase() throws Exception {
        var key = UUID.randomUUID().toString();
        var first = submit(People.CITIZEN, People.DEMO_PASSWORD, "help-abroad", Applications.lostPassport(), key);
        var retry = submit(People.CITIZEN, People.DEMO_PASSWORD, "help-abroad", Applications.lostPassport(), key);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(first.headers().firstValue("Location")).get().asString().startsWith("/api/v1/cases/");
        assertThat(first.headers().firstValue("Idempotent-Replayed")).contains("false");
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(json.readTree(retry.body()).get("id")).isEqualTo(json.readTree(first.body()).get("id"));
        assertThat(json.readTree(first.body()).get("reference").asString()).startsWith("HA-");
    }

    @Test
    void reusingAKeyForADifferentApplicationIsA422() throws Exception {
        var key = UUID.randomUUID().toString();
        submit(People.CITIZEN, People.DEMO_PASSWORD, "help-abroad", Applications.lostPassport(), key);
        var other = submit(People.CITIZEN, People.DEMO_PASSWORD, "help-abroad", Applications.arrestAbroad(), key);
        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(other.body()).contains("Idempotency-Key was already used");
    }

    @Test
    void invalidAnswersAreA400ProblemListingEachField() throws Exception {
        var response = submit(People.CITIZEN, People.DEMO_PASSWORD, "help-abroad", Map.of("helpType", "teleport"), null);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        var errors = json.readTree(response.body()).get("errors");
        assertThat(errors.findValuesAsString("field")).contains("helpType", "country", "phone");
        assertThat(errors.findValuesAsString("message")).contains("Select one of the options");
    }

    @Test
    void aCitizenSeesTheirOwnCaseAndAnotherCitizenGetsA404() throws Exception {
        var created = json.readTree(submit(People.CITIZEN, People.DEMO_PASSWORD, "help-abroad", Applications.lostPassport(), null).body());
        var path = "/api/v1/cases/" + created.get("id").asString();

        var own = get(path, People.CITIZEN, People.DEMO_PASSWORD);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("\"citizenStatus\":\"We have your request and will contact you\"", "\"country\":\"Spain\"");

        var stranger = verifiedCitizen();
        assertThat(get(path, stranger, People.GOOD_PASSWORD).statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/cases/" + UUID.randomUUID(), stranger, People.GOOD_PASSWORD).statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/cases", stranger, People.GOOD_PASSWORD).body()).isEqualTo("{\"rows\":[],\"next\":null}");
    }

    @Test
    void staffSeeTheCasesOfTheirTeamsOnly() throws Exception {
        var lostPassport = json.readTree(submit(People.CITIZEN, People.DEMO_PASSWORD, "help-abroad", Applications.lostPassport(), null).body());
        var arrest = json.readTree(submit(People.CITIZEN, People.DEMO_PASSWORD, "help-abroad", Applications.arrestAbroad(), null).body());

        // The demo caseworker is in Consular assistance, not in Consular crisis response.
        assertThat(get("/api/v1/cases/" + lostPassport.get("id").asString(), People.CASEWORKER, People.DEMO_PASSWORD).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/cases/" + arrest.get("id").asString(), People.CASEWORKER, People.DEMO_PASSWORD).statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/cases/" + arrest.get("id").asString(), People.ADMIN, People.DEMO_PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void anonymousSubmissionsAreRefused() throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/applications"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"service\":\"help-abroad\",\"answers\":{}}")).build();
        assertThat(http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> submit(String user, String password, String service, Map<String, Object> answers, String key)
            throws Exception {
        var body = json.writeValueAsString(Map.of("service", service, "answers", answers));
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/applications"))
                .header("Authorization", basic(user, password)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String user, String password) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", basic(user, password)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String verifiedCitizen() {
        var email = People.uniqueEmail("stranger");
        registration.register(new NewCitizen("A Stranger", email, People.GOOD_PASSWORD, People.GOOD_PASSWORD));
        var link = Mailbox.linkIn(email, "Confirm your email address");
        registration.verifyEmail(link.substring(link.indexOf("token=") + 6));
        return email;
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes());
    }
}
