package org.frontdoor.screening.lists;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the UK HM Treasury / OFSI consolidated list in its ConList.csv layout: row 1 is
 * "Last Updated,date", row 2 the header, then one row per name variant; rows sharing a Group ID
 * form one entry. Both the current layout (with non-Latin script names) and the legacy 2016
 * layout (Windows-1252, "Prime Alias") are read, by header name rather than position.
 */
public final class OfsiConListReader {

    /** The list identifier of every entry read. */
    public static final String LIST = "gb_hmt_ofsi";

    private static final String[] GIVEN_NAMES = {"Name 1", "Name 2", "Name 3", "Name 4", "Name 5"};
    private static final String[] ADDRESS = {"Address 1", "Address 2", "Address 3", "Address 4", "Address 5",
            "Address 6", "Post/Zip Code", "Country"};

    private OfsiConListReader() {
    }

    /** Reads one ConList.csv file. */
    public static SanctionsList read(Path file) {
        String source = file.toString();
        String text = TextFiles.read(file);
        int firstBreak = text.indexOf('\n');
        String body = text.startsWith("Last Updated") && firstBreak >= 0 ? text.substring(firstBreak + 1) : text;
        int lineOffset = body == text ? 0 : 1;
        List<LoadProblem> problems = new ArrayList<>();
        Map<String, EntryBuilder> groups = new LinkedHashMap<>();
        Map<String, Boolean> hasPrimary = new LinkedHashMap<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setAllowMissingColumnNames(true).setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(body), format)) {
            Iterator<CSVRecord> rows = parser.iterator();
            while (rows.hasNext()) {
                CSVRecord row = rows.next();
                String position = "record " + row.getRecordNumber() + " (line " + (row.getParser().getCurrentLineNumber() + lineOffset) + ")";
                String group = EntryBuilder.clean(get(row, "Group ID"));
                if (group == null) {
                    problems.add(new LoadProblem(source, position, "no Group ID"));
                    continue;
                }
                String name = fullName(row);
                if (name == null) {
                    problems.add(new LoadProblem(source, position, "group " + group + " row has no name"));
                    continue;
                }
                EntryBuilder e = groups.computeIfAbsent(group, g -> newEntry(g, row));
                String aliasType = get(row, "Alias Type").toLowerCase(Locale.ROOT);
                boolean primary = aliasType.equals("primary name") || aliasType.equals("prime alias");
                if (primary && !hasPrimary.getOrDefault(group, false)) {
                    // The primary row may come after variants: it takes the primary place.
                    if (e.primaryName != null && !e.primaryName.equals(name)) {
                        e.aliases.add(e.primaryName);
                    }
                    e.primaryName = name;
                    hasPrimary.put(group, true);
                } else if (aliasType.equals("primary name variation")) {
                    e.variant(name);
                } else {
                    e.name(name);
                }
                String nonLatin = get(row, "Name Non-Latin Script");
                if (primary || aliasType.equals("primary name variation")) {
                    e.variant(nonLatin);
                } else {
                    e.name(nonLatin);
                }
                EntryBuilder.add(e.birthDates, isoDate(get(row, "DOB")));
                EntryBuilder.add(e.nationalities, get(row, "Nationality"));
                EntryBuilder.add(e.programmes, get(row, "Regime"));
                List<String> address = new ArrayList<>();
                for (String column : ADDRESS) {
                    address.add(get(row, column));
                }
                EntryBuilder.add(e.addresses, EntryBuilder.join(address));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException ex) {
            problems.add(new LoadProblem(source, "after " + groups.size() + " groups",
                    "unreadable CSV, rest of file skipped: " + ex.getMessage()));
        }
        List<ListEntry> entries = new ArrayList<>(groups.size());
        for (EntryBuilder e : groups.values()) {
            entries.add(e.build());
        }
        return new SanctionsList(LIST, source, entries, problems);
    }

    private static EntryBuilder newEntry(String group, CSVRecord row) {
        EntryBuilder e = new EntryBuilder(LIST);
        e.id = group;
        e.type = switch (get(row, "Group Type").toLowerCase(Locale.ROOT)) {
            case "individual" -> EntryType.PERSON;
            case "ship" -> EntryType.VESSEL;
            default -> EntryType.ENTITY;
        };
        return e;
    }

    /** Given names (Name 1 to 5) then the family or entity name (Name 6). */
    private static String fullName(CSVRecord row) {
        List<String> parts = new ArrayList<>();
        for (String column : GIVEN_NAMES) {
            parts.add(get(row, column));
        }
        parts.add(get(row, "Name 6"));
        return EntryBuilder.clean(String.join(" ", parts));
    }

    private static String get(CSVRecord row, String column) {
        return row.isMapped(column) && row.isSet(column) ? row.get(column) : "";
    }

    /** "dd/mm/yyyy" with "00" for unknown parts, to ISO {@code yyyy[-MM[-dd]]}. */
    static String isoDate(String dob) {
        String d = EntryBuilder.clean(dob);
        if (d == null) {
            return null;
        }
        String[] parts = d.split("/");
        if (parts.length != 3 || !parts[2].matches("\\d{4}")) {
            return d.matches("\\d{4}") ? d : null;
        }
        if (parts[1].equals("00") || parts[1].equals("0")) {
            return parts[2];
        }
        String ym = parts[2] + "-" + pad(parts[1]);
        return parts[0].equals("00") || parts[0].equals("0") ? ym : ym + "-" + pad(parts[0]);
    }

    private static String pad(String part) {
        return part.length() == 1 ? "0" + part : part;
    }
}
