package org.frontdoor.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.Map;
import org.frontdoor.audit.AuditLog;
import org.frontdoor.support.People;
import org.frontdoor.support.ServiceDefinitions;
import org.frontdoor.support.SystemTest;
import org.frontdoor.support.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Admins publish service versions and open, pause and retire services in the console; citizens,
 * the API and existing cases behave accordingly. Each test uses a service of its own.
 */
@SystemTest
class ServiceAdministrationSystemTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditLog audit;

    @Test
    void aNewVersionServesNewApplicationsWhileACaseStartedOnTheOldOneKeepsItsStates() throws Exception {
        var id = ServiceDefinitions.uniqueServiceId();
        var admin = admin();
        var published = DefinitionUpload.file(port, admin, id + ".yaml", ServiceDefinitions.firstVersion(id));
        assertThat(published.location()).isEqualTo("/console/admin/services/" + id);
        assertThat(admin.follow(published).body()).contains("Version 1 of ‘Apply for a pet licence (" + id + ")’ is published");

        var first = apply(id, Map.of("petName", "Rex"));
        assertThat(first.path("serviceVersion").asInt()).isEqualTo(1);
        assertThat(first.path("state").asString()).isEqualTo("received");

        var second = DefinitionUpload.pasted(port, admin, ServiceDefinitions.secondVersion(id));
        assertThat(second.location()).isEqualTo("/console/admin/services/" + id);
        var newer = apply(id, Map.of("petName", "Tiddles", "petAge", 3));
        assertThat(newer.path("serviceVersion").asInt()).isEqualTo(2);
        assertThat(newer.path("state").asString()).isEqualTo("logged");
        assertThat(newer.path("citizenStatus").asString()).isEqualTo("Your licence application is logged");

        var old = read(first.path("id").asString(), People.CITIZEN);
        assertThat(old.path("serviceVersion").asInt()).isEqualTo(1);
        assertThat(old.path("state").asString()).isEqualTo("received");
        assertThat(old.path("citizenStatus").asString()).isEqualTo("We have your licence application");

        var page = admin.get("/console/admin/services/" + id).body();
        assertThat(page).contains("Uploaded: " + id + ".yaml", "Uploaded: pasted definition", "Alex Admin", "Version 2");
        assertThat(admin.get("/console/admin/services").body()).contains("Version 1: Uploaded", "Version 2: Uploaded",
                "Version 1: Built in (help-abroad.yaml)");
        assertThat(audit.about("SERVICE", id, 10)).extracting(e -> e.action()).containsOnly("SERVICE_VERSION_UPLOADED").hasSize(2);
    }

    @Test
    void anInvalidDefinitionIsRefusedWithEveryProblemsLineAndFieldAndNothingIsStored() {
        var id = ServiceDefinitions.uniqueServiceId();
        var broken = ServiceDefinitions.firstVersion(id)
                .replace("version: 1", "version: first")
                .replace("calendar: england-and-wales", "calendar: mars")
                .replace("type: text", "type: txt");
        var admin = admin();
        var page = DefinitionUpload.file(port, admin, "broken.yaml", broken);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("There is a problem", "govuk-error-summary",
                "broken.yaml, line 2, version:", "broken.yaml, line 5, calendar: Unknown calendar &#39;mars&#39;",
                "broken.yaml, line 12, form.pages[0].questions[0].type: Unknown question type &#39;txt&#39;", "Fix the 3 problems listed above");
        assertThat(jdbc.sql("select count(*) from service_definitions where service_id = ?").param(id).query(Integer.class).single())
                .isZero();

        var notHigher = DefinitionUpload.pasted(port, admin, new String(readResource("/services/help-abroad.yaml")));
        assertThat(notHigher.body()).contains("pasted definition, line 4, version: Version 1 is not higher than the newest version of "
                + "&#39;help-abroad&#39;, which is 1; give this one version 2 or higher");
        assertThat(notHigher.body()).contains("help-abroad").contains("id: help-abroad"); // the pasted text is kept

        assertThat(DefinitionUpload.pasted(port, admin, "").body()).contains("Choose a service definition file, or paste one");
        assertThat(jdbc.sql("select count(*) from service_definitions where service_id = 'help-abroad'").query(Integer.class).single())
                .isZero();
    }

    @Test
    void onlyAdminsReachServiceAdministration() {
        var caseworker = new Visitor(port);
        caseworker.signIn(People.CASEWORKER, People.DEMO_PASSWORD);
        assertThat(caseworker.get("/console/admin/services").status()).isEqualTo(403);
        assertThat(caseworker.get("/console/admin/service-upload").status()).isEqualTo(403);
        assertThat(caseworker.post("/console/admin/services/help-abroad/status", Map.of("status", "PAUSED")).status()).isEqualTo(403);

        var citizen = new Visitor(port);
        citizen.signIn(People.CITIZEN, People.DEMO_PASSWORD);
        assertThat(citizen.get("/console/admin/services").status()).isEqualTo(403);
        assertThat(new Visitor(port).get("/console/admin/services").location()).isEqualTo("/console/sign-in");
        assertThat(jdbc.sql("select count(*) from service_status where service_id = 'help-abroad'").query(Integer.class).single()).isZero();

        var admin = admin();
        assertThat(admin.get("/console/admin/services").body()).contains("Get help abroad", "Definitions that were refused");
        assertThat(admin.get("/console/admin/services/no-such-service").status()).isEqualTo(404);
    }

    @Test
    void pausingRefusesStartingAndSendingButKeepsTheDraftUntilItOpensAgain() throws Exception {
        var id = ServiceDefinitions.uniqueServiceId();
        var admin = admin();
        DefinitionUpload.file(port, admin, id + ".yaml", ServiceDefinitions.firstVersion(id));

        var citizen = new Visitor(port);
        citizen.signIn(People.CITIZEN, People.DEMO_PASSWORD);
        citizen.get("/account/services");
        var draft = citizen.post("/account/services/" + id + "/start", Map.of()).location();
        assertThat(draft).endsWith("/about");
        citizen.get(draft);
        assertThat(citizen.post(draft, Map.of("petName", "Rex")).location()).endsWith("/check");

        admin.get("/console/admin/services/" + id);
        var paused = admin.post("/console/admin/services/" + id + "/status", Map.of("status", "PAUSED", "message", "We reopen on Monday."));
        assertThat(admin.follow(paused).body()).contains("is paused", "We reopen on Monday.", "Paused");

        var services = citizen.get("/account/services").body();
        assertThat(services).contains("Apply for a pet licence (" + id + ")", "This service is not taking applications at the moment",
                "We reopen on Monday.").doesNotContain("/account/services/" + id + "/start");
        var start = citizen.post("/account/services/" + id + "/start", Map.of());
        assertThat(start.status()).isEqualTo(409);
        assertThat(start.body()).contains("This service is not taking applications at the moment", "We reopen on Monday.");

        var check = draft.replace("/about", "/check");
        assertThat(citizen.get(check).body()).contains("This service is not taking applications at the moment.",
                "We reopen on Monday.", "Your answers are saved");
        var send = citizen.post(check, Map.of());
        assertThat(send.status()).isEqualTo(409);
        assertThat(send.body()).contains("Any answers you have already given are saved");
        assertThat(citizen.get(draft).body()).contains("value=\"Rex\"");

        var api = submit(id, Map.of("petName", "Rex"));
        assertThat(api.statusCode()).isEqualTo(409);
        var problem = json.readTree(api.body());
        assertThat(problem.path("type").asString()).endsWith("/service-not-taking-applications");
        assertThat(problem.path("serviceStatus").asString()).isEqualTo("paused");
        assertThat(problem.path("message").asString()).isEqualTo("We reopen on Monday.");

        admin.get("/console/admin/services/" + id);
        admin.post("/console/admin/services/" + id + "/status", Map.of("status", "OPEN"));
        citizen.get(check);
        assertThat(citizen.post(check, Map.of()).location()).startsWith("/account/cases/");
        assertThat(audit.about("SERVICE", id, 10)).extracting(e -> e.action())
                .contains("SERVICE_PAUSED", "SERVICE_OPENED", "SERVICE_VERSION_UPLOADED");
    }

    @Test
    void retiringTakesTheServiceOffTheListWhileItsCasesStayReadableAndWorkable() throws Exception {
        var id = ServiceDefinitions.uniqueServiceId();
        var admin = admin();
        DefinitionUpload.file(port, admin, id + ".yaml", ServiceDefinitions.firstVersion(id));
        var earlier = apply(id, Map.of("petName", "Rex"));

        admin.get("/console/admin/services/" + id);
        var retired = admin.post("/console/admin/services/" + id + "/status", Map.of("status", "RETIRED"));
        assertThat(admin.follow(retired).body()).contains("is retired", "Retired");

        var citizen = new Visitor(port);
        citizen.signIn(People.CITIZEN, People.DEMO_PASSWORD);
        assertThat(citizen.get("/account/services").body()).doesNotContain(id);
        var start = citizen.post("/account/services/" + id + "/start", Map.of());
        assertThat(start.status()).isEqualTo(409);
        assertThat(start.body()).contains("This service has closed");
        assertThat(submit(id, Map.of("petName", "Fido")).statusCode()).isEqualTo(410);

        var caseId = earlier.path("id").asString();
        assertThat(read(caseId, People.CITIZEN).path("state").asString()).isEqualTo("received");
        assertThat(citizen.get("/account/cases/" + caseId).body()).contains("We have your licence application");
        var staffView = read(caseId, People.CASEWORKER);
        var worked = send("/api/v1/cases/" + caseId + "/transitions", People.CASEWORKER,
                "{\"transition\":\"license\",\"expectedVersion\":" + staffView.path("version").asInt() + "}");
        assertThat(worked.statusCode()).isEqualTo(200);
        assertThat(json.readTree(worked.body()).path("state").asString()).isEqualTo("licensed");
    }

    @Test
    void aDraftStartedOnOneVersionCarriesOnWithTheNewestKeepingItsAnswers() {
        var id = ServiceDefinitions.uniqueServiceId();
        var admin = admin();
        DefinitionUpload.file(port, admin, id + ".yaml", ServiceDefinitions.firstVersion(id));
        var citizen = new Visitor(port);
        citizen.signIn(People.CITIZEN, People.DEMO_PASSWORD);
        citizen.get("/account/services");
        var page = citizen.post("/account/services/" + id + "/start", Map.of()).location();
        citizen.get(page);
        citizen.post(page, Map.of("petName", "Rex"));

        DefinitionUpload.pasted(port, admin, ServiceDefinitions.secondVersion(id));

        var draftId = page.split("/")[3];
        assertThat(citizen.get("/account/applications/" + draftId).location()).isEqualTo(page);
        var form = citizen.get(page).body();
        assertThat(form).contains("value=\"Rex\"", "How old is your pet, in years?");
        assertThat(citizen.post(page, Map.of("petName", "Rex", "petAge", "4")).location()).endsWith("/check");
        var sent = citizen.post(page.replace("/about", "/check"), Map.of());
        assertThat(citizen.follow(sent).body()).contains("Your licence application is logged");
    }

    private Visitor admin() {
        var admin = new Visitor(port);
        admin.signIn(People.ADMIN, People.DEMO_PASSWORD);
        return admin;
    }

    private JsonNode apply(String serviceId, Map<String, Object> answers) throws Exception {
        var response = submit(serviceId, answers);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json.readTree(response.body());
    }

    private HttpResponse<String> submit(String serviceId, Map<String, Object> answers) throws Exception {
        return send("/api/v1/applications", People.CITIZEN,
                json.writeValueAsString(Map.of("service", serviceId, "answers", answers)));
    }

    private HttpResponse<String> send(String path, String user, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", basic(user)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode read(String caseId, String user) throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/cases/" + caseId))
                .header("Authorization", basic(user)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + People.DEMO_PASSWORD).getBytes());
    }

    private static byte[] readResource(String path) {
        try (var in = ServiceAdministrationSystemTest.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
