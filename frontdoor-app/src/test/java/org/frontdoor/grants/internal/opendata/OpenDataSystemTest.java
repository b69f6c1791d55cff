package org.frontdoor.grants.internal.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.frontdoor.support.People;
import org.frontdoor.support.SystemTest;
import org.frontdoor.support.Visitor;
import org.frontdoor.support.Visitor.FilePart;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Open data over HTTP on the running app: public to read, importing only for admins. */
@SystemTest
class OpenDataSystemTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anyoneReadsTheAwardedGrantsAsJsonWithoutSigningIn() throws Exception {
        var data = new AwardedApplications(jdbc, "Open Spaces");
        var reference = data.awardedToOrganisation(data.applicant("Olive Organiser", People.uniqueEmail("olive")), "GB-CHC-1112223",
                "Open Streets", "321.09", OffsetDateTime.now());

        var response = get("/api/v1/open-data/grants.json?programme=" + data.programmeId);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        assertThat(response.headers().firstValue("Content-Disposition")).get().asString().contains("filename=\"grants.json\"");
        var grants = ThreeSixtyGivingSchema.JSON.readTree(response.body()).get("grants");
        assertThat(grants).hasSize(1);
        assertThat(grants.get(0).get("id").asString()).isEqualTo("360G-GB-GOV-99-" + reference);
        assertThat(response.body()).contains("\"amountAwarded\":321.09");

        var all = get("/api/v1/open-data/grants.json");
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(all.body()).startsWith("{\"grants\":[").contains(reference);
    }

    @Test
    void anyoneReadsTheAwardedGrantsAsCsvWithoutSigningIn() throws Exception {
        var data = new AwardedApplications(jdbc, "Open Spaces");
        var reference = data.awardedToOrganisation(data.applicant("Olive Organiser", People.uniqueEmail("olive")), "GB-CHC-1112224",
                "Open Streets", "10.00", OffsetDateTime.now());

        var response = get("/api/v1/open-data/grants.csv?programme=" + data.programmeId);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
        assertThat(response.headers().firstValue("Content-Disposition")).get().asString().contains("filename=\"grants.csv\"");
        assertThat(response.body()).startsWith("Identifier,Title,Description,Currency,Amount Awarded,Award Date,")
                .contains("360G-GB-GOV-99-" + reference + ",Open Spaces: Open Streets,");
    }

    @Test
    void anAdminImportsAFileOnTheConsolePageAndSeesTheReport() {
        var admin = new Visitor(port);
        admin.signIn(People.ADMIN, People.DEMO_PASSWORD);
        var form = admin.get("/console/admin/open-data");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("enctype=\"multipart/form-data\"", "name=\"_csrf\"");

        var id = "test-" + UUID.randomUUID();
        var file = "{\"grants\": [" + PastGrantImportIntegrationTest.grant(id, "12.34") + ", "
                + PastGrantImportIntegrationTest.grant(id + "-b", "\"twelve\"") + "]}";
        var report = admin.postFiles("/console/admin/open-data", Map.of(),
                Map.of("grants", new FilePart("funder.json", "application/json", file.getBytes(StandardCharsets.UTF_8))));

        assertThat(report.status()).isEqualTo(200);
        assertThat(report.body()).contains("id=\"grants-read\">2<", "id=\"grants-stored\">1<", "id=\"grants-skipped\">1<",
                "/grants/1/amountAwarded");
        assertThat(jdbc.sql("select count(*) from past_grants where grant_id = ?").param(id).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theImportPageExplainsAFileThatIsNotA360GivingPackage() {
        var admin = new Visitor(port);
        admin.signIn(People.ADMIN, People.DEMO_PASSWORD);
        admin.get("/console/admin/open-data");
        var notJson = admin.postFiles("/console/admin/open-data", Map.of(),
                Map.of("grants", new FilePart("grants.csv", "text/csv", "Identifier,Title\n1,A".getBytes(StandardCharsets.UTF_8))));
        assertThat(notJson.body()).contains("govuk-error-summary", "not valid JSON", "Nothing was imported");

        admin.get("/console/admin/open-data");
        var empty = admin.postFiles("/console/admin/open-data", Map.of(),
                Map.of("grants", new FilePart("empty.json", "application/json", new byte[0])));
        assertThat(empty.body()).contains("The selected file is empty");

        admin.get("/console/admin/open-data");
        var noGrants = admin.postFiles("/console/admin/open-data", Map.of(),
                Map.of("grants", new FilePart("other.json", "application/json", "{\"items\": []}".getBytes(StandardCharsets.UTF_8))));
        assertThat(noGrants.body()).contains("no &quot;grants&quot; list");
    }

    @Test
    void aFileOverTheUploadLimitGetsTheFileTooBigPage() {
        var admin = new Visitor(port);
        admin.signIn(People.ADMIN, People.DEMO_PASSWORD);
        admin.get("/console/admin/open-data");
        var huge = new byte[52 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) ' ');
        huge[0] = '{';
        huge[huge.length - 1] = '}';
        var refused = admin.postFiles("/console/admin/open-data", Map.of(),
                Map.of("grants", new FilePart("huge.json", "application/json", huge)));
        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.body()).contains("The selected file is too big");
    }

    @Test
    void aCitizenCannotImport() {
        var citizen = new Visitor(port);
        citizen.signIn(People.CITIZEN, People.DEMO_PASSWORD);
        assertThat(citizen.get("/console/admin/open-data").status()).isEqualTo(403);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
