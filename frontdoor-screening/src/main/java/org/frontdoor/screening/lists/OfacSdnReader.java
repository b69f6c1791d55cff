package org.frontdoor.screening.lists;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the US Treasury OFAC SDN list in its legacy headerless CSV layout: twelve columns
 * (ent_num, SDN_Name, SDN_Type, Program, Title, Call_Sign, Vess_type, Tonnage, GRT, Vess_flag,
 * Vess_owner, Remarks), {@code -0-} for empty, Latin-1, a ^Z on the last line.
 *
 * <p>When {@code alt.csv} and {@code add.csv} lie beside the file they supply aliases and
 * addresses. Without them, aliases, dates of birth and nationalities are taken from the remarks
 * ("a.k.a. 'X'; DOB 10 Dec 1948; nationality Iran"), where the full file also carries them.
 * Each record is parsed on its own line so that one broken line is reported and skipped.
 */
public final class OfacSdnReader {

    /** The list identifier of every entry read. */
    public static final String LIST = "us_ofac_sdn";

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setTrim(true).get();
    // An alias ends at a quote followed by a separator, not at an apostrophe inside it ("AL-ZA'IM").
    private static final Pattern ALIAS = Pattern.compile("\\b[afn]\\.k\\.a\\.,?\\s+'(.+?)'(?=\\s*(?:;|\\)|\\.?\\s*$|\\.\\s))");
    private static final Pattern DOB = Pattern.compile(
            "\\bDOB\\s+(?:circa\\s+)?(?:(\\d{1,2})\\s+)?(?:([A-Z][a-z]{2})\\s+)?(\\d{4})");
    private static final Pattern NATIONALITY = Pattern.compile(
            "\\b(?:nationality|citizen)\\s+([A-Z][A-Za-z ,.'()-]+?)(?=;|\\.?$|\\s+\\()");
    private static final List<String> MONTHS = List.of(
            "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    private OfacSdnReader() {
    }

    /** Reads {@code sdnFile} and, if present beside it, {@code alt.csv} and {@code add.csv}. */
    public static SanctionsList read(Path sdnFile) {
        List<LoadProblem> problems = new ArrayList<>();
        Map<String, EntryBuilder> entries = new LinkedHashMap<>();
        String source = sdnFile.toString();
        forEachLine(sdnFile, problems, 12, (fields, lineNo) -> {
            String id = fields.get(0).strip();
            if (!id.matches("\\d+")) {
                problems.add(new LoadProblem(source, "line " + lineNo, "entry number is not a number: " + id));
                return;
            }
            EntryBuilder e = new EntryBuilder(LIST);
            e.id = id;
            e.name(fields.get(1));
            if (e.primaryName == null) {
                problems.add(new LoadProblem(source, "line " + lineNo, "entry " + id + " has no name"));
                return;
            }
            e.type = typeOf(EntryBuilder.clean(fields.get(2)));
            String program = EntryBuilder.clean(fields.get(3));
            if (program != null) {
                for (String p : program.replace("[", "").split("\\]")) {
                    EntryBuilder.add(e.programmes, p);
                }
            }
            String remarks = EntryBuilder.clean(fields.get(11));
            if (remarks != null) {
                readRemarks(remarks, e);
            }
            entries.put(id, e);
        });
        Path dir = sdnFile.toAbsolutePath().getParent();
        Path alt = dir.resolve("alt.csv");
        if (Files.isRegularFile(alt)) {
            forEachLine(alt, problems, 4, (fields, lineNo) -> {
                EntryBuilder e = entries.get(fields.get(0).strip());
                if (e != null) {
                    e.name(fields.get(3));
                }
            });
        }
        Path add = dir.resolve("add.csv");
        if (Files.isRegularFile(add)) {
            forEachLine(add, problems, 5, (fields, lineNo) -> {
                EntryBuilder e = entries.get(fields.get(0).strip());
                if (e != null) {
                    EntryBuilder.add(e.addresses, EntryBuilder.join(fields.subList(2, 5)));
                }
            });
        }
        return new SanctionsList(LIST, source, entries.values().stream().map(EntryBuilder::build).toList(), problems);
    }

    private interface RowHandler {
        void handle(List<String> fields, int lineNo);
    }

    private static void forEachLine(Path file, List<LoadProblem> problems, int minFields, RowHandler handler) {
        String[] lines = TextFiles.read(file).split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            int lineNo = i + 1;
            List<String> fields;
            try (CSVParser parser = CSVParser.parse(new StringReader(line), FORMAT)) {
                List<CSVRecord> records = parser.getRecords();
                fields = records.isEmpty() ? List.of() : records.get(0).toList();
            } catch (IOException | RuntimeException ex) {
                problems.add(new LoadProblem(file.toString(), "line " + lineNo, "unreadable CSV: " + ex.getMessage()));
                continue;
            }
            if (fields.size() < minFields) {
                problems.add(new LoadProblem(file.toString(), "line " + lineNo,
                        "expected " + minFields + " fields, found " + fields.size()));
                continue;
            }
            handler.handle(fields, lineNo);
        }
    }

    private static EntryType typeOf(String sdnType) {
        if (sdnType == null) {
            return EntryType.ENTITY;
        }
        return switch (sdnType.toLowerCase(Locale.ROOT)) {
            case "individual" -> EntryType.PERSON;
            case "vessel" -> EntryType.VESSEL;
            case "aircraft" -> EntryType.AIRCRAFT;
            default -> EntryType.ENTITY;
        };
    }

    private static void readRemarks(String remarks, EntryBuilder e) {
        Matcher alias = ALIAS.matcher(remarks);
        while (alias.find()) {
            e.name(alias.group(1));
        }
        Matcher dob = DOB.matcher(remarks);
        while (dob.find()) {
            EntryBuilder.add(e.birthDates, isoDate(dob.group(1), dob.group(2), dob.group(3)));
        }
        Matcher nationality = NATIONALITY.matcher(remarks);
        while (nationality.find()) {
            EntryBuilder.add(e.nationalities, nationality.group(1));
        }
    }

    /** An ISO date from "10", "Dec", "1948" with day and month optional. */
    static String isoDate(String day, String month, String year) {
        int m = month == null ? -1 : MONTHS.indexOf(month.toLowerCase(Locale.ROOT));
        if (m < 0) {
            return year;
        }
        String ym = year + "-" + String.format(Locale.ROOT, "%02d", m + 1);
        return day == null ? ym : ym + "-" + String.format(Locale.ROOT, "%02d", Integer.parseInt(day));
    }
}
