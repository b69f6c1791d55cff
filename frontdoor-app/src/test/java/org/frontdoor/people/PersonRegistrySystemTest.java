package org.frontdoor.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
import tools.jackson.databind.JsonNode;

/** The person registry end to end over HTTP on a real PostgreSQL: imports, linking, review, merge, split, cases. */
@SystemTest
class PersonRegistrySystemTest {

    private static final String ADMIN = People.ADMIN;
    private static final String TEAM_LEAD = "teamlead@frontdoor.example";
    private static final String PW = People.DEMO_PASSWORD;

    @LocalServerPort
    int port;
    @Autowired
    Registration registration;

    private RegistryClient api() {
        return new RegistryClient(port);
    }

    private String newSource(Map<String, Integer> trust) {
        var id = RegistryClient.uniqueSourceId();
        api().source(id, "Source " + id, trust, ADMIN, PW);
        return id;
    }

    private List<JsonNode> personsNamed(String surname) {
        var found = api().ok(api().get("/api/v1/people?q=" + surname, ADMIN, PW));
        List<JsonNode> persons = new ArrayList<>();
        found.forEach(persons::add);
        return persons;
    }

    private JsonNode person(String id, String user) {
        return api().ok(api().get("/api/v1/people/" + id + "?purpose=IDENTITY", user, PW));
    }

    @Test
    void reimportingTheSameFileChangesNothing() {
        var source = newSource(Map.of("surname", 80));
        var a = RegistryClient.uniqueSurname();
        var b = RegistryClient.uniqueSurname();
        var csv = """
                id,given_name,surname,date_of_birth,postcode
                R1,Alice,%s,1981-01-02,LS1 4AP
                R2,Bob,%s,1972-03-04,M1 2AB
                """.formatted(a, b);

        var first = api().importCsv(source, csv, ADMIN, PW);
        var again = api().importCsv(source, csv, ADMIN, PW);

        assertThat(first.get("created").asInt()).isEqualTo(2);
        assertThat(again.get("unchanged").asInt()).isEqualTo(2);
        assertThat(again.get("created").asInt() + again.get("linked").asInt() + again.get("updated").asInt()).isZero();
        assertThat(personsNamed(a)).hasSize(1);
        assertThat(person(personsNamed(a).getFirst().get("id").asString(), ADMIN).get("records")).hasSize(1);
    }

    @Test
    void badRowsAreReportedWithLineNumbersAndGoodRowsAreKept() {
        var source = newSource(Map.of());
        var good = RegistryClient.uniqueSurname();
        var csv = """
                id,given_name,surname,date_of_birth
                G1,Carol,%s,1990-05-06
                ,Dan,Nobody,1990-05-06
                G2,Erin,%s,1990-05-06,extra
                G3,Fay,%s,1990-13-45
                G4,Gus,%s,1988-08-08
                G1,Carol,%s,1990-05-06
                """.formatted(good, good, good, good, good);

        var report = api().importCsv(source, csv, ADMIN, PW);

        assertThat(report.get("rows").asInt()).isEqualTo(6);
        var bad = report.get("badRows");
        assertThat(bad.findValues("line").stream().map(JsonNode::asInt).toList()).containsExactly(3, 4, 5, 7);
        assertThat(bad.findValuesAsString("problem")).anyMatch(p -> p.contains("id is missing"))
                .anyMatch(p -> p.contains("expected 4 fields"))
                .anyMatch(p -> p.contains("date of birth 1990-13-45"))
                .anyMatch(p -> p.contains("appears earlier"));
        assertThat(personsNamed(good)).extracting(p -> p.get("name").asString())
                .containsExactlyInAnyOrder("Carol " + good, "Gus " + good);
    }

