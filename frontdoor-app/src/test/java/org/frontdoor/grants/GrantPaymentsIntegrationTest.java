package org.frontdoor.grants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.frontdoor.cases.ApplyingForServices;
import org.frontdoor.cases.TakingTransitions;
import org.frontdoor.cases.Transition;
import org.frontdoor.grants.DecidingGrants.PlannedInstalment;
import org.frontdoor.grants.GrantApplication.PaymentStatus;
import org.frontdoor.identity.Registration;
import org.frontdoor.identity.Role;
import org.frontdoor.identity.SignedInAccount;
import org.frontdoor.platform.InvalidInput;
import org.frontdoor.services.ServiceCatalogue;
import org.frontdoor.support.GrantApplications;
import org.frontdoor.support.SystemTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@SystemTest
class GrantPaymentsIntegrationTest {

    @Autowired
    ApplyingForGrants grants;
    @Autowired
    DecidingGrants deciding;
    @Autowired
    PayingGrants paying;
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

    GrantApplications applications;
    SignedInAccount lead;

    @BeforeEach
    void setUp() {
        applications = new GrantApplications(grants, forms, services, registration, jdbc);
        lead = applications.staff("teamlead@frontdoor.example", Role.TEAM_LEAD);
    }

    @Test
    void anInstalmentIsPaidOnlyWhenItsRunIsConfirmedAndTheSecondWaitsForTheMonitoringReport() {
        var citizen = applications.newCitizen("Paid Trustee");
        var caseId = awardedAndAccepted(citizen, "6000", List.of(
                new PlannedInstalment("4000.05", today().toString(), false), new PlannedInstalment("1999.95", "", true)));

        var run = paying.createRun(lead, today());
        var file = new String(paying.file(lead, run.id()), StandardCharsets.UTF_8);
        assertThat(file).contains("<EndToEndId>" + reference(caseId) + "-1</EndToEndId>").contains(">4000.05<")
                .doesNotContain(reference(caseId) + "-2");
        assertThat(file).contains("<CtrlSum>" + run.controlSum().toPlainString() + "</CtrlSum>");
        assertThat(status(citizen, caseId, 1)).isEqualTo(PaymentStatus.IN_RUN);

        paying.confirm(lead, run.id());
        assertThat(status(citizen, caseId, 1)).isEqualTo(PaymentStatus.PAID);
        assertThat(grants.mine(citizen, caseId).orElseThrow().paid()).isEqualByComparingTo("4000.05");
        assertThatThrownBy(() -> paying.confirm(lead, run.id())).isInstanceOf(InvalidInput.class);

        grants.sendMonitoringReport(citizen, caseId, "The roof is half done", "4000.05");
        var second = paying.createRun(lead, today());
        paying.confirm(lead, second.id());
        assertThat(status(citizen, caseId, 2)).isEqualTo(PaymentStatus.PAID);
        assertThat(paying.ledger(lead, caseId)).extracting(PayingGrants.LedgerLine::kind).containsExactly("COMMITTED", "PAID", "PAID");
    }

    @Test
    void aRunThatFailsHalfwayThroughConfirmationMarksNothingPaid() {
        var first = awardedAndAccepted(applications.newCitizen("First Payee"), "1500", List.of());
        var second = awardedAndAccepted(applications.newCitizen("Second Payee"), "2500", List.of());
        var run = paying.createRun(lead, today());
        var last = jdbc.sql("select case_id from grant_payments where run_id = ? order by programme_id desc, case_id desc limit 1")
                .param(run.id()).query(UUID.class).single();
        // The database refuses the ledger entry of the last payment in the run, after the others are written.
        jdbc.sql("""
                create or replace function test_refuse_payment() returns trigger language plpgsql as $$
                begin
                    if new.kind = 'PAID' and new.case_id = '%s' then raise exception 'bank ledger unavailable'; end if;
                    return new;
                end; $$""".formatted(last)).update();
        jdbc.sql("create trigger test_refuse_payment before insert on grant_ledger for each row execute function test_refuse_payment()").update();
        try {
            assertThatThrownBy(() -> paying.confirm(lead, run.id())).hasMessageContaining("bank ledger unavailable");
        } finally {
            jdbc.sql("drop trigger test_refuse_payment on grant_ledger").update();
        }
        var paid = jdbc.sql("select count(*) from grant_payments where run_id = ? and status = 'PAID'").param(run.id()).query(Integer.class).single();
        var entries = jdbc.sql("select count(*) from grant_ledger where case_id in (?, ?) and kind = 'PAID'").params(first, second)
                .query(Integer.class).single();
        assertThat(paid).isZero();
        assertThat(entries).isZero();

        paying.fail(lead, run.id(), "The bank rejected the file");
        var again = paying.createRun(lead, today());
        assertThat(again.id()).isNotEqualTo(run.id());
        paying.confirm(lead, again.id());
        assertThat(jdbc.sql("select count(*) from grant_payments where case_id in (?, ?) and status = 'PAID'").params(first, second)
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void aVariationReschedulesWhatIsLeftAndAClawbackReducesWhatIsPaidAndCommitted() {
        var citizen = applications.newCitizen("Varied Trustee");
        var caseId = awardedAndAccepted(citizen, "5000", List.of());
        var run = paying.createRun(lead, today());
        paying.confirm(lead, run.id());
        var before = deciding.totals(lead, GrantApplications.PROGRAMME);

        assertThatThrownBy(() -> paying.vary(lead, caseId, "4000", "Less needed")).isInstanceOf(InvalidInput.class);
        paying.vary(lead, caseId, "6500", "Scaffolding cost more");
        var varied = grants.mine(citizen, caseId).orElseThrow();
        assertThat(varied.amountAwarded()).isEqualByComparingTo("6500");
        assertThat(varied.payments()).filteredOn(p -> p.status() == PaymentStatus.SCHEDULED).singleElement()
                .satisfies(p -> assertThat(p.amount()).isEqualByComparingTo("1500"));

        paying.clawBack(lead, caseId, "500", "Part of the work was not done");
        var after = deciding.totals(lead, GrantApplications.PROGRAMME);
        assertThat(after.committed().subtract(before.committed())).isEqualByComparingTo("1000");
        assertThat(after.paid().subtract(before.paid())).isEqualByComparingTo("-500");
        assertThatThrownBy(() -> paying.clawBack(lead, caseId, "4600", "Too much")).isInstanceOf(InvalidInput.class);
    }

    private UUID awardedAndAccepted(SignedInAccount citizen, String amount, List<PlannedInstalment> schedule) {
        var sent = applications.sentByCharity(citizen, amount);
        transitions.take(lead, new Transition(sent.id(), "start-assessment", 0, null, null));
        transitions.take(lead, new Transition(sent.id(), "send-to-panel", 1, null, null));
        deciding.award(lead, sent.id(), amount, "Good project", schedule);
        grants.acceptOffer(citizen, sent.id());
        return sent.id();
    }

    private PaymentStatus status(SignedInAccount citizen, UUID caseId, int instalment) {
        return grants.mine(citizen, caseId).orElseThrow().payments().stream().filter(p -> p.instalment() == instalment)
                .findFirst().orElseThrow().status();
    }

    private String reference(UUID caseId) {
        return jdbc.sql("select reference from cases where id = ?").param(caseId).query(String.class).single();
    }

    private static LocalDate today() {
        return LocalDate.now(LondonTime.LONDON);
    }
}
