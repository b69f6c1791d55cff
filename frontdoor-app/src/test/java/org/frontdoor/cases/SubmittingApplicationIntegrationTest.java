package org.frontdoor.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;
import org.frontdoor.audit.AuditActor;
import org.frontdoor.audit.AuditLog;
import org.frontdoor.identity.Role;
import org.frontdoor.services.ServiceAdministration;
import org.frontdoor.services.ServiceNotTakingApplications;
import org.frontdoor.services.ServiceStatus;
import org.frontdoor.identity.NewCitizen;
import org.frontdoor.identity.Registration;
import org.frontdoor.platform.InvalidInput;
import org.frontdoor.platform.web.NotFound;
import org.frontdoor.support.Applications;
import org.frontdoor.support.People;
import org.frontdoor.support.SystemTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.slf4j.MDC;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.TransactionException;

@SystemTest
class SubmittingApplicationIntegrationTest {

    @Autowired
    SubmittingApplication submitting;
    @Autowired
    Registration registration;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ServiceAdministration services;
    @Autowired
    MeterRegistry meters;

    UUID citizen;

    @BeforeEach
    void aCitizen() {
        citizen = registration.register(new NewCitizen("Applicant", People.uniqueEmail("applicant"), People.GOOD_PASSWORD,
                People.GOOD_PASSWORD));
    }

    @Test
    void aValidApplicationBecomesARoutedCaseWithAReferenceAndAnSla() {
        var submitted = submitting.submit(new NewApplication("help-abroad", citizen, Applications.lostPassport(), null));
        assertThat(submitted.reference()).matches("HA-\\d{7}");
        assertThat(submitted.state()).isEqualTo("received");
        assertThat(submitted.citizenStatus()).isEqualTo("We have your request and will contact you");
        assertThat(submitted.team()).isEqualTo("Consular assistance");
        assertThat(submitted.dueOn()).isAfter(submitted.submittedAt().atZone(java.time.ZoneId.of("Europe/London")).toLocalDate());
        assertThat(audit.about("CASE", submitted.id().toString(), 5)).extracting(e -> e.action()).contains("SUBMITTED");
        assertThat(jdbc.sql("select count(*) from case_events where case_id = ? and kind = 'SUBMITTED'").param(submitted.id())
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void routingRulesPickTheTeamFromTheAnswers() {
        assertThat(submitting.submit(new NewApplication("help-abroad", citizen, Applications.arrestAbroad(), null)).team())
                .isEqualTo("Consular crisis response");
        assertThat(submitting.submit(new NewApplication("disability-support", citizen, Applications.carerAskingForAdaptations(), null)).team())
                .isEqualTo("Home adaptations");
    }

    @Test
    void theConsularPostServingTheCountryIsLookedUpAndKeptWithTheCase() {
        var submitted = submitting.submit(new NewApplication("help-abroad", citizen, Applications.lostPassport(), null));
        var post = jdbc.sql("select answers->>'post' from cases where id = ?").param(submitted.id()).query(String.class).single();
        assertThat(post).isEqualTo("British Embassy Madrid");

        var answers = new HashMap<>(Applications.lostPassport());
        answers.put("country", "Atlantis");
        assertThatThrownBy(() -> submitting.submit(new NewApplication("help-abroad", citizen, answers, null)))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems())
                        .extracting(InvalidInput.FieldProblem::field).containsExactly("country"));
    }

    @Test
    void answersAreStoredExactlyAsChecked() {
        var submitted = submitting.submit(new NewApplication("disability-support", citizen, Applications.carerAskingForAdaptations(), null));
        var stored = jdbc.sql("select answers->>'grantAmount' from cases where id = ?").param(submitted.id()).query(String.class).single();
        assertThat(new BigDecimal(stored)).isEqualByComparingTo("750.50");
        var postcode = jdbc.sql("select answers->'address'->>'postcode' from cases where id = ?").param(submitted.id()).query(String.class).single();
        assertThat(postcode).isEqualTo("YO1 7HH");
    }