    @Test
    void theGoldenRecordTakesEachFieldFromTheMostTrustedThenTheMostRecentSource() {
        var tax = newSource(Map.of("surname", 90, "date_of_birth", 90, "address", 10, "phone", 50));
        var housing = newSource(Map.of("surname", 10, "date_of_birth", 50, "address", 90, "phone", 50));
        var surname = RegistryClient.uniqueSurname();
        api().importCsv(tax, """
                id,given_name,surname,date_of_birth,address,phone,national_insurance_number,updated_at
                T1,Hana,%s,1970-07-07,1 Old Road Leeds,07700 900001,QQ111111A,2024-01-01
                """.formatted(surname), ADMIN, PW);
        var linked = api().importCsv(housing, """
                id,given_name,surname,date_of_birth,address,phone,updated_at
                H1,Hana,%se,1970-07-07,9 New Street York,07700 900002,2026-01-01
                """.formatted(surname), ADMIN, PW);

        assertThat(linked.get("linked").asInt()).isEqualTo(1);
        var person = person(personsNamed(surname).getFirst().get("id").asString(), ADMIN);
        assertThat(person.get("records")).hasSize(2);
        var golden = new java.util.HashMap<String, JsonNode>();
        person.get("golden").forEach(g -> golden.put(g.get("field").asString(), g));
        assertThat(golden.get("SURNAME").get("value").asString()).isEqualTo(surname);
        assertThat(golden.get("SURNAME").get("sourceId").asString()).isEqualTo(tax);
        assertThat(golden.get("ADDRESS").get("value").asString()).isEqualTo("9 New Street York");
        assertThat(golden.get("ADDRESS").get("sourceRecordId").asString()).isEqualTo("H1");
        // Equal trust in phone numbers: the more recent record wins.
        assertThat(golden.get("PHONE").get("value").asString()).isEqualTo("07700 900002");
        assertThat(golden.get("IDENTIFIER").get("sourceId").asString()).isEqualTo(tax);
        var housingRecord = findRecord(person, "H1");
        assertThat(housingRecord.get("linkKind").asString()).isEqualTo("AUTOMATIC");
        assertThat(housingRecord.get("matchProbability").asDouble()).isGreaterThanOrEqualTo(0.95);
        assertThat(housingRecord.get("explanation").get("lines").findValuesAsString("comparison")).contains("surname", "date_of_birth");
    }

    @Test
    void anAcceptedReviewLinksThePairAndALaterRematchKeepsIt() {
        var pair = uncertainPair();
        var review = openReviewOf(pair.recordId());
        assertThat(review.get("matchProbability").asDouble()).isBetween(0.5, 0.95);

        api().json("POST", "/api/v1/people/reviews/" + review.get("id").asString(), TEAM_LEAD, PW, Map.of("decision", "SAME_PERSON"));
        api().json("POST", "/api/v1/people/rematch", ADMIN, PW, Map.of());

        var persons = personsNamed(pair.surname());
        assertThat(persons).hasSize(1);
        var person = person(persons.getFirst().get("id").asString(), TEAM_LEAD);
        assertThat(person.get("records")).hasSize(2);
        assertThat(findRecord(person, "B1").get("linkKind").asString()).isEqualTo("REVIEWED");
        assertThat(findRecord(person, "B1").get("decidedByHuman").asBoolean()).isTrue();
        assertThat(api().get("/api/v1/people/labels", ADMIN, PW).body()).contains(",1\n");
    }

    @Test
    void aRejectedPairStaysApartAndIsNeverProposedAgain() {
        var pair = uncertainPair();
        var review = openReviewOf(pair.recordId());

        api().json("POST", "/api/v1/people/reviews/" + review.get("id").asString(), ADMIN, PW, Map.of("decision", "DIFFERENT_PEOPLE"));
        api().json("POST", "/api/v1/people/rematch", ADMIN, PW, Map.of());

        assertThat(personsNamed(pair.surname())).hasSize(2);
        var open = api().ok(api().get("/api/v1/people/reviews", ADMIN, PW));
        assertThat(open.findValuesAsString("recordId")).doesNotContain(pair.recordId());
        assertThat(open.findValuesAsString("candidateRecordId")).doesNotContain(pair.recordId());
        var again = api().send("POST", "/api/v1/people/reviews/" + review.get("id").asString(), ADMIN, PW, "application/json",
                "{\"decision\":\"SAME_PERSON\"}");
        assertThat(again.statusCode()).as("a decision is final").isEqualTo(400);
    }

