package org.frontdoor.people.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.frontdoor.linkage.record.PersonField;
import org.junit.jupiter.api.Test;

class ApplicantAnswersTest {

    private static final Map<String, String> QUESTIONS = Map.of("date_of_birth", "dateOfBirth", "phone", "phone",
            "postcode", "home.postcode");

    @Test
    void readsTheMappedAnswersIncludingAPartOfAnAddress() {
        var fields = ApplicantAnswers.read(QUESTIONS, Map.of("dateOfBirth", "1984-02-17", "phone", " 07700 900123 ",
                "home", Map.of("line1", "12 Mill Lane", "town", "Leeds", "postcode", "LS1 4AP"), "petName", "Rex"));

        assertThat(fields).containsExactlyInAnyOrderEntriesOf(Map.of(PersonField.DATE_OF_BIRTH, "1984-02-17",
                PersonField.PHONE, "07700 900123", PersonField.POSTCODE, "LS1 4AP"));
    }

    @Test
    void leavesOutMissingBlankAndImpossibleAnswersRatherThanMatchOnThem() {
        assertThat(ApplicantAnswers.read(QUESTIONS, Map.of("dateOfBirth", "2099-01-01", "phone", "  ", "home", "not an address")))
                .isEmpty();
        assertThat(ApplicantAnswers.read(QUESTIONS, Map.of("dateOfBirth", "17/02/1984"))).isEmpty();
        assertThat(ApplicantAnswers.read(QUESTIONS, Map.of())).isEmpty();
    }

    @Test
    void settingsNameOnlyWhatAnApplicationCanSayAboutItsApplicant() {
        var settings = new PeopleSettings(Map.of("help-abroad", Map.of("date-of-birth", "dob", "phone", " phone ")), null);
        assertThat(settings.applicantFieldsOf("help-abroad")).isEqualTo(Map.of("date_of_birth", "dob", "phone", "phone"));
        assertThat(settings.applicantFieldsOf("victim-updates")).isEmpty();
        assertThat(settings.minRecordsToEstimate()).isEqualTo(1_000);

        assertThatThrownBy(() -> new PeopleSettings(Map.of("help-abroad", Map.of("surname", "name")), null))
                .hasMessageContaining("frontdoor.people.applicant-fields.help-abroad.surname")
                .hasMessageContaining("date_of_birth, phone or postcode");
        assertThatThrownBy(() -> new PeopleSettings(Map.of("help-abroad", Map.of("phone", " ")), null))
                .hasMessageContaining("name the question id");
        assertThatThrownBy(() -> new PeopleSettings(Map.of(), 1)).hasMessageContaining("at least 2");
    }
}
