package org.frontdoor.linkage.io;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.frontdoor.linkage.record.BirthDate;
import org.frontdoor.linkage.record.PersonField;
import org.frontdoor.linkage.record.PersonRecord;

/**
 * Which columns of a file hold which person field, recognised from the headers (case-insensitive, with
 * common synonyms) or given explicitly. Columns that are not recognised, such as a cluster label, are never
 * read. Address lines are joined; a date of birth may come from separate day, month and year columns; a single
 * full-name column is split into given name and surname. Immutable.
 */
public final class ColumnMapping {

    private static final Map<PersonField, Set<String>> SYNONYMS = Map.ofEntries(
            Map.entry(PersonField.GIVEN_NAME, Set.of("given_name", "first_name", "firstname", "forename", "forenames",
                    "given", "givenname", "given_names", "fname", "first", "christian_name", "name_first",
                    "first_names", "voornaam", "prenom", "vorname")),
            Map.entry(PersonField.SURNAME, Set.of("surname", "last_name", "lastname", "family_name", "familyname",
                    "lname", "last", "name_last", "second_name", "achternaam", "nom", "nachname", "surnames")),
            Map.entry(PersonField.DATE_OF_BIRTH, Set.of("date_of_birth", "dob", "birth_date", "birthdate",
                    "dateofbirth", "birthday", "date_birth", "born", "birth_dt", "geboortedatum")),
            Map.entry(PersonField.LOCALITY, Set.of("suburb", "city", "town", "birth_place", "place_of_birth",
                    "birthplace", "locality", "village", "municipality", "place", "residence", "town_city",
                    "city_town", "woonplaats", "ville", "stadt")),
            Map.entry(PersonField.POSTCODE, Set.of("postcode", "zip", "zipcode", "zip_code", "postal_code",
                    "post_code", "postalcode", "postcode_fake", "plz", "zip5")),
            Map.entry(PersonField.STATE, Set.of("state", "county", "region", "province", "state_code")),
            Map.entry(PersonField.EMAIL, Set.of("email", "e_mail", "email_address", "mail", "emailaddress")),
            Map.entry(PersonField.PHONE, Set.of("phone", "telephone", "phone_number", "mobile", "tel", "cell",
                    "phone_no", "telephone_number", "mobile_number", "phonenumber", "cellphone")),
            Map.entry(PersonField.GENDER, Set.of("gender", "sex")),
            Map.entry(PersonField.IDENTIFIER, Set.of("soc_sec_id", "ssn", "nino", "national_insurance_number",
                    "ni_number", "social_security_number", "national_id", "nhs_number", "passport_number",
                    "tax_id", "sin", "bsn", "personal_id", "national_identifier", "id_number", "socsec",
                    "social_security_id", "national_insurance_no", "ni_no", "citizen_id", "personnummer")));

    private static final Set<String> FULL_NAME = Set.of("name", "full_name", "fullname", "person_name", "names");
    private static final Set<String> BIRTH_DAY = Set.of("day_of_birth", "birth_day", "dob_day", "bday", "day");
    private static final Set<String> BIRTH_MONTH = Set.of("month_of_birth", "birth_month", "dob_month", "month",
            "mob", "bmonth");
    private static final Set<String> BIRTH_YEAR = Set.of("year_of_birth", "birth_year", "dob_year", "yob", "year",
            "byear");
    private static final List<String> ADDRESS_STARTS = List.of("address", "addr", "street", "house_number",
            "house_no", "housenumber", "line_", "flat", "building", "road");

    private final int idColumn;
    private final Map<PersonField, List<Integer>> columns;
    private final int fullNameColumn;
    private final int[] birthParts;
    private final Set<String> nullMarkers;
    private final List<String> header;

    private ColumnMapping(List<String> header, int idColumn, Map<PersonField, List<Integer>> columns,
            int fullNameColumn, int[] birthParts, Set<String> nullMarkers) {
        this.header = List.copyOf(header);
        this.idColumn = idColumn;
        this.columns = columns;
        this.fullNameColumn = fullNameColumn;
        this.birthParts = birthParts;
        this.nullMarkers = nullMarkers;
    }