    @Test
    void invalidAnswersAreRefusedWithAProblemPerFieldAndNothingIsSaved() {
        var answers = new HashMap<>(Applications.lostPassport());
        answers.put("lostOn", "2026-02-30");
        answers.put("phone", "call me");
        answers.put("favouriteColour", "blue");
        var before = countCases();
        assertThatThrownBy(() -> submitting.submit(new NewApplication("help-abroad", citizen, answers, null)))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems())
                        .extracting(InvalidInput.FieldProblem::field).containsExactly("favouriteColour", "lostOn-day", "phone"));
        assertThat(countCases()).isEqualTo(before);
    }

    @Test
    void answersToPagesThatDoNotApplyAreDropped() {
        var answers = new HashMap<>(Applications.lostPassport());
        answers.put("detainedName", "Not relevant");
        var submitted = submitting.submit(new NewApplication("help-abroad", citizen, answers, null));
        assertThat(jdbc.sql("select jsonb_exists(answers, 'detainedName') from cases where id = ?").param(submitted.id()).query(Boolean.class).single())
                .isFalse();
    }

    @Test
    void anUnknownServiceIsNotFound() {
        assertThatThrownBy(() -> submitting.submit(new NewApplication("no-such-service", citizen, Map.of(), null)))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void aRetriedSubmissionWithTheSameKeyReturnsTheFirstCase() {
        var first = submitting.submit(new NewApplication("help-abroad", citizen, Applications.lostPassport(), "key-1"));
        var retry = submitting.submit(new NewApplication("help-abroad", citizen, Applications.lostPassport(), "key-1"));
        assertThat(retry.id()).isEqualTo(first.id());
        assertThat(retry.replayed()).isTrue();
        assertThat(first.replayed()).isFalse();
        // The case's timeline starts with its submission by the applicant, once: the retry adds nothing.
        var entries = jdbc.sql("select kind, actor_id, to_state, visible_to_citizen, by_citizen from case_events where case_id = ?")
                .param(first.id()).query().listOfRows();
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.get("kind")).isEqualTo("SUBMITTED");
            assertThat(entry.get("actor_id")).isEqualTo(citizen);
            assertThat(entry.get("to_state")).isEqualTo(first.state());
            assertThat(entry.get("visible_to_citizen")).isEqualTo(true);
            assertThat(entry.get("by_citizen")).isEqualTo(true);
        });
    }

    @Test
    void aKeyReusedForADifferentApplicationIsRefused() {
        submitting.submit(new NewApplication("help-abroad", citizen, Applications.lostPassport(), "key-2"));
        assertThatThrownBy(() -> submitting.submit(new NewApplication("help-abroad", citizen, Applications.arrestAbroad(), "key-2")))
                .isInstanceOf(IdempotencyKeyReused.class);
    }

    @Test
    void concurrentRetriesWithOneKeyCreateOneCase() throws Exception {
        var ids = atOnce(8, n -> submitting.submit(new NewApplication("help-abroad", citizen, Applications.lostPassport(), "race")).id());
        assertThat(ids).containsOnly(ids.getFirst());
        assertThat(jdbc.sql("select count(*) from cases where applicant_id = ?").param(citizen).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aBurstOfApplicationsWrittenTogetherGivesEachItsOwnCaseTimelineAndAuditEntryByItsOwnActor() throws Exception {
        var burst = 40;
        var submitted = atOnce(burst, n -> {
            var actor = new Actor("burst-actor-" + n, "Burst applicant " + n);
            SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(actor, null));
            MDC.put("requestId", "burst-request-" + n);
            try {
                return submitting.submit(new NewApplication("help-abroad", citizen, Applications.lostPassport(), "burst-" + n));
            } finally {
                MDC.clear();
                SecurityContextHolder.clearContext();
            }
        });

        assertThat(submitted).hasSize(burst).allMatch(SubmittedCase.class::isInstance);
        var cases = submitted.stream().map(SubmittedCase.class::cast).toList();
        assertThat(cases).extracting(SubmittedCase::reference).doesNotHaveDuplicates().allMatch(r -> r.matches("HA-\\d{7}"));
        assertThat(cases).noneMatch(SubmittedCase::replayed);
        for (int n = 0; n < burst; n++) {
            int expected = n;
            var c = cases.get(n);
            assertThat(jdbc.sql("select idempotency_key from cases where id = ? and reference = ?").params(c.id(), c.reference())
                    .query(String.class).single()).isEqualTo("burst-" + expected);
            assertThat(jdbc.sql("select count(*) from case_events where case_id = ? and kind = 'SUBMITTED'").param(c.id())
                    .query(Integer.class).single()).isEqualTo(1);
            var entry = audit.about("CASE", c.id().toString(), 5).stream().filter(e -> e.action().equals("SUBMITTED")).toList();
            assertThat(entry).singleElement().satisfies(e -> {
                assertThat(e.actorId()).isEqualTo("burst-actor-" + expected);
                assertThat(e.actorName()).isEqualTo("Burst applicant " + expected);
                assertThat(e.requestId()).isEqualTo("burst-request-" + expected);
            });
        }
    }

    @Test
    void whenTheDatabaseDropsItsConnectionsMidBurstNothingIsHalfWrittenAndIntakeCarriesOn() throws Exception {
        var stop = new AtomicBoolean();
        var accepted = new ConcurrentLinkedQueue<SubmittedCase>();
        var failures = new ConcurrentLinkedQueue<RuntimeException>();
        var threads = new ArrayList<Thread>();
        for (int i = 0; i < 8; i++) {
            threads.add(Thread.ofVirtual().start(() -> {
                while (!stop.get()) {
                    try {
                        accepted.add(submitting.submit(new NewApplication("help-abroad", citizen, Applications.lostPassport(),
                                UUID.randomUUID().toString())));
                    } catch (RuntimeException e) {
                        failures.add(e);
                    }
                }
            }));
        }
        Thread.sleep(300);
        // Every other connection to this database, the intake writer's among them, as when a server restarts.
        var dropped = jdbc.sql("""
                select count(pg_terminate_backend(pid)) from pg_stat_activity
                where datname = current_database() and pid <> pg_backend_pid() and backend_type = 'client backend'""")
                .query(Integer.class).single();
        Thread.sleep(500);
        stop.set(true);
        for (var thread : threads) {
            thread.join();
        }
        var after = submitting.submit(new NewApplication("help-abroad", citizen, Applications.lostPassport(), "after the drop"));

        assertThat(dropped).isPositive();
        assertThat(after.reference()).matches("HA-\\d{7}");
        assertThat(accepted).isNotEmpty();
        // A request may fail while its commit went through (the connection died on the way back): never the reverse.
        assertThat(failures).allMatch(e -> e instanceof DataAccessException || e instanceof TransactionException);
        var stored = jdbc.sql("select count(*) from cases where applicant_id = ?").param(citizen).query(Integer.class).single();
        assertThat(stored).isGreaterThanOrEqualTo(accepted.size() + 1);
        assertThat(jdbc.sql("""
                select count(*) from cases c where c.applicant_id = ?
                and (not exists (select 1 from case_events e where e.case_id = c.id and e.kind = 'SUBMITTED')
                     or not exists (select 1 from audit_log a where a.subject_type = 'CASE' and a.subject_id = c.id::text and a.action = 'SUBMITTED'))""")
                .param(citizen).query(Integer.class).single()).as("cases without their timeline entry or audit entry").isZero();
    }

    @Test
    void theIntakeMetersCountEveryCaseWrittenAndTheGroupsThatWroteThem() {
        double groups = meters.get("frontdoor.intake.groups").functionCounter().count();
        double written = meters.get("frontdoor.intake.submissions").functionCounter().count();
        submitting.submit(new NewApplication("help-abroad", citizen, Applications.lostPassport(), null));
        submitting.submit(new NewApplication("help-abroad", citizen, Applications.arrestAbroad(), null));

        // Other tests may submit meanwhile: at least these two, in one or two groups.
        assertThat(meters.get("frontdoor.intake.submissions").functionCounter().count() - written).isGreaterThanOrEqualTo(2);
        assertThat(meters.get("frontdoor.intake.groups").functionCounter().count() - groups).isGreaterThanOrEqualTo(1);
        assertThat(meters.find("frontdoor.intake.waiting").gauge()).isNotNull();
    }

    @Test
    void anApplicationTheDatabaseRefusesFailsAloneAndTheOthersSentWithItAreKept() throws Exception {
        // One applicant has no account: its case breaks a foreign key, which only the insert finds.
        var stranger = UUID.randomUUID();
        var results = atOnce(12, n -> submitting.submit(new NewApplication("help-abroad", n == 6 ? stranger : citizen,
                Applications.lostPassport(), UUID.randomUUID().toString())));

        assertThat(results.get(6)).isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        assertThat(results).filteredOn(SubmittedCase.class::isInstance).hasSize(11);
        assertThat(jdbc.sql("select count(*) from cases where applicant_id = ?").param(citizen).query(Integer.class).single()).isEqualTo(11);
        assertThat(jdbc.sql("select count(*) from cases where applicant_id = ?").param(stranger).query(Integer.class).single()).isZero();
    }

    /**
     * Runs the task for 0 to count - 1, each on its own virtual thread, all let go at once; gives what
     * each returned, or the exception it threw, in that order.
     */
    private static List<Object> atOnce(int count, IntFunction<?> task) throws InterruptedException {
        var start = new CountDownLatch(1);
        var results = new Object[count];
        var threads = new ArrayList<Thread>();
        for (int i = 0; i < count; i++) {
            int n = i;
            threads.add(Thread.ofVirtual().start(() -> {
                try {
                    start.await();
                    results[n] = task.apply(n);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                    results[n] = e;
                }
            }));
        }
        start.countDown();
        for (var thread : threads) {
            thread.join();
        }
        return Arrays.asList(results);
    }

    record Actor(String auditActorId, String auditActorName) implements AuditActor {
    }

    @Test
    void aRetryOfAnAcceptedApplicationGetsItsCaseAfterTheServicePausedWhileANewOneIsRefused() {
        // A service of this test's own, so that pausing it touches no other test.
        var id = "paused-retry-" + UUID.randomUUID().toString().substring(0, 8);
        var admin = People.staff(jdbc, People.ADMIN, Role.ADMIN);
        services.upload(admin, id + ".yaml", """
                id: %s
                version: 1
                name: Ask for a call back (paused service tests)
                summary: One question, used by the intake tests.
                calendar: england-and-wales
                form:
                  pages:
                    - id: about
                      title: About the call
                      questions:
                        - id: phone
                          type: phone
                          label: Your phone number
                  declaration: The information I have given is true.
                lifecycle:
                  initial: received
                  states:
                    - id: received
                      label: Received
                      citizen-status: We have your request
                    - id: called
                      label: Called back
                      citizen-status: We called you
                      terminal: true
                  transitions:
                    - id: call
                      label: Call back
                      from: received
                      to: called
                      roles: [CASEWORKER]
                routing:
                  default-team: Victim care
                """.formatted(id));
        var answers = Map.<String, Object>of("phone", "07700 900123");
        var first = submitting.submit(new NewApplication(id, citizen, answers, "before-the-pause"));

        services.changeStatus(admin, id, ServiceStatus.PAUSED, "Back on Monday");

        var retry = submitting.submit(new NewApplication(id, citizen, answers, "before-the-pause"));
        assertThat(retry.id()).isEqualTo(first.id());
        assertThat(retry.replayed()).isTrue();
        assertThatThrownBy(() -> submitting.submit(new NewApplication(id, citizen, answers, "after-the-pause")))
                .isInstanceOf(ServiceNotTakingApplications.class);
        assertThatThrownBy(() -> submitting.submit(new NewApplication(id, citizen, Map.of("phone", "not a phone"), "before-the-pause")))
                .as("the same key for other answers is still a reused key").isInstanceOf(IdempotencyKeyReused.class);
    }

    private int countCases() {
        return jdbc.sql("select count(*) from cases").query(Integer.class).single();
    }
}