    @Test
    void mergeAndSplitMoveRecordsAndKeepHistory() {
        var source = newSource(Map.of());
        var first = RegistryClient.uniqueSurname();
        var second = RegistryClient.uniqueSurname();
        api().importCsv(source, """
                id,given_name,surname,date_of_birth
                M1,Ivy,%s,1961-01-01
                M2,Jack,%s,1962-02-02
                """.formatted(first, second), ADMIN, PW);
        var keep = personsNamed(first).getFirst().get("id").asString();
        var other = personsNamed(second).getFirst().get("id").asString();

        api().json("POST", "/api/v1/people/" + keep + "/merge", TEAM_LEAD, PW, Map.of("otherPersonId", other));

        var merged = person(keep, ADMIN);
        assertThat(merged.get("records")).hasSize(2);
        assertThat(merged.get("history").findValuesAsString("action")).contains("MERGED_IN");
        assertThat(person(other, ADMIN).get("id").asString()).as("a merged person leads to the one it joined").isEqualTo(keep);

        var moved = findRecord(merged, "M2").get("id").asString();
        var split = api().json("POST", "/api/v1/people/" + keep + "/split", TEAM_LEAD, PW, Map.of("recordIds", List.of(moved)));
        var created = split.get("personId").asString();

        var after = person(keep, ADMIN);
        assertThat(after.get("records")).hasSize(1);
        assertThat(after.get("history").findValuesAsString("action")).contains("CREATED", "MERGED_IN", "SPLIT_OFF");
        var splitOff = person(created, ADMIN);
        assertThat(splitOff.get("records")).hasSize(1);
        assertThat(findRecord(splitOff, "M2").get("linkKind").asString()).isEqualTo("SPLIT");
        assertThat(splitOff.get("history").findValuesAsString("action")).contains("SPLIT_FROM");
        var otherHistory = api().ok(api().get("/api/v1/people/" + keep + "?purpose=DUPLICATES", ADMIN, PW));
        assertThat(otherHistory.get("history")).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void aSubmittedCaseLinksTheApplicantToTheirPersonAndTheyCanSeeWhoLooked() throws Exception {
        var surname = RegistryClient.uniqueSurname();
        var email = People.uniqueEmail("applicant");
        registration.register(new NewCitizen("Kim " + surname, email, People.GOOD_PASSWORD, People.GOOD_PASSWORD));
        var link = Mailbox.linkIn(email, "Confirm your email address");
        registration.verifyEmail(link.substring(link.indexOf("token=") + 6));
        var source = newSource(Map.of("email", 50));
        api().importCsv(source, """
                id,given_name,surname,email,date_of_birth
                K1,Kim,%s,%s,1985-05-05
                """.formatted(surname, email), ADMIN, PW);
        var personId = personsNamed(surname).getFirst().get("id").asString();

        var submitted = api().send("POST", "/api/v1/applications", email, People.GOOD_PASSWORD, "application/json",
                RegistryClient.JSON.writeValueAsString(Map.of("service", "help-abroad", "answers", Applications.lostPassport())));
        assertThat(submitted.statusCode()).isEqualTo(201);
        var reference = RegistryClient.JSON.readTree(submitted.body()).get("reference").asString();

        JsonNode person = null;
        var deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            person = api().ok(api().get("/api/v1/people/" + personId + "?purpose=CASEWORK", People.CASEWORKER, PW));
            if (!person.get("cases").isEmpty()) {
                break;
            }
            Thread.sleep(200);
        }
        assertThat(person.get("cases").findValuesAsString("reference")).containsExactly(reference);
        assertThat(person.get("records")).hasSize(2);
        assertThat(findRecord(person, person.get("records").findValues("record").stream()
                .filter(r -> r.get("sourceId").asString().equals("frontdoor")).findFirst().orElseThrow()
                .get("sourceRecordId").asString()).get("linkKind").asString()).isEqualTo("AUTOMATIC");

        var citizen = new Visitor(port);
        citizen.signIn(email, People.GOOD_PASSWORD);
        var page = citizen.get("/account/registry");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("What we hold about you", surname, "Cara Caseworker",
                "Working on a case of this person");

        var staff = new Visitor(port);
        staff.signIn(People.CASEWORKER, PW);
        var fromCase = staff.get("/console/people/applicant/" + person.get("records").findValues("record").stream()
                .filter(r -> r.get("sourceId").asString().equals("frontdoor")).findFirst().orElseThrow()
                .get("sourceRecordId").asString());
        assertThat(fromCase.status()).isEqualTo(302);
        assertThat(staff.follow(fromCase).body()).contains(reference, "Golden record");
    }