    /**
     * Recognises the columns of a header.
     *
     * @param idColumn     header of the identifier column (case-insensitive); null to number rows instead
     * @param explicit     columns given in configuration per field; they win over recognition
     * @param ignored      headers never to use
     * @param nullMarkers  values meaning missing (compared trimmed and case-insensitively)
     * @throws IllegalArgumentException when the id column is absent or no person field is recognised
     */
    public static ColumnMapping recognise(List<String> header, String idColumn,
            Map<PersonField, List<String>> explicit, Set<String> ignored, Set<String> nullMarkers) {
        List<String> keys = header.stream().map(ColumnMapping::headerKey).toList();
        int id = -1;
        if (idColumn != null) {
            id = indexOf(keys, headerKey(idColumn));
            if (id < 0) {
                throw new IllegalArgumentException("id column '" + idColumn + "' not found; columns are " + header);
            }
        }
        boolean[] used = new boolean[header.size()];
        if (id >= 0) {
            used[id] = true;
        }
        for (String name : ignored) {
            int i = indexOf(keys, headerKey(name));
            if (i >= 0) {
                used[i] = true;
            }
        }
        Map<PersonField, List<Integer>> columns = new EnumMap<>(PersonField.class);
        explicit.forEach((field, names) -> {
            List<Integer> indices = new ArrayList<>();
            for (String name : names) {
                int i = indexOf(keys, headerKey(name));
                if (i < 0) {
                    throw new IllegalArgumentException("configured column '" + name + "' not found in " + header);
                }
                indices.add(i);
                used[i] = true;
            }
            columns.put(field, indices);
        });
        int[] birthParts = {-1, -1, -1};
        int fullName = -1;
        for (int i = 0; i < keys.size(); i++) {
            if (used[i]) {
                continue;
            }
            String key = keys.get(i);
            PersonField field = fieldOf(key);
            if (field != null && !explicit.containsKey(field)) {
                if (field == PersonField.ADDRESS || !columns.containsKey(field)) {
                    columns.computeIfAbsent(field, f -> new ArrayList<>()).add(i);
                }
            } else if (FULL_NAME.contains(key) && fullName < 0) {
                fullName = i;
            } else if (BIRTH_YEAR.contains(key)) {
                birthParts[0] = i;
            } else if (BIRTH_MONTH.contains(key)) {
                birthParts[1] = i;
            } else if (BIRTH_DAY.contains(key)) {
                birthParts[2] = i;
            }
        }
        // Second pass, for headers such as res_street_address or res_city_desc: a known word inside the header
        // claims a field that no column claimed outright, so "mother_last_name" never beats "last_name".
        for (int i = 0; i < keys.size(); i++) {
            if (used[i] || claimed(i, columns, fullName, birthParts)) {
                continue;
            }
            PersonField field = fieldContaining(keys.get(i));
            if (field != null && !explicit.containsKey(field)
                    && (field == PersonField.ADDRESS || !columns.containsKey(field))) {
                columns.computeIfAbsent(field, f -> new ArrayList<>()).add(i);
            }
        }
        boolean hasParts = birthParts[0] >= 0 && !columns.containsKey(PersonField.DATE_OF_BIRTH);
        if (!hasParts) {
            birthParts = null;
        }
        if (columns.containsKey(PersonField.GIVEN_NAME) || columns.containsKey(PersonField.SURNAME)) {
            fullName = -1;
        }
        if (columns.isEmpty() && fullName < 0 && birthParts == null) {
            throw new IllegalArgumentException("no person columns recognised in " + header
                    + "; name them in a configuration file (columns:)");
        }
        return new ColumnMapping(header, id, columns, fullName, birthParts, Set.copyOf(
                nullMarkers.stream().map(m -> m.trim().toLowerCase(Locale.ROOT)).toList()));
    }

    private static PersonField fieldOf(String key) {
        for (PersonField field : List.of(PersonField.EMAIL, PersonField.PHONE, PersonField.POSTCODE,
                PersonField.DATE_OF_BIRTH, PersonField.GIVEN_NAME, PersonField.SURNAME, PersonField.LOCALITY,
                PersonField.STATE, PersonField.GENDER, PersonField.IDENTIFIER)) {
            if (SYNONYMS.get(field).contains(key)) {
                return field;
            }
        }
        for (String start : ADDRESS_STARTS) {
            if (key.startsWith(start)) {
                return PersonField.ADDRESS;
            }
        }
        return null;
    }

    private static final List<Map.Entry<String, PersonField>> CONTAINED_WORDS = List.of(
            Map.entry("email", PersonField.EMAIL), Map.entry("e_mail", PersonField.EMAIL),
            Map.entry("phone", PersonField.PHONE), Map.entry("mobile", PersonField.PHONE),
            Map.entry("zip", PersonField.POSTCODE), Map.entry("postcode", PersonField.POSTCODE),
            Map.entry("postal", PersonField.POSTCODE),
            Map.entry("birth_date", PersonField.DATE_OF_BIRTH), Map.entry("date_of_birth", PersonField.DATE_OF_BIRTH),
            Map.entry("dob", PersonField.DATE_OF_BIRTH),
            Map.entry("first_name", PersonField.GIVEN_NAME), Map.entry("firstname", PersonField.GIVEN_NAME),
            Map.entry("given_name", PersonField.GIVEN_NAME), Map.entry("forename", PersonField.GIVEN_NAME),
            Map.entry("surname", PersonField.SURNAME), Map.entry("last_name", PersonField.SURNAME),
            Map.entry("lastname", PersonField.SURNAME), Map.entry("family_name", PersonField.SURNAME),
            Map.entry("city", PersonField.LOCALITY), Map.entry("town", PersonField.LOCALITY),
            Map.entry("suburb", PersonField.LOCALITY),
            Map.entry("gender", PersonField.GENDER),
            Map.entry("address", PersonField.ADDRESS), Map.entry("street", PersonField.ADDRESS));

