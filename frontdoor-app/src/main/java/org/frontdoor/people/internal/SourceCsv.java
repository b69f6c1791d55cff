package org.frontdoor.people.internal;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.frontdoor.linkage.config.LinkageSettings;
import org.frontdoor.linkage.io.ColumnMapping;
import org.frontdoor.linkage.io.CsvReader;
import org.frontdoor.linkage.record.PersonField;
import org.frontdoor.linkage.record.PersonRecord;

/**
 * Reads a source's CSV file with the engine's robust reader and header recognition: an {@code id}
 * column (the record's id in its source), any person columns the engine recognises, and optionally
 * {@code updated_at} (ISO date or date-time: when the source last changed the record). Rows the reader
 * cannot parse, and rows without an id, without a name, with an impossible date of birth or with an
 * id seen earlier in the file, are reported with their line numbers; the rest are returned.
 */
final class SourceCsv {

    static final String ID_COLUMN = "id";
    static final String UPDATED_COLUMN = "updated_at";

    private static final Pattern READER_PROBLEM = Pattern.compile("^upload: line (\\d+): (.*?)(; row skipped)?$");

    record Row(long line, String sourceRecordId, Map<PersonField, String> fields, Instant recordedAt) {
    }

    record Parsed(List<Row> rows, List<ImportReport.BadRow> badRows) {
    }

    private SourceCsv() {
    }

    static Parsed parse(String text) {
        var problemText = new ByteArrayOutputStream();
        var problems = new PrintStream(problemText, true, StandardCharsets.UTF_8);
        List<String[]> raw = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        List<ImportReport.BadRow> bad = new ArrayList<>();
        CsvReader.Summary summary;
        try {
            summary = new CsvReader(StandardCharsets.UTF_8, null, problems).read(text, "upload", (line, fields) -> {
                raw.add(fields);
                lines.add(line);
            });
        } catch (IllegalArgumentException e) {
            bad.add(new ImportReport.BadRow(1, null, "The file has no header line"));
            return new Parsed(List.of(), bad);
        }
        for (String problem : problemText.toString(StandardCharsets.UTF_8).split("\\R")) {
            var m = READER_PROBLEM.matcher(problem.strip());
            if (m.matches()) {
                bad.add(new ImportReport.BadRow(Long.parseLong(m.group(1)), null, m.group(2)));
            }
        }
        ColumnMapping mapping;
        try {
            mapping = ColumnMapping.recognise(summary.header(), ID_COLUMN, Map.of(), Set.of(UPDATED_COLUMN),
                    LinkageSettings.DEFAULT_NULL_MARKERS);
        } catch (IllegalArgumentException e) {
            bad.add(new ImportReport.BadRow(1, null, "The header needs an 'id' column and at least one person column such as "
                    + "given_name, surname or date_of_birth"));
            return new Parsed(List.of(), bad);
        }
        int updatedColumn = -1;
        for (int i = 0; i < summary.header().size(); i++) {
            if (summary.header().get(i).strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "_").equals(UPDATED_COLUMN)) {
                updatedColumn = i;
            }
        }
        List<Row> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            String[] fields = raw.get(i);
            long line = lines.get(i);
            PersonRecord record = mapping.toRecord(fields, "");
            String id = record.id() == null ? "" : record.id().strip();
            String problem = problemOf(record, id, seen);
            Instant recordedAt = null;
            if (problem == null && updatedColumn >= 0 && !fields[updatedColumn].isBlank()) {
                recordedAt = instant(fields[updatedColumn].strip());
                if (recordedAt == null) {
                    problem = "updated_at is not a date (use 2026-03-31 or 2026-03-31T09:30:00Z)";
                }
            }
            if (problem != null) {
                bad.add(new ImportReport.BadRow(line, id.isEmpty() ? null : id, problem));
            } else {
                seen.add(id);
                rows.add(new Row(line, id, record.values(), recordedAt));
            }
        }
        bad.sort(java.util.Comparator.comparingLong(ImportReport.BadRow::line));
        return new Parsed(rows, bad);
    }

    /** Why a record cannot be taken, or null. Shared with the JSON API. */
    static String problemOf(PersonRecord record, String id, Set<String> seenIds) {
        if (id.isEmpty()) {
            return "The id is missing";
        }
        if (id.length() > 200) {
            return "The id is longer than 200 characters";
        }
        if (seenIds.contains(id)) {
            return "The id " + id + " appears earlier in the file";
        }
        if (record.get(PersonField.GIVEN_NAME) == null && record.get(PersonField.SURNAME) == null) {
            return "A given name or a surname is needed";
        }
        String dob = record.get(PersonField.DATE_OF_BIRTH);
        if (dob != null && birthDateProblem(dob) != null) {
            return birthDateProblem(dob);
        }
        for (var entry : record.values().entrySet()) {
            if (entry.getValue().length() > 500) {
                return entry.getKey().key() + " is longer than 500 characters";
            }
        }
        return null;
    }

    static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }

    /** What is wrong with a date of birth (ISO, not in the future, not before 1880), or null. */
    static String birthDateProblem(String dob) {
        try {
            var date = LocalDate.parse(dob.strip());
            if (date.isAfter(LocalDate.now()) || date.getYear() < 1880) {
                return "The date of birth " + dob + " is not possible";
            }
            return null;
        } catch (DateTimeParseException e) {
            return "The date of birth " + dob + " is not a date like 1980-04-23";
        }
    }
}