    @Test
    void citizensAndOtherRolesAreRefused() {
        var source = newSource(Map.of());
        var surname = RegistryClient.uniqueSurname();
        api().importCsv(source, "id,given_name,surname\nX1,Lee," + surname + "\n", ADMIN, PW);
        var personId = personsNamed(surname).getFirst().get("id").asString();

        assertThat(api().get("/api/v1/people/" + personId + "?purpose=IDENTITY", People.CITIZEN, PW).statusCode()).isEqualTo(404);
        assertThat(api().get("/api/v1/people?q=" + surname, People.CITIZEN, PW).statusCode()).isEqualTo(404);
        assertThat(api().get("/api/v1/people/" + personId + "?purpose=IDENTITY", "assessor@frontdoor.example", PW).statusCode()).isEqualTo(404);
        assertThat(api().get("/api/v1/people/reviews", People.CASEWORKER, PW).statusCode()).isEqualTo(404);
        assertThat(api().get("/api/v1/people/sources", TEAM_LEAD, PW).statusCode()).isEqualTo(404);
        assertThat(api().send("POST", "/api/v1/people/sources/" + source + "/imports", People.CASEWORKER, PW, "text/csv",
                "id,surname\nY1,Nobody\n").statusCode()).isEqualTo(404);
        assertThat(api().get("/api/v1/people/" + personId, People.CASEWORKER, PW).statusCode())
                .as("a purpose is required").isEqualTo(400);

        var citizen = new Visitor(port);
        citizen.signIn(People.CITIZEN, PW);
        assertThat(citizen.get("/console/people/" + personId + "?purpose=IDENTITY").status()).isEqualTo(403);
        var assessor = new Visitor(port);
        assessor.signIn("assessor@frontdoor.example", PW);
        assertThat(assessor.get("/console/people/" + personId + "?purpose=IDENTITY").status()).isEqualTo(404);
        var caseworker = new Visitor(port);
        caseworker.signIn(People.CASEWORKER, PW);
        assertThat(caseworker.get("/console/people/" + personId + "?purpose=IDENTITY").status()).isEqualTo(200);
        assertThat(caseworker.get("/console/people/reviews").status()).isEqualTo(404);
        assertThat(caseworker.get("/console/people/sources").status()).isEqualTo(404);
    }

    @Test
    void theRegistryApiIsInTheOpenApiDocument() {
        var document = api().get("/api/v1/openapi", ADMIN, PW);
        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.body()).contains("/api/v1/people/sources/{id}/imports", "/api/v1/people/reviews/{id}",
                "/api/v1/people/{id}/merge", "/api/v1/people/{id}/split");
    }

    private RegistryClient.Pair uncertainPair() {
        return api().uncertainPair(ADMIN, PW);
    }

    private JsonNode openReviewOf(String recordId) {
        for (var review : api().ok(api().get("/api/v1/people/reviews", TEAM_LEAD, PW))) {
            if (review.get("recordId").asString().equals(recordId)) {
                return review;
            }
        }
        throw new AssertionError("no open review of " + recordId);
    }

    private static JsonNode findRecord(JsonNode person, String sourceRecordId) {
        for (var r : person.get("records")) {
            if (r.get("record").get("sourceRecordId").asString().equals(sourceRecordId)) {
                return r.get("record");
            }
        }
        throw new AssertionError("no record " + sourceRecordId + " in " + person);
    }
}