    private static PersonField fieldContaining(String key) {
        // Whole words only: "ethnicity" must not read as a city.
        String padded = "_" + key + "_";
        for (Map.Entry<String, PersonField> word : CONTAINED_WORDS) {
            if (padded.contains("_" + word.getKey() + "_")) {
                return word.getValue();
            }
        }
        return null;
    }

    private static boolean claimed(int column, Map<PersonField, List<Integer>> columns, int fullName,
            int[] birthParts) {
        if (column == fullName || column == birthParts[0] || column == birthParts[1] || column == birthParts[2]) {
            return true;
        }
        for (List<Integer> indices : columns.values()) {
            if (indices.contains(column)) {
                return true;
            }
        }
        return false;
    }

    /** Lower case, every run of other characters than letters and digits as one underscore. */
    static String headerKey(String header) {
        return header.trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }

    private static int indexOf(List<String> keys, String key) {
        return keys.indexOf(key);
    }

    /** The person record of a row; {@code fallbackId} is used when there is no id column. */
    public PersonRecord toRecord(String[] row, String fallbackId) {
        Map<PersonField, String> values = new EnumMap<>(PersonField.class);
        columns.forEach((field, indices) -> {
            if (field == PersonField.ADDRESS) {
                StringBuilder joined = new StringBuilder();
                for (int i : indices) {
                    String v = value(row, i);
                    if (v != null) {
                        joined.append(joined.isEmpty() ? "" : " ").append(v);
                    }
                }
                if (!joined.isEmpty()) {
                    values.put(field, joined.toString());
                }
            } else {
                for (int i : indices) {
                    String v = value(row, i);
                    if (v != null) {
                        values.put(field, v);
                        break;
                    }
                }
            }
        });
        if (fullNameColumn >= 0) {
            splitFullName(value(row, fullNameColumn), values);
        }
        if (birthParts != null) {
            BirthDate date = BirthDate.fromParts(value(row, birthParts[0]),
                    birthParts[1] < 0 ? null : value(row, birthParts[1]),
                    birthParts[2] < 0 ? null : value(row, birthParts[2]));
            if (date.year() > 0) {
                values.put(PersonField.DATE_OF_BIRTH, String.format("%04d-%02d-%02d", date.year(), date.month(),
                        date.day()));
            }
        }
        String id = idColumn >= 0 ? row[idColumn] : fallbackId;
        return new PersonRecord(id == null ? fallbackId : id, values);
    }

    private static void splitFullName(String name, Map<PersonField, String> values) {
        if (name == null) {
            return;
        }
        int comma = name.indexOf(',');
        if (comma > 0) {
            values.put(PersonField.SURNAME, name.substring(0, comma).trim());
            values.put(PersonField.GIVEN_NAME, name.substring(comma + 1).trim());
            return;
        }
        String trimmed = name.trim();
        int space = trimmed.lastIndexOf(' ');
        if (space < 0) {
            values.put(PersonField.SURNAME, trimmed);
        } else {
            values.put(PersonField.GIVEN_NAME, trimmed.substring(0, space).trim());
            values.put(PersonField.SURNAME, trimmed.substring(space + 1));
        }
    }

    private String value(String[] row, int index) {
        String v = row[index];
        if (v == null) {
            return null;
        }
        String t = v.strip();
        return nullMarkers.contains(t.toLowerCase(Locale.ROOT)) ? null : t;
    }

    /** A readable description of the mapping, for progress output. */
    public String describe() {
        Map<String, String> parts = new LinkedHashMap<>();
        if (idColumn >= 0) {
            parts.put("id", header.get(idColumn));
        }
        columns.forEach((field, indices) -> parts.put(field.key(),
                String.join("+", indices.stream().map(header::get).toList())));
        if (fullNameColumn >= 0) {
            parts.put("full name", header.get(fullNameColumn));
        }
        if (birthParts != null) {
            parts.put("date_of_birth", "year/month/day columns");
        }
        return parts.toString();
    }
}
