package org.frontdoor.support;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Service definitions in named states for tests of service administration: a small "pet licence"
 * service under an id of its own per test, so tests never change a service other tests use.
 */
public final class ServiceDefinitions {

    private ServiceDefinitions() {
    }

    /** A new service id nobody else uses, such as {@code pet-licence-qwerty}. */
    public static String uniqueServiceId() {
        var letters = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            letters.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return "pet-licence-" + letters;
    }

    /** Version 1: one question, cases start in state {@code received}. */
    public static String firstVersion(String id) {
        return definition(id, 1, "", "received", "We have your licence application");
    }

    /** Version 2: also asks for the pet's age, and cases start in a new state {@code logged}. */
    public static String secondVersion(String id) {
        return definition(id, 2, """
                        - id: petAge
                          type: number
                          label: How old is your pet, in years?
                          min: 0
                          max: 100
                """, "logged", "Your licence application is logged");
    }

    private static String definition(String id, int version, String extraQuestions, String initial, String status) {
        return """
                id: %s
                version: %d
                name: Apply for a pet licence (%s)
                summary: A licence for keeping a pet, used by tests of service versions.
                calendar: england-and-wales
                form:
                  pages:
                    - id: about
                      title: About your pet
                      questions:
                        - id: petName
                          type: text
                          label: Your pet's name
                          max-length: 60
                %s  declaration: The information I have given is true.
                lifecycle:
                  initial: %s
                  states:
                    - id: %s
                      label: New
                      citizen-status: %s
                      sla-working-days: 5
                    - id: licensed
                      label: Licensed
                      citizen-status: Your pet is licensed
                      terminal: true
                  transitions:
                    - id: license
                      label: Grant the licence
                      from: %s
                      to: licensed
                      roles: [CASEWORKER, TEAM_LEAD]
                routing:
                  default-team: Victim care
                """.formatted(id, version, id, extraQuestions, initial, initial, status, initial);
    }
}
