package org.frontdoor.people.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.frontdoor.linkage.record.PersonField;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the person registry.
 *
 * @param applicantFields      per service id, the question holding each fact about the applicant that
 *                             matching uses besides the account's name and email
 *                             ({@code frontdoor.people.applicant-fields.<serviceId>.date_of_birth=dateOfBirth});
 *                             a part of an address answer is named with a dot ({@code address.postcode}).
 *                             Only questions about the applicant belong here, never about someone they apply for.
 * @param minRecordsToEstimate from this many records on, retraining estimates the model on the registry
 *                             itself; below, it refines the shipped model's estimate
 */
@ConfigurationProperties("frontdoor.people")
record PeopleSettings(Map<String, Map<String, String>> applicantFields, Integer minRecordsToEstimate) {

    /** What an application can tell about its applicant; name and email come from the account. */
    static final Set<PersonField> FROM_ANSWERS = Set.of(PersonField.DATE_OF_BIRTH, PersonField.PHONE, PersonField.POSTCODE);

    PeopleSettings {
        Map<String, Map<String, String>> checked = new LinkedHashMap<>();
        if (applicantFields != null) {
            applicantFields.forEach((service, fields) -> {
                Map<String, String> byField = new LinkedHashMap<>();
                (fields == null ? Map.<String, String>of() : fields).forEach((field, question) -> {
                    var key = field.strip().replace('-', '_');
                    if (FROM_ANSWERS.stream().noneMatch(f -> f.key().equals(key))) {
                        throw new IllegalArgumentException("frontdoor.people.applicant-fields." + service + "." + field
                                + ": matching takes date_of_birth, phone or postcode from answers, not '" + field + "'");
                    }
                    if (question == null || question.isBlank()) {
                        throw new IllegalArgumentException("frontdoor.people.applicant-fields." + service + "." + field
                                + ": name the question id that holds it");
                    }
                    byField.put(key, question.strip());
                });
                checked.put(service, Map.copyOf(byField));
            });
        }
        applicantFields = Map.copyOf(checked);
        minRecordsToEstimate = minRecordsToEstimate == null ? 1_000 : minRecordsToEstimate;
        if (minRecordsToEstimate < 2) {
            throw new IllegalArgumentException("frontdoor.people.min-records-to-estimate must be at least 2");
        }
    }

    /** Question ids by person field key for a service; empty when it asks nothing matching can use. */
    Map<String, String> applicantFieldsOf(String serviceId) {
        return applicantFields.getOrDefault(serviceId, Map.of());
    }
}
