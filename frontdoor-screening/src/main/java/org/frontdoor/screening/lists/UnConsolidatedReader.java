package org.frontdoor.screening.lists;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the UN Security Council consolidated list XML ({@code CONSOLIDATED_LIST} with
 * {@code INDIVIDUAL} and {@code ENTITY} records). The entry id is the UN reference number
 * ("QDi.001"), or the DATAID when there is none. Alias fields holding several names separated by
 * semicolons are split.
 */
public final class UnConsolidatedReader {

    /** The list identifier of every entry read. */
    public static final String LIST = "un_sc_consolidated";

    private UnConsolidatedReader() {
    }

    /** Reads one consolidated list file. */
    public static SanctionsList read(Path file) {
        String source = file.toString();
        List<ListEntry> entries = new ArrayList<>();
        List<LoadProblem> problems = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = XmlReading.open(in);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT
                        && (xml.getLocalName().equals("INDIVIDUAL") || xml.getLocalName().equals("ENTITY"))) {
                    int line = xml.getLocation().getLineNumber();
                    boolean person = xml.getLocalName().equals("INDIVIDUAL");
                    Map<String, List<String>> fields = readRecord(xml);
                    ListEntry entry = toEntry(fields, person);
                    if (entry == null) {
                        problems.add(new LoadProblem(source, "line " + line, "record without id or name"));
                    } else {
                        entries.add(entry);
                    }
                }
            }
        } catch (XMLStreamException e) {
            problems.add(new LoadProblem(source, "line " + (e.getLocation() == null ? "?" : e.getLocation().getLineNumber()),
                    "malformed XML, rest of file skipped: " + e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SanctionsList(LIST, source, entries, problems);
    }

    /**
     * Flattens one record into "SECTION/LEAF" paths, e.g. "INDIVIDUAL_ALIAS/ALIAS_NAME" or
     * "FIRST_NAME", each with its values in document order. Repeated sections keep their values
     * aligned by index because every section writes its leaves (blank or not).
     */
    private static Map<String, List<String>> readRecord(XMLStreamReader xml) throws XMLStreamException {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        List<String> path = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                path.add(xml.getLocalName());
                text.setLength(0);
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                text.append(xml.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if (depth == 0) {
                    break;
                }
                String key = path.size() == 1 ? path.get(0) : path.get(0) + "/" + path.get(path.size() - 1);
                fields.computeIfAbsent(key, k -> new ArrayList<>()).add(text.toString().strip());
                path.remove(path.size() - 1);
                text.setLength(0);
            }
        }
        return fields;
    }

    private static ListEntry toEntry(Map<String, List<String>> f, boolean person) {
        EntryBuilder e = new EntryBuilder(LIST);
        String ref = first(f, "REFERENCE_NUMBER");
        e.id = ref != null ? ref : first(f, "DATAID");
        e.type = person ? EntryType.PERSON : EntryType.ENTITY;
        e.name(EntryBuilder.join(List.of(value(f, "FIRST_NAME"), value(f, "SECOND_NAME"), value(f, "THIRD_NAME"),
                value(f, "FOURTH_NAME"))).replace(", ", " "));
        if (e.id == null || e.primaryName == null) {
            return null;
        }
        e.variant(first(f, "NAME_ORIGINAL_SCRIPT"));
        String aliasSection = person ? "INDIVIDUAL_ALIAS" : "ENTITY_ALIAS";
        for (String alias : f.getOrDefault(aliasSection + "/ALIAS_NAME", List.of())) {
            for (String name : alias.split(";")) {
                e.name(name);
            }
        }
        for (String n : f.getOrDefault("NATIONALITY/VALUE", List.of())) {
            EntryBuilder.add(e.nationalities, n);
        }
        for (String d : f.getOrDefault("INDIVIDUAL_DATE_OF_BIRTH/DATE", List.of())) {
            EntryBuilder.add(e.birthDates, d.length() >= 10 ? d.substring(0, 10) : d);
        }
        for (String y : f.getOrDefault("INDIVIDUAL_DATE_OF_BIRTH/YEAR", List.of())) {
            EntryBuilder.add(e.birthDates, y);
        }
        for (String y : f.getOrDefault("INDIVIDUAL_DATE_OF_BIRTH/FROM_YEAR", List.of())) {
            EntryBuilder.add(e.birthDates, y);
        }
        String addressSection = person ? "INDIVIDUAL_ADDRESS" : "ENTITY_ADDRESS";
        List<String> streets = f.getOrDefault(addressSection + "/STREET", List.of());
        List<String> cities = f.getOrDefault(addressSection + "/CITY", List.of());
        List<String> countries = f.getOrDefault(addressSection + "/COUNTRY", List.of());
        // Address parts are optional per address, so they cannot be zipped reliably: keep each part.
        for (String part : concat(streets, cities, countries)) {
            EntryBuilder.add(e.addresses, part);
        }
        EntryBuilder.add(e.programmes, first(f, "UN_LIST_TYPE"));
        return e.build();
    }

    private static List<String> concat(List<String> a, List<String> b, List<String> c) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        all.addAll(c);
        return all;
    }

    private static String first(Map<String, List<String>> f, String key) {
        List<String> values = f.get(key);
        return values == null || values.isEmpty() ? null : EntryBuilder.clean(values.get(0));
    }

    private static String value(Map<String, List<String>> f, String key) {
        String v = first(f, key);
        return v == null ? "" : v;
    }
}
