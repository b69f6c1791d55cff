package org.frontdoor.screening.lists;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the EU Financial Sanctions Files (FSF) XML export: {@code sanctionEntity} elements with
 * {@code subjectType}, {@code nameAlias}, {@code citizenship}, {@code birthdate}, {@code address}
 * and {@code regulation} children, data in attributes. The entry id is the {@code logicalId};
 * the first name alias is the primary name. An entity without any name is reported and skipped.
 */
public final class EuFinancialSanctionsReader {

    /** The list identifier of every entry read. */
    public static final String LIST = "eu_fsf";

    private EuFinancialSanctionsReader() {
    }

    /** Reads one FSF export file. */
    public static SanctionsList read(Path file) {
        String source = file.toString();
        List<ListEntry> entries = new ArrayList<>();
        List<LoadProblem> problems = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = XmlReading.open(in);
            EntryBuilder current = null;
            int line = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String element = xml.getLocalName();
                    if (element.equals("sanctionEntity")) {
                        current = new EntryBuilder(LIST);
                        current.id = EntryBuilder.clean(XmlReading.attribute(xml, "logicalId"));
                        line = xml.getLocation().getLineNumber();
                    } else if (current != null) {
                        readChild(xml, element, current);
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("sanctionEntity")
                        && current != null) {
                    if (current.id == null || current.primaryName == null) {
                        problems.add(new LoadProblem(source, "line " + line,
                                "sanctionEntity " + current.id + " has no id or no name"));
                    } else {
                        entries.add(current.build());
                    }
                    current = null;
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

    private static void readChild(XMLStreamReader xml, String element, EntryBuilder e) {
        switch (element) {
            case "subjectType" -> e.type = switch (XmlReading.attribute(xml, "code")) {
                case "person" -> EntryType.PERSON;
                case "vessel" -> EntryType.VESSEL;
                default -> EntryType.ENTITY;
            };
            case "nameAlias" -> {
                String whole = XmlReading.attribute(xml, "wholeName");
                e.name(!whole.isBlank() ? whole : String.join(" ", XmlReading.attribute(xml, "firstName"),
                        XmlReading.attribute(xml, "middleName"), XmlReading.attribute(xml, "lastName")));
            }
            case "citizenship" -> EntryBuilder.add(e.nationalities, XmlReading.attribute(xml, "countryDescription"));
            case "birthdate" -> {
                String date = XmlReading.attribute(xml, "birthdate");
                EntryBuilder.add(e.birthDates, !date.isBlank() ? date : XmlReading.attribute(xml, "year"));
            }
            case "address" -> EntryBuilder.add(e.addresses, EntryBuilder.join(List.of(
                    XmlReading.attribute(xml, "street"), XmlReading.attribute(xml, "poBox"),
                    XmlReading.attribute(xml, "city"), XmlReading.attribute(xml, "zipCode"),
                    XmlReading.attribute(xml, "countryDescription"))));
            case "regulation" -> EntryBuilder.add(e.programmes, XmlReading.attribute(xml, "programme"));
            default -> {
                // Remarks, identifications and contact details are not used for screening.
            }
        }
    }
}
