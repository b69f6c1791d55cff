package org.frontdoor.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import org.frontdoor.support.People;
import org.frontdoor.support.SystemTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The API answers errors as RFC 9457 problem details, and documents itself as OpenAPI 3.1. */
@SystemTest
class ApiProblemsSystemTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void aMalformedParameterIsA400ProblemDetail() throws Exception {
        var response = get("/api/v1/audit/entries?page=not-a-number", People.ADMIN);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(response.body()).contains("\"status\":400").doesNotContain("Exception");
    }

    @Test
    void aCitizenIsForbiddenFromTheAuditApiWithAProblemDetail() throws Exception {
        var response = get("/api/v1/audit/entries", People.CITIZEN);
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("\"status\":403");
    }

    @Test
    void anAdminVerifiesTheChainOverTheApi() throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/audit/verification"))
                .header("Authorization", basic(People.ADMIN)).POST(HttpRequest.BodyPublishers.noBody()).build();
        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"intact\":true");
    }

    @Test
    void theOpenApiDocumentIsVersion31() throws Exception {
        var response = get("/api/v1/openapi", null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith("{\"openapi\":\"3.1").contains("Frontdoor API", "/api/v1/me");
    }

    @Test
    void healthAndReadinessAreOpenForProbes() throws Exception {
        assertThat(get("/actuator/health/liveness", null).body()).contains("UP");
        assertThat(get("/actuator/health/readiness", null).body()).contains("UP");
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            request.header("Authorization", basic(user));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + People.DEMO_PASSWORD).getBytes());
    }
}
