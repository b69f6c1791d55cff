package org.frontdoor.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import org.frontdoor.support.Browser;
import org.frontdoor.support.People;
import org.frontdoor.support.SystemTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The registry in headless Chromium, every page checked with axe-core, with JavaScript on and off: an
 * admin adds two source systems, imports a file into each, finds the linked person with the provenance
 * of each field, and decides the uncertain pair from the review queue.
 */
@SystemTest
@Tag("browser")
class PersonRegistryBrowserSystemTest {

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "javascript {0}")
    @ValueSource(booleans = {true, false})
    void anAdminImportsTwoSourcesSeesTheLinkedPersonAndReviewsTheUncertainPair(boolean javascript) throws Exception {
        var surname = RegistryClient.uniqueSurname();
        var first = RegistryClient.uniqueSourceId();
        var second = RegistryClient.uniqueSourceId();
        int year = 1940 + ThreadLocalRandom.current().nextInt(60);
        int house = 1 + ThreadLocalRandom.current().nextInt(9000);
        // Runs share the shape of these records, so dates, numbers and postcodes differ per run.
        int day = 1 + ThreadLocalRandom.current().nextInt(28);
        var council = Files.createTempFile("council", ".csv");
        Files.writeString(council, """
                id,given_name,surname,date_of_birth,address,postcode,national_insurance_number
                C1,Nora,%1$s,%2$d-02-%5$02d,%3$d Long Lane Derby,DE%4$d 1AA,QQ%3$06dA
                C2,Otto,%1$s,%2$d-07-%5$02d,%3$d Short Street Derby,DE%4$d 2BB,
                """.formatted(surname, year, house, house % 97, day));
        var housing = Files.createTempFile("housing", ".csv");
        Files.writeString(housing, """
                id,first_name,last_name,dob,address,postcode,phone
                H1,Nora,%1$s,%2$d-02-%6$02d,%3$d Long Lane Derby,DE%5$d 1AA,07700 8%3$05d
                H2,Otto,%1$s,%2$d-12-%6$02d,%4$d Canal Side Leicester,LE%5$d 5ZZ,
                """.formatted(surname, year, house, house + 7, house % 97, day));

        try (var browser = new Browser(port, javascript)) {
            browser.open("/console/sign-in").type("email", People.ADMIN).type("password", People.DEMO_PASSWORD).click("Sign in");
            browser.open("/console").click("People");
            browser.click("Source systems and imports");
            assertThat(browser.heading()).isEqualTo("Source systems");

            browser.type("id", first).type("name", "Council " + surname).type("trust-surname", "90").type("trust-address", "40")
                    .click("Add source");
            assertThat(browser.text()).contains("Source Council " + surname + " added");
            browser.type("id", second).type("name", "Housing " + surname).type("trust-surname", "50").type("trust-address", "95")
                    .type("trust-phone", "80").click("Add source");

            browser.upload("file-" + first, council).click("Import into Council " + surname);
            assertThat(browser.heading()).isEqualTo("Import into Council " + surname);
            assertThat(browser.text().replaceAll("\\s+", " ")).contains("New people 2");
            browser.click("Back to source systems");
            browser.upload("file-" + second, housing).click("Import into Housing " + surname);
            assertThat(browser.text().replaceAll("\\s+", " ")).contains("Linked to a known person 1", "Sent to review 1");

            browser.open("/console/people?q=" + surname);
            browser.click("Nora " + surname);
            assertThat(browser.heading()).isEqualTo("Why are you looking at this person?");
            browser.choose("Checking who the person is").click("Continue");
            assertThat(browser.heading()).isEqualTo("Nora " + surname);
            assertThat(browser.text()).contains("Golden record", "from Housing " + surname, "from Council " + surname,
                    "Linked automatically", "Why it was linked");

            browser.open("/console/people?q=" + surname);
            browser.click("Otto " + surname);
            browser.choose("Resolving duplicate or wrongly linked records").click("Continue");
            browser.click("Review the pair");
            assertThat(browser.heading()).isEqualTo("Are these the same person?");
            assertThat(browser.text()).contains("C2", "H2", "date of birth");
            browser.click("Save decision");
            assertThat(browser.title()).startsWith("Error:");
            browser.choose("The same person: link them").click("Save decision");
            assertThat(browser.heading()).isEqualTo("Review queue");
            assertThat(browser.text()).contains("Linked: the two records are now one person.");

            browser.open("/console/people/sources").click("Run the re-match");
            assertThat(browser.text()).contains("Re-match finished");

            browser.open("/console/people?q=" + surname);
            browser.click("Otto " + surname);
            browser.choose("Resolving duplicate or wrongly linked records").click("Continue");
            assertThat(browser.text()).contains("Linked by a reviewer", "Council " + surname + " record C2",
                    "Housing " + surname + " record H2");
        } finally {
            Files.deleteIfExists(council);
            Files.deleteIfExists(housing);
        }
    }

    @Test
    void theCitizensViewOfTheRegistryIsAccessible() throws Exception {
        // The demo citizen applies; real-time matching links her to the demo Tax and Benefits records.
        var api = new RegistryClient(port);
        var submitted = api.send("POST", "/api/v1/applications", People.CITIZEN, People.DEMO_PASSWORD, "application/json",
                RegistryClient.JSON.writeValueAsString(java.util.Map.of("service", "help-abroad",
                        "answers", org.frontdoor.support.Applications.lostPassport())));
        assertThat(submitted.statusCode()).isEqualTo(201);
        String personId = null;
        for (int i = 0; i < 100 && personId == null; i++) {
            var found = api.ok(api.get("/api/v1/people?q=citizen@frontdoor.example", People.ADMIN, People.DEMO_PASSWORD));
            for (var p : found) {
                var view = api.ok(api.get("/api/v1/people/" + p.get("id").asString() + "?purpose=CASEWORK",
                        People.CASEWORKER, People.DEMO_PASSWORD));
                if (!view.get("cases").isEmpty()) {
                    personId = p.get("id").asString();
                }
            }
            Thread.sleep(200);
        }
        assertThat(personId).as("the applicant is linked to a person").isNotNull();

        try (var browser = new Browser(port, true)) {
            browser.open("/sign-in").type("email", People.CITIZEN).type("password", People.DEMO_PASSWORD).click("Sign in");
            browser.click("What we hold about you, and who looked at it");
            assertThat(browser.heading()).isEqualTo("What we hold about you");
            assertThat(browser.text()).contains("Ada", "Citizen", "Tax", "Benefits", "Cara Caseworker",
                    "Working on a case of this person");
            assertThat(browser.checkedPages()).contains("/account/registry");
        }
    }

    @ParameterizedTest(name = "javascript {0}")
    @ValueSource(booleans = {true, false})
    void anAdminRetrainsTheModelSeesWhatChangedAndGoesBack(boolean javascript) {
        var api = new RegistryClient(port);
        var pair = api.uncertainPair(People.ADMIN, People.DEMO_PASSWORD);
        var review = api.openReviewOf(pair.recordId(), People.ADMIN, People.DEMO_PASSWORD);
        api.json("POST", "/api/v1/people/reviews/" + review.get("id").asString(), People.ADMIN, People.DEMO_PASSWORD,
                java.util.Map.of("decision", "SAME_PERSON"));
        int before = api.ok(api.get("/api/v1/people/models", People.ADMIN, People.DEMO_PASSWORD)).get("current").asInt();

        try (var browser = new Browser(port, javascript)) {
            browser.open("/console/sign-in").type("email", People.ADMIN).type("password", People.DEMO_PASSWORD).click("Sign in");
            browser.open("/console/people").click("Linkage model");
            assertThat(browser.heading()).isEqualTo("Linkage model");
            assertThat(browser.text()).contains("In use on every node", "same person");
            browser.click("Retrain with reviewers' decisions");
            assertThat(browser.heading()).startsWith("Linkage model version");
            assertThat(browser.text()).contains("is now used for matching on every node", "What changed since version " + before,
                    "Weight before", "Date of birth");
            var retrained = browser.heading().replaceAll("\\D+", "");

            var personId = api.persons(pair.surname(), People.ADMIN, People.DEMO_PASSWORD).getFirst().get("id").asString();
            browser.open("/console/people/" + personId + "?purpose=DUPLICATES");
            assertThat(browser.text()).contains("Linked by a reviewer", "linkage model version");

            browser.open("/console/people/model/" + retrained).click("Back to the linkage model");
            if (before == 1) {
                browser.click("Go back to version 1");
            } else {
                browser.open("/console/people/model/" + before).click("Use version " + before + " for matching");
            }
            assertThat(browser.text()).contains("Matching uses version " + before);
        } finally {
            api.json("PUT", "/api/v1/people/models/current", People.ADMIN, People.DEMO_PASSWORD, java.util.Map.of("version", before));
        }
    }
}
