package org.frontdoor.diligence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.frontdoor.diligence.CheckResult.Outcome;
import org.frontdoor.diligence.RiskRating.Rating;
import org.junit.jupiter.api.Test;

class RiskRatingTest {

    private static CheckResult result(String check, Outcome outcome, String summary) {
        return new CheckResult(check, outcome, summary, List.of(), "test", Instant.EPOCH);
    }

    @Test
    void anyFailIsRedWithEveryFailAndReferAsAReason() {
        var rating = RiskRating.of(List.of(result("sanctions", Outcome.FAIL, "listed"),
                result("bank-account", Outcome.REFER, "no details"), result("charity", Outcome.PASS, "registered")));
        assertThat(rating.rating()).isEqualTo(Rating.RED);
        assertThat(rating.reasons()).containsExactly("sanctions failed: listed", "bank-account referred: no details");
    }

    @Test
    void aReferWithoutFailIsAmber() {
        var rating = RiskRating.of(List.of(result("sanctions", Outcome.REFER, "near hit"), result("bank-account", Outcome.PASS, "")));
        assertThat(rating.rating()).isEqualTo(Rating.AMBER);
        assertThat(rating.reasons()).containsExactly("sanctions referred: near hit");
    }

    @Test
    void allPassIsGreen() {
        assertThat(RiskRating.of(List.of(result("sanctions", Outcome.PASS, ""))).rating()).isEqualTo(Rating.GREEN);
    }

    @Test
    void nothingCheckedYetIsAmberNotGreen() {
        assertThat(RiskRating.of(List.of()).rating()).isEqualTo(Rating.AMBER);
    }
}
