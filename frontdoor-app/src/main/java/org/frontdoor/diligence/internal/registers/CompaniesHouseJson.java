package org.frontdoor.diligence.internal.registers;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the Companies House public API's JSON: the company profile, the officer list and a
 * disqualified officer. Unknown fields are ignored and missing ones read as null, so a field the
 * register adds or drops changes nothing here. Plain Java, no Spring.
 */
final class CompaniesHouseJson {

    /** The only disqualification links followed: anything else in a response is not requested. */
    static final Pattern DISQUALIFICATION_LINK = Pattern.compile("/disqualified-officers/(natural|corporate)/[A-Za-z0-9_-]{1,64}");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CompaniesHouseJson() {
    }

    static CompanyRecord profile(String body, String source) {
        JsonNode root = JSON.readTree(body);
        // Some internal documents wrap the profile in "data"; the public API does not. Read both.
        JsonNode p = root.has("data") && root.get("data").isObject() ? root.get("data") : root;
        return new CompanyRecord(text(p, "company_number"), text(p, "company_name"), text(p, "company_status"),
                text(p, "company_status_detail"), text(p, "type"), date(p, "date_of_creation"), date(p, "date_of_cessation"),
                address(p.get("registered_office_address")), null, null, source);
    }

    static List<CompanyRecord.Officer> officers(String body) {
        var officers = new ArrayList<CompanyRecord.Officer>();
        for (JsonNode item : JSON.readTree(body).path("items")) {
            officers.add(new CompanyRecord.Officer(text(item, "name"), text(item, "officer_role"), date(item, "appointed_on"),
                    date(item, "resigned_on"), disqualificationLink(item.get("links")), List.of(), null));
        }
        return officers;
    }

    static List<CompanyRecord.Disqualification> disqualifications(String body) {
        var found = new ArrayList<CompanyRecord.Disqualification>();
        for (JsonNode d : JSON.readTree(body).path("disqualifications")) {
            JsonNode reason = d.path("reason");
            found.add(new CompanyRecord.Disqualification(date(d, "disqualified_from"), date(d, "disqualified_until"),
                    text(d, "disqualification_type"), text(reason, "description_identifier"), text(reason, "act")));
        }
        return found;
    }

    /** The first link under the officer's links that names a disqualified-officer record, else null. */
    private static String disqualificationLink(JsonNode links) {
        if (links == null) {
            return null;
        }
        if (links.isString()) {
            String value = links.asString();
            return DISQUALIFICATION_LINK.matcher(value).matches() ? value : null;
        }
        for (JsonNode child : links) {
            String found = disqualificationLink(child);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static String address(JsonNode a) {
        if (a == null || !a.isObject()) {
            return null;
        }
        var parts = new ArrayList<String>();
        for (String field : List.of("care_of", "po_box", "premises", "address_line_1", "address_line_2", "locality", "region",
                "postal_code", "country")) {
            String value = text(a, field);
            if (value != null) {
                parts.add(value);
            }
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull() || value.isContainer()) {
            return null;
        }
        String text = value.asString().trim();
        return text.isEmpty() ? null : text;
    }

    private static LocalDate date(JsonNode node, String field) {
        String text = text(node, field);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
