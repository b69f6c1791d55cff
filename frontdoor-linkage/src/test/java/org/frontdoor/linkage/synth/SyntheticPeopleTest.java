package org.frontdoor.linkage.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.frontdoor.linkage.record.Nicknames;
import org.junit.jupiter.api.Test;

class SyntheticPeopleTest {

    private static List<String[]> generate(long seed) {
        List<String[]> rows = new ArrayList<>();
        new SyntheticPeople(FrequencyTables.builtIn(), Nicknames.builtIn()).generate(2_000, seed, rows::add);
        return rows;
    }

    @Test
    void sameSeedGivesTheSameRows() {
        List<String[]> a = generate(3);
        List<String[]> b = generate(3);
        assertThat(a).hasSize(2_000);
        for (int i = 0; i < a.size(); i++) {
            assertThat(a.get(i)).containsExactly(b.get(i));
        }
    }

    @Test
    void producesDuplicatesOfTheSamePersonWithErrors() {
        List<String[]> rows = generate(5);
        long duplicates = rows.stream().filter(r -> r[1].contains("-d")).count();
        assertThat(duplicates).isBetween(400L, 1200L);
        long persons = rows.stream().map(r -> r[0]).distinct().count();
        assertThat(persons).isLessThan(rows.size());
    }
}
