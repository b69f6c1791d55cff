package org.frontdoor.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.frontdoor.audit.AuditEntry;
import org.frontdoor.audit.AuditLog;
import org.frontdoor.cases.NewApplication;
import org.frontdoor.cases.SubmittingApplication;
import org.frontdoor.identity.AccountDetails;
import org.frontdoor.identity.AccountKind;
import org.frontdoor.identity.NewCitizen;
import org.frontdoor.identity.Registration;
import org.frontdoor.identity.Role;
import org.frontdoor.identity.SignedInAccount;
import org.frontdoor.services.ServiceAdministration;
import org.frontdoor.services.ServiceCatalogue;
import org.frontdoor.support.Mailbox;
import org.frontdoor.support.People;
import org.frontdoor.support.SystemTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Real-time matching at submission uses what the application says about the applicant: the test service
 * asks for a date of birth, a phone number and a home address, and the test configuration maps them
 * ({@code frontdoor.people.applicant-fields.people-test-applicant}). Name and email alone would not link
 * an applicant to a source record with another email address; with those answers, it links at once.
 */
@SystemTest
class ApplicantMatchingSystemTest {

    private static final String SERVICE = "people-test-applicant";
    private static final String PW = People.DEMO_PASSWORD;

    @LocalServerPort
    int port;
    @Autowired
    Registration registration;
    @Autowired
    ServiceAdministration services;
    @Autowired
    ServiceCatalogue catalogue;
    @Autowired
    AccountDetails accounts;
    @Autowired
    AuditLog audit;
    @Autowired
    SubmittingApplication submitting;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void aServiceThatAsksAboutTheApplicant() {
        synchronized (ApplicantMatchingSystemTest.class) {
            if (catalogue.latest(SERVICE).isEmpty()) {
                var admin = new SignedInAccount(accounts.idByEmail(People.ADMIN).orElseThrow(), People.ADMIN, People.ADMIN,
                        AccountKind.STAFF, EnumSet.of(Role.ADMIN), Set.of(), true, null);
                services.upload(admin, SERVICE + ".yaml", definition());
            }
        }
    }

    @Test
    void anApplicantsDateOfBirthPhoneAndPostcodeLinkThemToTheirSourceRecord() throws Exception {
        var surname = RegistryClient.uniqueSurname();
        var facts = Facts.random();
        sourceWith(surname, facts);

        var email = citizen("Jo " + surname);
        submit(email, Map.of("dateOfBirth", facts.dateOfBirth(), "phone", facts.phone(),
                "home", Map.of("line1", "4 Elm Road", "town", "Manchester", "postcode", facts.postcode())));

        var person = personWithACase(surname);
        assertThat(person.get("records")).hasSize(2);
        var applicant = applicantRecord(person);
        assertThat(applicant.get("linkKind").asString()).isEqualTo("AUTOMATIC");
        assertThat(applicant.get("fields").get("DATE_OF_BIRTH").asString()).isEqualTo(facts.dateOfBirth());
        assertThat(applicant.get("fields").get("PHONE").asString()).isEqualTo(facts.phone());
        assertThat(applicant.get("fields").get("POSTCODE").asString()).isEqualTo(facts.postcode());
        assertThat(applicant.get("explanation").get("lines").findValuesAsString("comparison")).contains("date_of_birth", "phone");
        // Reading the answers is a read of the case like any other: audited, with matching as the reader.
        var caseId = person.get("cases").get(0).get("caseId").asString();
        assertThat(audit.about("CASE", caseId, 20)).extracting(AuditEntry::actorName)
                .anySatisfy(name -> assertThat(name).startsWith("Real-time person matching"));
    }

    @Test
    void withoutThoseAnswersTheSameNameAloneDoesNotLink() throws Exception {
        var surname = RegistryClient.uniqueSurname();
        sourceWith(surname, Facts.random());

        var email = citizen("Jo " + surname);
        // help-abroad asks only for a phone number, and this one is not the source's.
        var phone = "+34 600 %06d".formatted(java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000));
        submit(email, "help-abroad", Map.of("helpType", "passport", "country", "Spain", "lostOn", "2026-11-20", "phone", phone));

