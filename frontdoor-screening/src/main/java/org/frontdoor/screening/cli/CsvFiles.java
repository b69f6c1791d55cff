package org.frontdoor.screening.cli;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** CSV input with a header row, and CSV output; UTF-8 both ways. */
final class CsvFiles {

    private CsvFiles() {
    }

    record Table(List<String> header, List<CSVRecord> rows) {
        int column(String name) {
            for (int i = 0; i < header.size(); i++) {
                if (header.get(i).strip().toLowerCase(Locale.ROOT).equals(name)) {
                    return i;
                }
            }
            return -1;
        }

        int requiredColumn(String name) {
            int i = column(name);
            if (i < 0) {
                throw new UsageException("input has no column '" + name + "' (columns: " + header + ")");
            }
            return i;
        }

        static String value(CSVRecord row, int column) {
            return column >= 0 && column < row.size() ? row.get(column) : "";
        }
    }

    static Table read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UsageException("no such input file: " + file);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setAllowMissingColumnNames(true).setAllowDuplicateHeaderNames(true).get();
        try (CSVParser parser = CSVParser.parse(file, StandardCharsets.UTF_8, format)) {
            List<String> header = new ArrayList<>(parser.getHeaderNames());
            if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
                header.set(0, header.get(0).substring(1));
            }
            return new Table(header, parser.getRecords());
        } catch (IOException | UncheckedIOException e) {
            throw new UsageException("cannot read CSV " + file + ": " + e.getMessage());
        }
    }

    static CSVPrinter write(Path file, List<String> header) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return new CSVPrinter(Files.newBufferedWriter(file, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).setRecordSeparator("\n").get());
    }
}
