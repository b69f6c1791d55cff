package org.frontdoor.diligence.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.frontdoor.diligence.CheckResult.Outcome;
import org.frontdoor.diligence.CheckSubject;
import org.frontdoor.diligence.PayeeConfirmation;
import org.frontdoor.grants.ApplicantKind;
import org.frontdoor.grants.FundingRecords.GrantApplicant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** Confirmation of Payee, by names compared and by a provider's answer, without Spring's context. */
class AccountNameCheckTest {

    private static final Map<String, String> ROLES = Map.of("account-name", "accountName", "sort-code", "sortCode",
            "account-number", "accountNumber");

    private static CheckSubject charity(String registeredName, String nameOnAccount) {
        var grant = new GrantApplicant(UUID.randomUUID(), "community-spaces", ApplicantKind.CHARITY, "GB-CHC-1234567",
                registeredName, new BigDecimal("5000.00"));
        return new CheckSubject(grant.caseId(), "G-1", "grant", Map.of("accountName", nameOnAccount, "sortCode", "089999",
                "accountNumber", "66374958"), ROLES, grant);
    }

    private static AccountNameCheck withoutProvider() {
        return new AccountNameCheck(new StaticListableBeanFactory().getBeanProvider(PayeeConfirmation.class));
    }

    private static AccountNameCheck withProvider(PayeeConfirmation bank) {
        var beans = new StaticListableBeanFactory();
        beans.addBean("bank", bank);
        return new AccountNameCheck(beans.getBeanProvider(PayeeConfirmation.class));
    }

    @Test
    void theSameOrganisationWrittenDifferentlyMatches() {
        var result = withoutProvider().check(charity("Riverside Community Trust Limited", "RIVERSIDE COMMUNITY TRUST LTD"));

        assertThat(result.outcome()).isEqualTo(Outcome.PASS);
        assertThat(result.summary()).startsWith("Match");
    }

    @Test
    void aCloseNameIsReferredWithTheNameToConfirm() {
        var result = withoutProvider().check(charity("Riverside Community Trust", "Riverside Trust"));

        assertThat(result.outcome()).isEqualTo(Outcome.REFER);
        assertThat(result.summary()).startsWith("Close match");
        assertThat(result.evidence()).anySatisfy(e -> {
            assertThat(e.label()).isEqualTo("Suggested name");
            assertThat(e.value()).isEqualTo("Riverside Community Trust");
        });
    }

    @Test
    void anAccountInSomeoneElsesNameFails() {
        var result = withoutProvider().check(charity("Riverside Community Trust", "John Smith"));

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.summary()).isEqualTo("No match: the account is in the name of John Smith, not Riverside Community Trust");
    }

    @Test
    void withoutANameOnTheAccountItRefersSayingWhatIsMissing() {
        var subject = new CheckSubject(UUID.randomUUID(), "G-2", "grant", Map.of(), ROLES);

        var result = withoutProvider().check(subject);

        assertThat(result.outcome()).isEqualTo(Outcome.REFER);
        assertThat(result.summary()).contains("no name on the account");
    }

    @Test
    void aProvidersCloseMatchGivesTheBanksName() {
        var check = withProvider((sortCode, account, name, business) -> Optional.of(
                new PayeeConfirmation.Answer(PayeeConfirmation.Verdict.CLOSE_MATCH, "Riverside Comm. Trust")));

        var result = check.check(charity("Riverside Community Trust", "Riverside Community Trust"));

        assertThat(result.outcome()).isEqualTo(Outcome.REFER);
        assertThat(result.source()).isEqualTo("Confirmation of Payee");
        assertThat(result.evidence()).anySatisfy(e -> assertThat(e.value()).isEqualTo("Riverside Comm. Trust"));
    }

    @Test
    void aProviderThatCannotBeAskedRefers() {
        var result = withProvider((sortCode, account, name, business) -> Optional.empty())
                .check(charity("Riverside Community Trust", "Riverside Community Trust"));

        assertThat(result.outcome()).isEqualTo(Outcome.REFER);
        assertThat(result.summary()).contains("could not be asked");
    }
}