        var person = personWithACase(surname);
        assertThat(person.get("records")).hasSize(1);
        assertThat(applicantRecord(person).get("fields").get("PHONE").asString()).isEqualTo(phone);
        assertThat(applicantRecord(person).get("linkKind").asString()).isEqualTo("NEW_PERSON");
    }

    @Test
    void aSurgeOfSubmissionsIsLinkedInBatchesEachCaseToItsOwnApplicantsRecord() throws Exception {
        var applicants = new ArrayList<UUID>();
        for (int i = 0; i < 24; i++) {
            applicants.add(registration.register(new NewCitizen("Sam " + RegistryClient.uniqueSurname(), People.uniqueEmail("surge"),
                    People.GOOD_PASSWORD, People.GOOD_PASSWORD)));
        }
        var cases = new ConcurrentHashMap<UUID, UUID>();
        var threads = new ArrayList<Thread>();
        // The first applicant applies twice in the same surge: one record, two cases.
        for (var applicant : Stream.concat(Stream.of(applicants.getFirst()), applicants.stream()).toList()) {
            threads.add(Thread.ofVirtual().start(() -> {
                var submitted = submitting.submit(new NewApplication("help-abroad", applicant,
                        Map.of("helpType", "passport", "country", "Spain", "lostOn", "2026-11-20", "phone", "+34 600 123 456"), null));
                cases.put(submitted.id(), applicant);
            }));
        }
        for (var thread : threads) {
            thread.join();
        }
        assertThat(cases).hasSize(25);

        var deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (linked(cases.keySet()) < 25 && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        var links = jdbc.sql("""
                select c.case_id, c.applicant_id, r.source_id, r.source_record_id, r.id as record_id
                from people_cases c join people_records r on r.id = c.record_id where c.case_id = any(?)""")
                .param(cases.keySet().toArray(UUID[]::new)).query().listOfRows();
        assertThat(links).hasSize(25).allSatisfy(link -> {
            assertThat(link.get("source_id")).isEqualTo("frontdoor");
            assertThat(link.get("applicant_id")).isEqualTo(cases.get((UUID) link.get("case_id")));
            assertThat(link.get("source_record_id")).isEqualTo(link.get("applicant_id").toString());
        });
        assertThat(links.stream().map(link -> link.get("record_id")).distinct()).hasSize(24);
    }

    private int linked(Set<UUID> caseIds) {
        return jdbc.sql("select count(*) from people_cases where case_id = any(?)").param(caseIds.toArray(UUID[]::new))
                .query(Integer.class).single();
    }

    /** What a source and an application may say about a person; random, as the shared database keeps earlier runs' records. */
    private record Facts(String dateOfBirth, String phone, String postcode) {
        static Facts random() {
            var random = java.util.concurrent.ThreadLocalRandom.current();
            return new Facts("%d-%02d-%02d".formatted(1930 + random.nextInt(70), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                    "07700 %06d".formatted(random.nextInt(1_000_000)),
                    "M%d %d%s".formatted(1 + random.nextInt(40), random.nextInt(10), "AB"));
        }
    }

    private String sourceWith(String surname, Facts facts) {
        var dateOfBirth = facts.dateOfBirth();
        var phone = facts.phone();
        var postcode = facts.postcode();
        var api = new RegistryClient(port);
        var source = RegistryClient.uniqueSourceId();
        api.source(source, "Source " + source, Map.of(), People.ADMIN, PW);
        api.importCsv(source, """
                id,given_name,surname,date_of_birth,phone,postcode,email
                S1,Jo,%s,%s,%s,%s,jo.at.work@employer.example
                """.formatted(surname, dateOfBirth, phone, postcode), People.ADMIN, PW);
        return source;
    }

    private String citizen(String name) {
        var email = People.uniqueEmail("matched");
        registration.register(new NewCitizen(name, email, People.GOOD_PASSWORD, People.GOOD_PASSWORD));
        var link = Mailbox.linkIn(email, "Confirm your email address");
        registration.verifyEmail(link.substring(link.indexOf("token=") + 6));
        return email;
    }

    private void submit(String email, Map<String, Object> answers) {
        submit(email, SERVICE, answers);
    }

    private void submit(String email, String service, Map<String, Object> answers) {
        var api = new RegistryClient(port);
        var submitted = api.send("POST", "/api/v1/applications", email, People.GOOD_PASSWORD, "application/json",
                RegistryClient.JSON.writeValueAsString(Map.of("service", service, "answers", answers)));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
    }

    /** The applicant's person once matching after submission has linked the case. */
    private JsonNode personWithACase(String surname) throws InterruptedException {
        var api = new RegistryClient(port);
        var deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            for (var found : api.persons(surname, People.ADMIN, PW)) {
                var person = api.person(found.get("id").asString(), People.ADMIN, PW);
                if (!person.get("cases").isEmpty()) {
                    return person;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the case was never linked to a person named " + surname);
    }

    private static JsonNode applicantRecord(JsonNode person) {
        for (var r : person.get("records")) {
            if (r.get("record").get("sourceId").asString().equals("frontdoor")) {
                return r.get("record");
            }
        }
        throw new AssertionError("no applicant record in " + person);
    }

    private static String definition() {
        return """
                id: %s
                version: 1
                name: Apply for a resident's permit (person matching tests)
                summary: A permit that asks about the applicant, used by the person matching tests.
                calendar: england-and-wales
                form:
                  pages:
                    - id: you
                      title: About you
                      questions:
                        - id: dateOfBirth
                          type: date
                          label: Your date of birth
                        - id: phone
                          type: phone
                          label: Your phone number
                        - id: home
                          type: address
                          label: Your home address
                  declaration: The information I have given is true.
                lifecycle:
                  initial: received
                  states:
                    - id: received
                      label: Received
                      citizen-status: We have your application
                      sla-working-days: 5
                    - id: issued
                      label: Issued
                      citizen-status: Your permit is issued
                      terminal: true
                  transitions:
                    - id: issue
                      label: Issue the permit
                      from: received
                      to: issued
                      roles: [CASEWORKER, TEAM_LEAD]
                routing:
                  default-team: Victim care
                """.formatted(SERVICE);
    }
}
