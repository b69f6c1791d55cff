package org.frontdoor.linkage;

import org.frontdoor.linkage.record.PersonField;
import org.frontdoor.linkage.record.PersonRecord;
import org.frontdoor.linkage.record.PreparedRecord;
import org.frontdoor.linkage.record.RecordPreparation;

/** Named people for tests. */
public final class People {

    private People() {
    }

    public static PersonRecord robertSmith(String id) {
        return PersonRecord.withId(id)
                .set(PersonField.GIVEN_NAME, "Robert")
                .set(PersonField.SURNAME, "Smith")
                .set(PersonField.DATE_OF_BIRTH, "1971-06-24")
                .set(PersonField.ADDRESS, "12 Acacia Avenue")
                .set(PersonField.LOCALITY, "Leeds")
                .set(PersonField.POSTCODE, "LS1 4AB")
                .set(PersonField.EMAIL, "robert.smith@example.com")
                .build();
    }

    public static PreparedRecord prepared(PersonRecord record) {
        return RecordPreparation.standard().prepare(record);
    }

    public static PreparedRecord person(String given, String surname, String dob) {
        return prepared(PersonRecord.withId(given + "-" + surname)
                .set(PersonField.GIVEN_NAME, given)
                .set(PersonField.SURNAME, surname)
                .set(PersonField.DATE_OF_BIRTH, dob)
                .build());
    }
}
