package org.frontdoor.linkage.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.frontdoor.linkage.batch.Deduplication;
import org.frontdoor.linkage.config.LinkageSettings;
import org.frontdoor.linkage.io.PersonFile;
import org.frontdoor.linkage.model.LinkageModel;
import org.frontdoor.linkage.record.PersonField;
import org.frontdoor.linkage.record.PersonRecord;
import org.frontdoor.linkage.record.PreparedRecord;
import org.frontdoor.linkage.record.RecordPreparation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PersonIndexTest {

    private static PersonIndex index;
    private static LinkageModel model;
    private static List<PersonRecord> known;

    @BeforeAll
    static void trainOnFake1000() throws Exception {
        Path file = Path.of(PersonIndexTest.class.getResource("/linkage/splink/fake_1000.csv").toURI());
        known = PersonFile.read(file, "unique_id", LinkageSettings.defaults(), System.err).records();
        List<PreparedRecord> records = known.stream().map(RecordPreparation.standard()::prepare).toList();
        Deduplication.Result result = Deduplication.deduplicate(records, LinkageSettings.defaults(), List.of(),
                m -> { });
        List<String> persons = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            persons.add("person-" + records.get(result.clusterOf()[i]).id());
        }
        model = result.run().model();
        index = PersonIndex.build(model, records, persons);
    }

    @Test
    void findsTheExistingPersonOfARecordWithATypo() {
        PersonRecord robert = known.get(0);
        PersonRecord query = PersonRecord.withId("new")
                .set(PersonField.GIVEN_NAME, "Robertt")
                .set(PersonField.SURNAME, robert.get(PersonField.SURNAME))
                .set(PersonField.DATE_OF_BIRTH, robert.get(PersonField.DATE_OF_BIRTH))
                .set(PersonField.EMAIL, robert.get(PersonField.EMAIL))
                .build();
        List<MatchCandidate> candidates = index.match(query, 0.5, 3);
        assertThat(candidates).isNotEmpty();
        assertThat(candidates.get(0).matchProbability()).isGreaterThan(0.9);
        assertThat(candidates.get(0).explanation().contributions())
                .extracting(c -> c.comparison()).contains("given_name", "surname", "date_of_birth");
        assertThat(candidates.get(0).explanation().summary()).contains("given_name=levenshtein<=1");
    }

    @Test
    void returnsNothingForSomeoneNew() {
        PersonRecord stranger = PersonRecord.withId("s")
                .set(PersonField.GIVEN_NAME, "Xanthippe")
                .set(PersonField.SURNAME, "Quokkabottom")
                .set(PersonField.DATE_OF_BIRTH, "1901-02-03")
                .build();
        assertThat(index.match(stranger, 0.5, 3)).isEmpty();
    }

    @Test
    void aBlockGrownPastItsLimitByRecordsAddedSinceBuildingIsSkippedLikeOneBuiltThatBig() {
        PersonRecord twin = PersonRecord.withId("twin")
                .set(PersonField.GIVEN_NAME, "Araminta")
                .set(PersonField.SURNAME, "Featherstonehaugh")
                .set(PersonField.DATE_OF_BIRTH, "1959-09-09")
                .build();
        var prepared = RecordPreparation.standard().prepare(twin);
        // Two in the index as built, a block limit of three: the twins are found...
        PersonIndex small = PersonIndex.build(model, List.of(prepared, prepared), List.of("person-1", "person-2"), 3);
        assertThat(small.match(twin, 0.5, 10)).isNotEmpty();
        small.add(twin, "person-3");
        assertThat(small.match(twin, 0.5, 10)).hasSize(3);
        // ...until one more arrives in real time: four share every key now, more than a block may hold.
        small.add(twin, "person-4");
        assertThat(small.match(twin, 0.5, 10)).isEmpty();
    }

    @Test
    void findsRecordsAddedAfterBuilding() {
        PersonRecord added = PersonRecord.withId("late")
                .set(PersonField.GIVEN_NAME, "Ottoline")
                .set(PersonField.SURNAME, "Wimbleforth")
                .set(PersonField.DATE_OF_BIRTH, "1966-06-06")
                .set(PersonField.EMAIL, "otto@wimbleforth.example")
                .build();
        index.add(added, "person-late");
        PersonRecord query = PersonRecord.withId("q")
                .set(PersonField.GIVEN_NAME, "Ottoline")
                .set(PersonField.SURNAME, "Wimbleforth")
                .set(PersonField.DATE_OF_BIRTH, "1966-06-06")
                .build();
        assertThat(index.match(query, 0.5, 3)).extracting(MatchCandidate::personId).containsExactly("person-late");
    }

    @Test
    void aReplacedRecordIsMatchedOnItsNewValuesOnly() {
        PersonRecord before = PersonRecord.withId("moved")
                .set(PersonField.GIVEN_NAME, "Perpetua")
                .set(PersonField.SURNAME, "Quillfeather")
                .set(PersonField.DATE_OF_BIRTH, "1971-01-01")
                .build();
        index.add(before, "person-moved");
        PersonRecord after = PersonRecord.withId("moved")
                .set(PersonField.GIVEN_NAME, "Perpetua")
                .set(PersonField.SURNAME, "Thistlewood")
                .set(PersonField.DATE_OF_BIRTH, "1971-01-01")
                .build();
        index.replace(after, "person-moved");

        PersonRecord oldName = PersonRecord.withId("q1").set(PersonField.GIVEN_NAME, "Perpetua")
                .set(PersonField.SURNAME, "Quillfeather").set(PersonField.DATE_OF_BIRTH, "1971-01-01").build();
        PersonRecord newName = PersonRecord.withId("q2").set(PersonField.GIVEN_NAME, "Perpetua")
                .set(PersonField.SURNAME, "Thistlewood").set(PersonField.DATE_OF_BIRTH, "1971-01-01").build();
        assertThat(index.match(newName, 0.9, 3)).extracting(MatchCandidate::personId).containsExactly("person-moved");
        // The old surname is scored against the new one only: no trace of the replaced version.
        assertThat(index.match(oldName, 0.5, 3)).allSatisfy(c ->
                assertThat(c.explanation().summary()).doesNotContain("surname=exact"));
    }

    @Test
    void replacingARecordNeverIndexedAddsIt() {
        PersonRecord fresh = PersonRecord.withId("fresh").set(PersonField.GIVEN_NAME, "Isambard")
                .set(PersonField.SURNAME, "Pennywhistle").set(PersonField.DATE_OF_BIRTH, "1950-05-05").build();
        index.replace(fresh, "person-fresh");
        assertThat(index.match(PersonRecord.withId("q").set(PersonField.GIVEN_NAME, "Isambard")
                .set(PersonField.SURNAME, "Pennywhistle").set(PersonField.DATE_OF_BIRTH, "1950-05-05").build(), 0.5, 3))
                .extracting(MatchCandidate::personId).containsExactly("person-fresh");
    }
}
