package org.frontdoor.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import org.frontdoor.support.People;
import org.frontdoor.support.SystemTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** API tokens: issued with the password, used as Bearer, revocable, stored only as a hash. */
@SystemTest
class ApiTokensSystemTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aTokenIssuedWithThePasswordSignsInApiCallsUntilRevoked() throws Exception {
        var issued = json.readTree(send("POST", "/api/v1/tokens", basic(), "{\"name\":\"Case import\"}").body());
        var token = issued.get("token").asString();
        assertThat(token).startsWith("fd_");
        assertThat(jdbc.sql("select count(*) from api_tokens where token_hash like ?").param("%" + token + "%")
                .query(Integer.class).single()).as("only the hash is stored").isZero();

        var me = send("GET", "/api/v1/me", "Bearer " + token, null);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains(People.CITIZEN);

        assertThat(send("DELETE", "/api/v1/tokens/" + issued.get("id").asString(), basic(), null).statusCode()).isEqualTo(204);
        assertThat(send("GET", "/api/v1/me", "Bearer " + token, null).statusCode()).isEqualTo(401);
    }

    @Test
    void aTokenCannotIssueFurtherTokens() throws Exception {
        var token = json.readTree(send("POST", "/api/v1/tokens", basic(), "{\"name\":\"First\"}").body()).get("token").asString();
        assertThat(send("POST", "/api/v1/tokens", "Bearer " + token, "{\"name\":\"Second\"}").statusCode()).isEqualTo(403);
    }

    @Test
    void unknownTokensAreA401ProblemDetail() throws Exception {
        var response = send("GET", "/api/v1/me", "Bearer fd_not-a-real-token", null);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("Bearer");
    }

    @Test
    void aTokenNeedsAName() throws Exception {
        var response = send("POST", "/api/v1/tokens", basic(), "{\"name\":\"  \"}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"name\"");
    }

    private HttpResponse<String> send(String method, String path, String authorization, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString((People.CITIZEN + ":" + People.DEMO_PASSWORD).getBytes());
    }
}
