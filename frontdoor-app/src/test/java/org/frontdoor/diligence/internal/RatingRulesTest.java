package org.frontdoor.diligence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.frontdoor.diligence.CheckResult;
import org.frontdoor.diligence.CheckResult.Outcome;
import org.frontdoor.diligence.RiskRating.Rating;
import org.frontdoor.diligence.internal.RatingRules.Rule;
import org.junit.jupiter.api.Test;

/** A programme's own CEL rating rules, without Spring. */
class RatingRulesTest {

    private static final RatingRules PROGRAMME = RatingRules.compile("grant", List.of(
            new Rule("'sanctions' in failed", "red", "A sanctions list names the applicant"),
            new Rule("'bank-account' in failed", "amber", "The bank details are wrong: ask the applicant again"),
            new Rule("'company-register' in referred && applicant.amount > 10000.0", "red",
                    "A large grant to a company the register cannot confirm"),
            new Rule("size(referred) > 0", "amber", "A check needs a person")));

    private static CheckResult result(String check, Outcome outcome) {
        return new CheckResult(check, outcome, check + " said so", List.of(), "test", Instant.EPOCH);
    }

    @Test
    void theWorstRatingOfTheRulesThatHoldWinsAndEveryReasonIsKept() {
        var rating = PROGRAMME.rate(List.of(result("sanctions", Outcome.FAIL), result("bank-account", Outcome.FAIL)), Map.of());

        assertThat(rating.rating()).isEqualTo(Rating.RED);
        assertThat(rating.reasons()).containsExactly("A sanctions list names the applicant",
                "The bank details are wrong: ask the applicant again");
    }

    @Test
    void aProgrammeMayRateAFailedCheckAmber() {
        var rating = PROGRAMME.rate(List.of(result("sanctions", Outcome.PASS), result("bank-account", Outcome.FAIL)), Map.of());

        assertThat(rating.rating()).isEqualTo(Rating.AMBER);
    }

    @Test
    void rulesReadTheApplicantsFacts() {
        var results = List.of(result("company-register", Outcome.REFER));

        assertThat(PROGRAMME.rate(results, Map.of("amount", 25000)).rating()).isEqualTo(Rating.RED);
        assertThat(PROGRAMME.rate(results, Map.of("amount", 5000)).rating()).isEqualTo(Rating.AMBER);
    }

    @Test
    void everythingPassingIsGreen() {
        var rating = PROGRAMME.rate(List.of(result("sanctions", Outcome.PASS)), Map.of());

        assertThat(rating.rating()).isEqualTo(Rating.GREEN);
        assertThat(rating.reasons()).containsExactly("No rule raised a concern (1 checks)");
    }

    @Test
    void aFailureNoRuleMentionsIsNeverGreen() {
        var rules = RatingRules.compile("grant", List.of(new Rule("'sanctions' in failed", "red", "Listed")));

        var rating = rules.rate(List.of(result("charity-register", Outcome.FAIL)), Map.of());

        assertThat(rating.rating()).isEqualTo(Rating.AMBER);
        assertThat(rating.reasons()).containsExactly("charity-register failed and no rule rates it: charity-register said so");
    }

    @Test
    void noResultsYetIsAmber() {
        assertThat(PROGRAMME.rate(List.of(), Map.of()).rating()).isEqualTo(Rating.AMBER);
    }

    @Test
    void aRuleReadingACheckThatDidNotRunDoesNotHold() {
        var rules = RatingRules.compile("grant", List.of(new Rule("results['sanctions'].outcome == 'FAIL'", "red", "Listed")));

        assertThat(rules.rate(List.of(result("bank-account", Outcome.PASS)), Map.of()).rating()).isEqualTo(Rating.GREEN);
        assertThat(rules.rate(List.of(result("sanctions", Outcome.FAIL)), Map.of()).rating()).isEqualTo(Rating.RED);
    }

    @Test
    void everyMistakeInTheRulesIsNamedWithItsPlace() {
        assertThatThrownBy(() -> RatingRules.compile("grant", List.of(
                new Rule("'sanctions' in", "red", "Listed"),
                new Rule("true", "purple", ""))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("frontdoor.diligence.rating.grant[0].when")
                .hasMessageContaining("frontdoor.diligence.rating.grant[1].rating: must be red, amber or green, not 'purple'")
                .hasMessageContaining("frontdoor.diligence.rating.grant[1].reason");
    }

    @Test
    void aRuleThatIsNotAConditionIsRefused() {
        assertThatThrownBy(() -> RatingRules.compile("grant", List.of(new Rule("size(failed)", "red", "Count"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[0].when");
    }
}
