package org.frontdoor.screening.index;

import org.frontdoor.screening.names.NameNormaliser;
import org.frontdoor.screening.names.NormalisedName;
import org.frontdoor.screening.names.Schema;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class CandidateIndexTest {

    private static final String[] GIVEN = {"Ahmad", "Ahmed", "Mohammed", "Muhammad", "Ivan", "Ivana", "Olga", "Sergei",
            "Siarhei", "Hassan", "Hussein", "Maria", "John", "Jon", "Kim", "Li", "Wei", "Omar", "Umar", "Yusuf"};
    private static final String[] FAMILY = {"Petrov", "Petrova", "Ivanov", "Al Rashid", "Rashidi", "Smith", "Smyth",
            "Kim", "Chen", "Haddad", "Khan", "Karimov", "Karimova", "Novak", "Nowak", "Shevchenko", "Shevchenka"};

    private final NameNormaliser normaliser = new NameNormaliser();

    @Test
    void aSmallLimitKeepsTheBestOfTheFullRankingInOrder() {
        Random random = new Random(5);
        List<NormalisedName> names = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            names.add(normaliser.normalise(made(random), Schema.PERSON));
        }
        CandidateIndex index = new CandidateIndex(names);
        for (int q = 0; q < 200; q++) {
            NormalisedName query = normaliser.normalise(made(random), Schema.PERSON);
            int[] all = index.candidates(query, names.size(), 0.4);
            for (int limit : new int[] {0, 1, 7, 48}) {
                assertThat(index.candidates(query, limit, 0.4))
                        .isEqualTo(Arrays.copyOf(all, Math.min(limit, all.length)));
            }
        }
    }

    @Test
    void queriesFromManyThreadsAtOnceGetWhatEachGetsAlone() throws Exception {
        Random random = new Random(11);
        List<NormalisedName> names = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            names.add(normaliser.normalise(made(random), Schema.PERSON));
        }
        CandidateIndex index = new CandidateIndex(names);
        List<NormalisedName> queries = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            queries.add(normaliser.normalise(made(random), Schema.PERSON));
        }
        List<int[]> alone = queries.stream().map(q -> index.candidates(q, 20, 0.3)).toList();

        try (var executor = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            var together = new ArrayList<java.util.concurrent.Future<int[]>>();
            for (int round = 0; round < 5; round++) {
                for (NormalisedName query : queries) {
                    together.add(executor.submit(() -> index.candidates(query, 20, 0.3)));
                }
            }
            for (int i = 0; i < together.size(); i++) {
                assertThat(together.get(i).get()).containsExactly(alone.get(i % queries.size()));
            }
        }
    }

    @Test
    void findsANameByAnyOfItsWordsSpelledAnotherWay() {
        List<NormalisedName> names = List.of(normaliser.normalise("Olga Petrova", Schema.PERSON),
                normaliser.normalise("Muhammad Haddad", Schema.PERSON), normaliser.normalise("Ivan Novak", Schema.PERSON));
        CandidateIndex index = new CandidateIndex(names);
        assertThat(index.candidates(normaliser.normalise("Mohammed Hadad", Schema.PERSON), 48, 0.4)).startsWith(1);
        assertThat(index.candidates(normaliser.normalise("", Schema.PERSON), 48, 0.4)).isEmpty();
    }

    private static String made(Random random) {
        return GIVEN[random.nextInt(GIVEN.length)] + " " + FAMILY[random.nextInt(FAMILY.length)]
                + (random.nextInt(4) == 0 ? " " + GIVEN[random.nextInt(GIVEN.length)] : "");
    }
}
