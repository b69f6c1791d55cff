package org.frontdoor.support;

import java.util.List;
import java.util.Map;

/** Answers to the demo services in named states, as the API receives them. */
public final class Applications {

    private Applications() {
    }

    /** A lost passport abroad: routed to consular assistance, one working day to respond. */
    public static Map<String, Object> lostPassport() {
        return Map.of("helpType", "passport", "country", "Spain", "lostOn", "2026-11-20", "phone", "+34 600 123 456");
    }

    /** An arrest abroad: urgent, routed to the crisis response team. */
    public static Map<String, Object> arrestAbroad() {
        return Map.of("helpType", "arrest", "country", "Peru", "detainedName", "Sam Traveller", "detainedOn", "2026-11-21",
                "consentGiven", true, "phone", "+51 1 234 5678");
    }

    /** A carer asking for a grant and home adaptations, with the household listed. */
    public static Map<String, Object> carerAskingForAdaptations() {
        return Map.ofEntries(Map.entry("applyingFor", "someone-else"), Map.entry("clientName", "Mary Smith"),
                Map.entry("clientDateOfBirth", "1941-03-02"), Map.entry("relationship", "Daughter"),
                Map.entry("supportTypes", List.of("adaptations", "carers-grant")),
                Map.entry("needs", "Cannot climb the stairs any more"), Map.entry("grantAmount", "750.50"),
                Map.entry("grantPurpose", "Respite care"),
                Map.entry("address", Map.of("line1", "1 High Street", "town", "York", "postcode", "YO1 7HH")),
                Map.entry("householdMembers", List.of(Map.of("memberName", "John Smith", "memberRelationship", "Husband"))),
                Map.entry("phone", "01904 123456"));
    }

    /** A new crime report (Victim care), with the crime's kind and where it happened. */
    public static Map<String, Object> crimeReport(String crimeType, String postcode) {
        return Map.of("route", "new", "crimeType", crimeType, "happenedOn", "2026-11-01", "description", "My bike was taken",
                "location", Map.of("line1", "2 Station Road", "town", "Leeds", "postcode", postcode), "phone", "0113 496 0000",
                "supportReferral", false);
    }
}
