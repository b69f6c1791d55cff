package org.frontdoor.linkage.compare;

import java.util.List;
import org.frontdoor.linkage.record.PersonField;
import org.frontdoor.linkage.record.PreparedRecord;

/**
 * Compares dates of birth: exact, day and month transposed, one digit typed wrong, one component different,
 * same year only, else. When a record knows only the year, the best possible level is "same year".
 */
public final class DateComparison implements Comparison {

    private static final List<String> LABELS = List.of(
            "exact", "day and month transposed", "one digit off", "one component off", "same year", "else");

    @Override
    public String name() {
        return "date_of_birth";
    }

    @Override
    public PersonField field() {
        return PersonField.DATE_OF_BIRTH;
    }

    @Override
    public List<String> levelLabels() {
        return LABELS;
    }

    @Override
    public int level(PreparedRecord a, PreparedRecord b) {
        if (a.birthYear() == 0 || b.birthYear() == 0) {
            return MISSING;
        }
        boolean sameYear = a.birthYear() == b.birthYear();
        if (a.birthMonth() == 0 || b.birthMonth() == 0 || a.birthDay() == 0 || b.birthDay() == 0) {
            return sameYear ? 5 : 6;
        }
        boolean sameMonth = a.birthMonth() == b.birthMonth();
        boolean sameDay = a.birthDay() == b.birthDay();
        if (sameYear && sameMonth && sameDay) {
            return 1;
        }
        if (sameYear && a.birthMonth() == b.birthDay() && a.birthDay() == b.birthMonth()) {
            return 2;
        }
        int differing = (sameYear ? 0 : 1) + (sameMonth ? 0 : 1) + (sameDay ? 0 : 1);
        if (differing == 1 && digitDifferences(a, b) == 1) {
            return 3;
        }
        if (differing == 1) {
            return 4;
        }
        return sameYear ? 5 : 6;
    }

    private static int digitDifferences(PreparedRecord a, PreparedRecord b) {
        long x = a.birthYear() * 10000L + a.birthMonth() * 100L + a.birthDay();
        long y = b.birthYear() * 10000L + b.birthMonth() * 100L + b.birthDay();
        int differences = 0;
        for (int i = 0; i < 8; i++) {
            if (x % 10 != y % 10) {
                differences++;
            }
            x /= 10;
            y /= 10;
        }
        return differences;
    }
}
