package org.frontdoor.people.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.frontdoor.linkage.model.LinkageModel;
import org.frontdoor.linkage.record.Nicknames;
import org.frontdoor.linkage.record.PersonField;
import org.frontdoor.linkage.record.PersonRecord;
import org.frontdoor.linkage.synth.FrequencyTables;
import org.frontdoor.linkage.synth.SyntheticPeople;
import org.junit.jupiter.api.Test;

class ModelTrainingTest {

    private static final LinkageModel SHIPPED = LinkageModels.loadShipped();

    private static PersonRecord person(String id, String given, String surname, String dob, String postcode) {
        return new PersonRecord(id, Map.of(PersonField.GIVEN_NAME, given, PersonField.SURNAME, surname,
                PersonField.DATE_OF_BIRTH, dob, PersonField.POSTCODE, postcode));
    }

    /** Day and month swapped: a level the shipped model rarely saw among matches. */
    private static final List<PersonRecord> SMALL_REGISTRY = List.of(
            person("a1", "Mary", "Smith", "1990-06-21", "B2 5QT"),
            person("a2", "Mary", "Smith", "1990-06-12", "B18 6NF"),
            person("b1", "Ewan", "Murray", "1975-08-09", "G12 8QQ"),
            person("b2", "Ewan", "Murray", "1975-09-08", "G3 7HL"),
            person("c1", "Priya", "Sharma", "1968-01-30", "EH1 1YZ"),
            person("c2", "Tomasz", "Nowak", "1992-05-14", "YO1 6HT"));

    private static double weight(LinkageModel model, String comparison, String level) {
        for (int k = 0; k < model.comparisons().size(); k++) {
            var c = model.comparisons().get(k);
            if (c.name().equals(comparison)) {
                return model.weight(k, c.levelLabels().indexOf(level) + 1);
            }
        }
        throw new AssertionError("no comparison " + comparison);
    }

    private static String transposedLevel() {
        var dates = SHIPPED.comparisons().stream().filter(c -> c.name().equals("date_of_birth")).findFirst().orElseThrow();
        return dates.levelLabels().stream().filter(l -> l.contains("transpos") || l.contains("swap")).findFirst().orElseThrow();
    }

    @Test
    void aSmallRegistryRefinesTheShippedEstimateWithTheConfirmedPairs() {
        var labels = List.of(new ModelTraining.Label("a1", "a2", true), new ModelTraining.Label("b1", "b2", true),
                new ModelTraining.Label("c1", "c2", false));

        var trained = ModelTraining.train(SHIPPED, SMALL_REGISTRY, labels, 1_000);

        assertThat(trained.method()).isEqualTo(ModelTraining.Method.REFINED_SHIPPED);
        assertThat(trained.records()).isEqualTo(6);
        assertThat(trained.samePersonLabels()).isEqualTo(2);
        assertThat(trained.differentPeopleLabels()).isEqualTo(1);
        assertThat(trained.model().comparisons()).isEqualTo(SHIPPED.comparisons());
        // Both confirmed pairs had their birth day and month swapped: that now counts more for a match.
        String transposed = transposedLevel();
        assertThat(weight(trained.model(), "date_of_birth", transposed))
                .isGreaterThan(weight(SHIPPED, "date_of_birth", transposed));
        assertThat(trained.model().priorMatchProbability()).isEqualTo(LinkageModels.REGISTRY_PRIOR);
    }

    @Test
    void theSameRecordsAndLabelsGiveTheSameModelSoNoLabelCountsTwice() {
        var labels = List.of(new ModelTraining.Label("a1", "a2", true));

        var first = ModelTraining.train(SHIPPED, SMALL_REGISTRY, labels, 1_000).model();
        var again = ModelTraining.train(SHIPPED, SMALL_REGISTRY, labels, 1_000).model();

        assertThat(ModelParameters.compare(first, again)).allSatisfy(row ->
                assertThat(row.weightChange()).isZero());
    }

    @Test
    void labelsOfUnknownRecordsAreLeftOutAndWithoutAConfirmedPairThereIsNothingToLearn() {
        var labels = List.of(new ModelTraining.Label("a1", "gone", true), new ModelTraining.Label("c1", "c2", false));

        assertThatThrownBy(() -> ModelTraining.train(SHIPPED, SMALL_REGISTRY, labels, 1_000))
                .isInstanceOf(ModelTraining.NothingToLearn.class);
    }

    @Test
    void aLargeEnoughRegistryIsEstimatedOnItsOwnRecordsWithoutTermFrequencies() {
        List<PersonRecord> records = new ArrayList<>();
        new SyntheticPeople(FrequencyTables.builtIn(), Nicknames.builtIn()).generate(600, 7, row -> records.add(
                new PersonRecord(row[1], Map.of(PersonField.GIVEN_NAME, row[2], PersonField.SURNAME, row[3],
                        PersonField.DATE_OF_BIRTH, row[4], PersonField.POSTCODE, row[7]))));
        var labels = List.of(new ModelTraining.Label(records.get(0).id(), records.get(1).id(), true));

        var trained = ModelTraining.train(SHIPPED, records, labels, 500);

        assertThat(trained.method()).isEqualTo(ModelTraining.Method.ESTIMATED_ON_REGISTRY);
        assertThat(trained.model().comparisons()).extracting(c -> c.name())
                .contains("given_name", "surname", "date_of_birth").doesNotContain("email", "identifier");
        assertThat(trained.model().termFrequencies().fields()).isEmpty();
        assertThat(trained.model().priorMatchProbability()).isEqualTo(LinkageModels.REGISTRY_PRIOR);
    }

    @Test
    void parametersAreComparedLevelByLevelWithDashesForLevelsOnlyOneModelHas() {
        var labels = List.of(new ModelTraining.Label("a1", "a2", true));
        var after = ModelTraining.train(SHIPPED, SMALL_REGISTRY, labels, 1_000).model();

        var rows = ModelParameters.compare(SHIPPED, after);

        assertThat(rows).extracting(ModelParameters.Row::comparison).contains("surname", "date_of_birth", "email");
        assertThat(rows).allSatisfy(row -> assertThat(row.weightBefore()).isNotNull());
        var given = SHIPPED.comparisons().getFirst();
        double[] flat = new double[given.levelCount() + 1];
        java.util.Arrays.fill(flat, 1, flat.length, 1.0 / given.levelCount());
        var namesOnly = new LinkageModel(List.of(given), new double[][] {flat}, new double[][] {flat}, 0.5,
                org.frontdoor.linkage.model.TermFrequencies.none());
        var partial = ModelParameters.compare(SHIPPED, namesOnly);
        assertThat(partial).anySatisfy(row -> {
            assertThat(row.weightAfter()).isNull();
            assertThat(row.bits(row.weightAfter())).isEqualTo("–");
        });
    }
}
