package org.frontdoor.linkage.bench;

import java.util.concurrent.TimeUnit;
import org.frontdoor.linkage.compare.AddressComparison;
import org.frontdoor.linkage.compare.DateComparison;
import org.frontdoor.linkage.compare.JaroWinkler;
import org.frontdoor.linkage.compare.Levenshtein;
import org.frontdoor.linkage.compare.NameComparison;
import org.frontdoor.linkage.record.PersonField;
import org.frontdoor.linkage.record.PersonRecord;
import org.frontdoor.linkage.record.PreparedRecord;
import org.frontdoor.linkage.record.RecordPreparation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH micro-benchmarks of the comparators on typical person values. Run with
 * {@code java -jar frontdoor-linkage.jar jmh}; see {@link ComparatorBenchmarks} for the summary line.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ComparatorBenchmark {

    // Not final: JMH state must not be constant-folded by the JIT, or the figures measure nothing.
    private String nameA;
    private String nameB;
    private PreparedRecord a;
    private PreparedRecord b;
    private NameComparison given;
    private NameComparison surname;
    private DateComparison date;
    private AddressComparison address;

    @Setup
    public void prepareValues() {
        nameA = "catherine";
        nameB = "kathryn";
        a = prepare("a", "Jonathan", "Smith", "1980-03-07", "12 acacia avenue flat 3");
        b = prepare("b", "Jonathon", "Smyth", "1980-07-03", "12 acacia ave");
        given = NameComparison.givenName();
        surname = NameComparison.surname();
        date = new DateComparison();
        address = new AddressComparison();
    }

    private static PreparedRecord prepare(String id, String given, String surname, String dob, String address) {
        return RecordPreparation.standard().prepare(PersonRecord.withId(id)
                .set(PersonField.GIVEN_NAME, given).set(PersonField.SURNAME, surname)
                .set(PersonField.DATE_OF_BIRTH, dob).set(PersonField.ADDRESS, address).build());
    }

    @Benchmark
    public double jaroWinkler() {
        return JaroWinkler.similarity(nameA, nameB);
    }

    @Benchmark
    public int levenshteinDistance() {
        return Levenshtein.distance(nameA, nameB);
    }

    @Benchmark
    public boolean levenshteinWithinOne() {
        return Levenshtein.within(a.surname(), b.surname(), 1);
    }

    @Benchmark
    public int givenNameComparison() {
        return given.level(a, b);
    }

    @Benchmark
    public int surnameComparison() {
        return surname.level(a, b);
    }

    @Benchmark
    public int dateComparison() {
        return date.level(a, b);
    }

    @Benchmark
    public int addressComparison() {
        return address.level(a, b);
    }
}
