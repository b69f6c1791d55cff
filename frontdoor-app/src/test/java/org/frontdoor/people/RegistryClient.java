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

    /** Persons whose records mention the text, as an admin finds them. */
    java.util.List<JsonNode> persons(String text, String admin, String password) {
        var found = ok(get("/api/v1/people?q=" + text, admin, password));
        java.util.List<JsonNode> persons = new java.util.ArrayList<>();
        found.forEach(persons::add);
        return persons;
    }

    /** A person's whole view. */
    JsonNode person(String id, String user, String password) {
        return ok(get("/api/v1/people/" + id + "?purpose=IDENTITY", user, password));
    }

    /** Two records in the review queue: the surname they share and the id of the later one (B1). */
    record Pair(String surname, String recordId) {
    }

    /** Same names, birth months apart, different addresses: the engine is unsure (about 0.53). */
    Pair uncertainPair(String admin, String password) {
        var a = uniqueSourceId();
        source(a, "Source " + a, Map.of(), admin, password);
        var b = uniqueSourceId();
        source(b, "Source " + b, Map.of(), admin, password);
        var surname = uniqueSurname();
        // Other runs of this test share the shape of these records, so the numbers differ per run.
        var random = ThreadLocalRandom.current();
        int year = 1940 + random.nextInt(60);
        int house = 1 + random.nextInt(9000);
        // Given and street names of this pair's own: the database holds other pairs of this shape (earlier
        // tests, earlier runs on a kept database), and none may look closer to B1 than A1 does.
        var given = uniqueSurname();
        var street = uniqueSurname();
        var otherStreet = uniqueSurname();
        importCsv(a, """
                id,given_name,surname,date_of_birth,address,postcode
                A1,%s,%s,%d-04-25,%d %s Hill Wakefield,WF1 3AA
                """.formatted(given, surname, year, house, street), admin, password);
        var report = importCsv(b, """
                id,given_name,surname,date_of_birth,address,postcode,phone
                B1,%s,%s,%d-11-25,%d %s Lane Hull,HU1 1AA,07700 9%05d
                """.formatted(given, surname, year, house + 1, otherStreet, house), admin, password);
        if (report.get("sentToReview").asInt() != 1) {
            throw new AssertionError("not sent to review: " + report);
        }
        for (var p : persons(surname, admin, password)) {
            for (var r : person(p.get("id").asString(), admin, password).get("records")) {
                if (r.get("record").get("sourceRecordId").asString().equals("B1")) {
                    return new Pair(surname, r.get("record").get("id").asString());
                }
            }
        }
        throw new AssertionError("no record B1");
    }

    /** The open review of a record. */
    JsonNode openReviewOf(String recordId, String reviewer, String password) {
        for (var review : ok(get("/api/v1/people/reviews", reviewer, password))) {
            if (review.get("recordId").asString().equals(recordId)) {
                return review;
            }
        }
        throw new AssertionError("no open review of " + recordId);
    }
}
