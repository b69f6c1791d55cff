package org.frontdoor.screening;

import org.frontdoor.screening.index.CandidateIndex;
import org.frontdoor.screening.lists.EntryType;
import org.frontdoor.screening.lists.ListEntry;
import org.frontdoor.screening.lists.ListFiles;
import org.frontdoor.screening.lists.SanctionsList;
import org.frontdoor.screening.names.NameNormaliser;
import org.frontdoor.screening.names.NormalisedName;
import org.frontdoor.screening.names.Schema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ScreeningTest {

    private static Screening screening;

    @BeforeAll
    static void loadFixtures() {
        screening = Screening.of(ListFiles.load(List.of(Fixtures.path(""))));
    }

    @Test
    void findsAnEntryByAnAliasSpelledDifferently() {
        List<ScreeningHit> hits = screening.screen(ScreeningQuery.byName("Mian Mitho"));

        assertThat(hits).first().satisfies(hit -> {
            assertThat(hit.entry().list()).isEqualTo("gb_hmt_ofsi");
            assertThat(hit.entry().id()).isEqualTo("15672");
            assertThat(hit.explanation().explain()).contains("mian~mian exact");
        });
    }

    @Test
    void screensAQueryWrittenWithAnAliasUnderEachOfItsNames() {
        List<ScreeningHit> hits = screening.screen(
                new ScreeningQuery("Velora Kometrix a.k.a. Saddam Hussein al-Tikriti", Schema.PERSON, null, null));

        // Scored as the alias alone, not as one long name with words left over.
        assertThat(hits).anySatisfy(hit -> {
            assertThat(hit.entry().list()).isEqualTo("eu_fsf");
            assertThat(hit.explanation().explain()).doesNotContain("velora");
        });
    }

    @Test
    void findsAnEntryByItsNameInAnotherScript() {
        List<ScreeningHit> hits = screening.screen(new ScreeningQuery("Saddam Hussein al-Tikriti", Schema.PERSON, null, null));

        assertThat(hits).anySatisfy(hit -> assertThat(hit.entry().list()).isEqualTo("eu_fsf"));
    }

    @Test
    void aDifferentDateOfBirthLowersTheScoreAndTheSameRaisesIt() {
        ScreeningQuery plain = new ScreeningQuery("Sadam Husein Al-Tikriti", Schema.PERSON, null, null);
        ScreeningQuery sameBirth = new ScreeningQuery("Sadam Husein Al-Tikriti", Schema.PERSON, "1937-04-28", "Iraq");
        ScreeningQuery otherBirth = new ScreeningQuery("Sadam Husein Al-Tikriti", Schema.PERSON, "1990-01-01", "FR");

        double base = euScore(plain);
        assertThat(euScore(sameBirth)).isGreaterThan(base);
        assertThat(screening.screen(otherBirth)).noneSatisfy(h -> assertThat(h.score()).isGreaterThan(base));
    }

    @Test
    void aPersonQueryDoesNotHitCompanies() {
        List<ScreeningHit> hits = screening.screen(new ScreeningQuery("Banco Nacional de Cuba", Schema.PERSON, null, null));

        assertThat(hits).noneSatisfy(h -> assertThat(h.entry().type()).isEqualTo(EntryType.ENTITY));
        assertThat(screening.screen(ScreeningQuery.byName("Banco Nacional de Cuba"))).isNotEmpty();
    }

    @Test
    void theIndexReturnsFewCandidatesAndNeverScansEveryName() {
        NameNormaliser normaliser = new NameNormaliser();
        List<NormalisedName> names = new java.util.ArrayList<>();
        for (SanctionsList list : ListFiles.load(List.of(Fixtures.path("")))) {
            for (ListEntry e : list.entries()) {
                e.names().forEach(n -> names.add(normaliser.normalise(n, Schema.ANY)));
            }
        }
        CandidateIndex index = new CandidateIndex(names);

        int[] candidates = index.candidates(normaliser.normalise("Banco Nacional de Cuba", Schema.ANY), 1000, 0.4);

        assertThat(names).hasSizeGreaterThan(3000);
        assertThat(candidates.length).isPositive().isLessThan(names.size() / 20);
        assertThat(java.util.Arrays.stream(candidates).limit(5).mapToObj(i -> names.get(i).original()))
                .contains("BANCO NACIONAL DE CUBA");
    }

    @Test
    void givesTheSameHitsWhenScreeningFromSeveralThreadsAtOnce() throws Exception {
        List<String> names = List.of("Mian Mitho", "Banco Nacional de Cuba", "Saddam Hussein", "Aerocaribbean", "Putin");
        List<List<String>> expected = names.stream().map(ScreeningTest::hitIds).toList();

        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(4)) {
            List<java.util.concurrent.Future<Boolean>> checks = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                checks.add(pool.submit(() -> {
                    for (int round = 0; round < 50; round++) {
                        for (int i = 0; i < names.size(); i++) {
                            if (!hitIds(names.get(i)).equals(expected.get(i))) {
                                return false;
                            }
                        }
                    }
                    return true;
                }));
            }
            for (var check : checks) {
                assertThat(check.get()).isTrue();
            }
        }
    }

    private static List<String> hitIds(String name) {
        return screening.screen(ScreeningQuery.byName(name)).stream()
                .map(h -> h.entry().list() + ":" + h.entry().id() + ":" + h.score()).toList();
    }

    private static double euScore(ScreeningQuery query) {
        return screening.screen(query).stream().filter(h -> h.entry().list().equals("eu_fsf"))
                .mapToDouble(ScreeningHit::score).max().orElseThrow();
    }
}
