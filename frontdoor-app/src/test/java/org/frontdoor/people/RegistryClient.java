package org.frontdoor.people;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The person registry's API as an integrator or a test uses it, with HTTP Basic sign-in. */
final class RegistryClient {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    RegistryClient(int port) {
        this.port = port;
    }

    /** A surname nobody else in the shared test database has, so tests never link to each other's people. */
    static String uniqueSurname() {
        var random = ThreadLocalRandom.current();
        var name = new StringBuilder("Q");
        for (int i = 0; i < 9; i++) {
            name.append((char) ('a' + random.nextInt(26)));
        }
        return name.toString();
    }

    static String uniqueSourceId() {
        return "src-" + uniqueSurname().toLowerCase();
    }

    HttpResponse<String> send(String method, String path, String user, String password, String contentType, String body) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes()))
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> get(String path, String user, String password) {
        return send("GET", path, user, password, null, null);
    }

    JsonNode ok(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new AssertionError("HTTP " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    JsonNode json(String method, String path, String user, String password, Object body) {
        return ok(send(method, path, user, password, "application/json", JSON.writeValueAsString(body)));
    }

    void source(String id, String name, Map<String, Integer> trust, String admin, String password) {
        json("PUT", "/api/v1/people/sources/" + id, admin, password, Map.of("id", id, "name", name, "trust", trust));
    }

    JsonNode importCsv(String sourceId, String csv, String admin, String password) {
        return ok(send("POST", "/api/v1/people/sources/" + sourceId + "/imports", admin, password, "text/csv", csv));
    }
}
