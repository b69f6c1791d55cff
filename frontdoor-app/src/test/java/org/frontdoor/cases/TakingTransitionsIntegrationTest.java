package org.frontdoor.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.frontdoor.identity.AccountKind;
import org.frontdoor.identity.NewCitizen;
import org.frontdoor.identity.Registration;
import org.frontdoor.identity.Role;
import org.frontdoor.identity.SignedInAccount;
import org.frontdoor.platform.InvalidInput;
import org.frontdoor.platform.web.NotFound;
import org.frontdoor.services.ServiceDefinition;
import org.frontdoor.support.Applications;
import org.frontdoor.support.People;
import org.frontdoor.support.SystemTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@SystemTest
class TakingTransitionsIntegrationTest {

    @Autowired
    SubmittingApplication submitting;
    @Autowired
    TakingTransitions transitions;
    @Autowired
    ReadingCases reading;
    @Autowired
    Registration registration;
    @Autowired
    JdbcClient jdbc;

    SignedInAccount citizen;
    SignedInAccount caseworker;
    SubmittedCase lostPassport;

    @BeforeEach
    void aCaseInConsularAssistance() {
        var email = People.uniqueEmail("traveller");
        var id = registration.register(new NewCitizen("Traveller", email, People.GOOD_PASSWORD, People.GOOD_PASSWORD));
        citizen = new SignedInAccount(id, email, "Traveller", AccountKind.CITIZEN, Set.of(Role.CITIZEN), Set.of(), true, null);
        caseworker = staff(People.CASEWORKER, Role.CASEWORKER);
        lostPassport = submitting.submit(new NewApplication("help-abroad", id, Applications.lostPassport(), null));
    }

    @Test
    void aCaseworkerMovesTheCaseOnAndTheCitizenSeesItWithoutInternalDetail() {
        assertThat(transitions.available(caseworker, lostPassport.id())).extracting(ServiceDefinition.Transition::id).containsExactly("triage");
        var moved = transitions.take(caseworker, new Transition(lostPassport.id(), "triage", 0, null, null));
        assertThat(moved.state()).isEqualTo("in-progress");
        assertThat(moved.version()).isEqualTo(1);
        assertThat(moved.dueOn()).isNotNull();

        var asked = transitions.take(caseworker, new Transition(lostPassport.id(), "request-information", 1,
                "Please send a photo of your police report", null));
        assertThat(asked.state()).isEqualTo("awaiting-information");
        assertThat(asked.dueOn()).as("the clock waits while the citizen is asked").isNull();

        var seen = reading.read(citizen, lostPassport.id()).orElseThrow();
        assertThat(seen.citizenStatus()).isEqualTo("We need more information from you");
        assertThat(seen.timeline()).extracting(CaseDetails.TimelineEntry::text).contains("Please send a photo of your police report");
    }

    @Test
    void theCitizenAnswersAndTheCaseComesBack() {
        transitions.take(caseworker, new Transition(lostPassport.id(), "triage", 0, null, null));
        transitions.take(caseworker, new Transition(lostPassport.id(), "request-information", 1, "Which police station?", null));
        assertThat(transitions.available(citizen, lostPassport.id())).extracting(ServiceDefinition.Transition::id)
                .containsExactlyInAnyOrder("information-provided", "withdraw");
        var back = transitions.take(citizen, new Transition(lostPassport.id(), "information-provided", 2, "Madrid Centro", null));
        assertThat(back.state()).isEqualTo("in-progress");
    }

    @Test
    void aTransitionThatNeedsANoteIsRefusedWithoutOne() {
        transitions.take(caseworker, new Transition(lostPassport.id(), "triage", 0, null, null));
        assertThatThrownBy(() -> transitions.take(caseworker, new Transition(lostPassport.id(), "resolve", 1, "  ", null)))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems().getFirst().message())
                        .isEqualTo("Enter a note to say why"));
        assertThat(state()).isEqualTo("in-progress");
    }

    @Test
    void transitionsNotAllowedFromThisStateOrForThisRoleAreRefused() {
        assertThatThrownBy(() -> transitions.take(caseworker, new Transition(lostPassport.id(), "resolve", 0, "done", null)))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> transitions.take(citizen, new Transition(lostPassport.id(), "triage", 0, null, null)))
                .isInstanceOf(InvalidInput.class);
        assertThat(state()).isEqualTo("received");
    }

    @Test
    void staffOutsideTheTeamCannotTouchTheCase() {
        var assessor = staff("assessor@frontdoor.example", Role.GRANT_ASSESSOR);
        assertThatThrownBy(() -> transitions.take(assessor, new Transition(lostPassport.id(), "triage", 0, null, null)))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void aStaleVersionIsRefusedAndNothingChanges() {
        transitions.take(caseworker, new Transition(lostPassport.id(), "triage", 0, null, null));
        assertThatThrownBy(() -> transitions.take(caseworker, new Transition(lostPassport.id(), "resolve", 0, "Passport issued", null)))
                .isInstanceOf(CaseChangedMeanwhile.class).hasMessageContaining(lostPassport.reference());
        assertThat(state()).isEqualTo("in-progress");
    }

    @Test
    void twoStaffActingAtOnceCannotBothWin() throws Exception {
        transitions.take(caseworker, new Transition(lostPassport.id(), "triage", 0, null, null));
        var admin = staff(People.ADMIN, Role.ADMIN);
        var start = new CountDownLatch(1);
        var tasks = new ArrayList<Callable<String>>();
        for (var actor : new SignedInAccount[] {caseworker, admin, caseworker, admin}) {
            tasks.add(() -> {
                start.await();
                try {
                    transitions.take(actor, new Transition(lostPassport.id(), "resolve", 1, "Resolved by " + actor.displayName(), null));
                    return "won";
                } catch (CaseChangedMeanwhile conflict) {
                    return "conflict";
                } catch (InvalidInput alreadyMoved) {
                    return "conflict";
                }
            });
        }
        var outcomes = new ArrayList<String>();
        try (var pool = Executors.newFixedThreadPool(4)) {
            var futures = tasks.stream().map(pool::submit).toList();
            start.countDown();
            for (var future : futures) {
                outcomes.add(future.get());
            }
        }
        assertThat(outcomes).containsOnlyOnce("won");
        assertThat(jdbc.sql("select count(*) from case_events where case_id = ? and transition = 'resolve'").param(lostPassport.id())
                .query(Integer.class).single()).isEqualTo(1);
    }

    private String state() {
        return jdbc.sql("select state from cases where id = ?").param(lostPassport.id()).query(String.class).single();
    }

    private SignedInAccount staff(String email, Role role) {
        return People.staff(jdbc, email, role);
    }
}
