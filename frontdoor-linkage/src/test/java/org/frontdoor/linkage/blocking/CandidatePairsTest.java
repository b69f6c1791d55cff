package org.frontdoor.linkage.blocking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontdoor.linkage.People.person;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.frontdoor.linkage.record.PreparedRecord;
import org.junit.jupiter.api.Test;

class CandidatePairsTest {

    private final List<PreparedRecord> records = List.of(
            person("john", "smith", "1980-01-01"),
            person("john", "smith", "1980-01-01"),
            person("jon", "smith", "1980-01-01"),
            person("smith", "john", "1975-05-05"),
            person("mary", "jones", "1990-02-02"));

    @Test
    void neverProducesAPairTwiceAndCountsEachRulesNewPairs() {
        List<BlockingRule> rules = List.of(BlockingRule.parse("names"),
                BlockingRule.parse("surname & date_of_birth"));
        CandidatePairs.Generated generated = CandidatePairs.generate(records, null, rules, 100);
        Set<String> pairs = new HashSet<>();
        for (PairBatch batch : generated.batches()) {
            for (int i = 0; i < batch.size(); i++) {
                assertThat(pairs.add(batch.first(i) + "-" + batch.second(i))).isTrue();
            }
        }
        // names: {0,1,3} swapped names meet -> 3 pairs; surname & dob: {0,1,2} -> only (0,2),(1,2) are new.
        assertThat(pairs).containsExactlyInAnyOrder("0-1", "0-3", "1-3", "0-2", "1-2");
        assertThat(generated.report().pairsPerRule()).containsExactly(3, 2);
    }

    @Test
    void linksOnlyAcrossSides() {
        byte[] sides = {0, 0, 1, 1, 1};
        CandidatePairs.Generated generated = CandidatePairs.generate(records, sides,
                List.of(BlockingRule.parse("surname")), 100);
        assertThat(generated.size()).isEqualTo(2);
    }

    @Test
    void skipsAndReportsOversizedBlocks() {
        CandidatePairs.Generated generated = CandidatePairs.generate(records, null,
                List.of(BlockingRule.parse("date_of_birth")), 2);
        assertThat(generated.size()).isZero();
        assertThat(generated.report().oversizedBlocks()).containsExactly(1);
        assertThat(CandidatePairs.estimatePairs(records, BlockingRule.parse("date_of_birth"), 100)).isEqualTo(3);
    }

    @Test
    void parsesRuleFunctions() {
        BlockingRule rule = BlockingRule.parse("initial(given_name) & year(date_of_birth)");
        assertThat(rule.key(person("jon", "x", "1980-01-01"))).isEqualTo(rule.key(person("jane", "y", "1980-12-31")));
        assertThat(rule.key(person(null, "x", "1980-01-01"))).isZero();
    }
}
