package org.frontdoor.grants;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.frontdoor.cases.ApplyingForServices;
import org.frontdoor.cases.TakingTransitions;
import org.frontdoor.cases.Transition;
import org.frontdoor.grants.ApplyingForGrants.Applicant;
import org.frontdoor.identity.Registration;
import org.frontdoor.identity.Role;
import org.frontdoor.platform.InvalidInput;
import org.frontdoor.services.ServiceCatalogue;
import org.frontdoor.support.GrantApplications;
import org.frontdoor.support.SystemTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Many team leads awarding at the same moment race for the last pounds of a budget: the budget holds. */
@SystemTest
class GrantBudgetRaceIntegrationTest {

    @Autowired
    ApplyingForGrants grants;
    @Autowired
    GrantProgrammes programmes;
    @Autowired
    DecidingGrants deciding;
    @Autowired
    ApplyingForServices forms;
    @Autowired
    ServiceCatalogue services;
    @Autowired
    Registration registration;
    @Autowired
    TakingTransitions transitions;
    @Autowired
    JdbcClient jdbc;

    @Test
    void concurrentAwardsNeverPassTheBudget() throws Exception {
        var applications = new GrantApplications(grants, forms, services, registration, jdbc);
        var admin = applications.staff("admin@frontdoor.example", Role.ADMIN);
        var lead = applications.staff("teamlead@frontdoor.example", Role.TEAM_LEAD);
        var id = "race-" + UUID.randomUUID().toString().substring(0, 8);
        programmes.publish(admin, GrantApplications.programmeDefinition(id, "10000.00"));
        var cases = new ArrayList<UUID>();
        for (int i = 0; i < 8; i++) {
            var citizen = applications.newCitizen("Racer " + i);
            var sent = applications.sent(citizen, id, new Applicant(ApplicantKind.CHARITY, GrantApplications.uniqueCharity(), "Trust " + i), "3000");
            transitions.take(lead, new Transition(sent.id(), "start-assessment", 0, null, null));
            transitions.take(lead, new Transition(sent.id(), "send-to-panel", 1, null, null));
            cases.add(sent.id());
        }

        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(cases.size());
        var outcomes = new ArrayList<Future<String>>();
        for (var caseId : cases) {
            Callable<String> award = () -> {
                start.await();
                try {
                    deciding.award(lead, caseId, "3000", "Racing for the budget", List.of());
                    return "awarded";
                } catch (InvalidInput refused) {
                    return refused.problems().getFirst().message();
                }
            };
            outcomes.add(pool.submit(award));
        }
        start.countDown();
        var results = new ArrayList<String>();
        for (var outcome : outcomes) {
            results.add(outcome.get());
        }
        pool.shutdown();

        assertThat(results).filteredOn("awarded"::equals).hasSize(3);
        assertThat(results).filteredOn(r -> !r.equals("awarded")).allMatch(r -> r.startsWith("Only £1,000.00 of the budget is left"));
        var totals = deciding.totals(lead, id);
        assertThat(totals.committed()).isEqualByComparingTo("9000.00");
        assertThat(totals.left()).isEqualByComparingTo("1000.00");
        var ledgerSum = jdbc.sql("select sum(amount) from grant_ledger where programme_id = ?").param(id).query(BigDecimal.class).single();
        assertThat(ledgerSum).as("the running total agrees with the entries").isEqualByComparingTo(totals.committed());
        var decided = jdbc.sql("select count(*) from grant_applications where programme_id = ? and decision = 'AWARDED'")
                .param(id).query(Integer.class).single();
        assertThat(decided).isEqualTo(3);
    }
}
