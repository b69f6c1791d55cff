package org.frontdoor.diligence.internal.registers;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Companies House's free bulk file of live companies ("BasicCompanyData", one CSV or several
 * parts), indexed for look-up by company number without holding it in memory: one streamed pass
 * notes where each record starts ({@link CompanyOffsets}); a look-up reads that one record again.
 *
 * <p>The header is read by name, not position (the real one has stray spaces before some names).
 * A row with the wrong number of fields, a broken quote or no valid company number is reported
 * (count, and the first few with their line) and skipped. The file gives status, incorporation
 * date, registered office and name, but no officers.
 */
final class BasicCompanyData {

    static final List<String> REQUIRED = List.of("CompanyName", "CompanyNumber", "CompanyStatus", "IncorporationDate");
    private static final List<String> ADDRESS = List.of("RegAddress.CareOf", "RegAddress.POBox", "RegAddress.AddressLine1",
            "RegAddress.AddressLine2", "RegAddress.PostTown", "RegAddress.County", "RegAddress.Country", "RegAddress.PostCode");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final int PROBLEMS_KEPT = 20;

    private final List<IndexedFile> files;
    private final Report report;

    private BasicCompanyData(List<IndexedFile> files, Report report) {
        this.files = files;
        this.report = report;
    }

    /** Indexes the file, or every {@code BasicCompanyData*.csv} in the folder, streaming. */
    static BasicCompanyData load(Path fileOrFolder) {
        List<Path> paths = paths(fileOrFolder);
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("No BasicCompanyData*.csv file in " + fileOrFolder);
        }
        var indexed = new ArrayList<IndexedFile>();
        long rows = 0;
        long skipped = 0;
        var problems = new ArrayList<String>();
        for (Path path : paths) {
            IndexedFile file = IndexedFile.index(path, problems);
            indexed.add(file);
            rows += file.rows;
            skipped += file.skipped;
        }
        return new BasicCompanyData(indexed, new Report(paths, rows, skipped, List.copyOf(problems)));
    }

    Report report() {
        return report;
    }

    /** The company's record, or a "not in the file" answer; reads one record from disk. */
    CompanyLookup find(CompanyNumber number) {
        // Later parts and later rows win, as a newer file would.
        for (int i = files.size() - 1; i >= 0; i--) {
            IndexedFile file = files.get(i);
            long offset = file.offsets.find(number.value());
            if (offset >= 0) {
                try {
                    return new CompanyLookup.Found(file.read(offset));
                } catch (IOException | RuntimeException e) {
                    return new CompanyLookup.Unavailable("the company data file " + file.path.getFileName()
                            + " could not be read again: " + e.getClass().getSimpleName(), source());
                }
            }
        }
        return new CompanyLookup.NotFound(number, source());
    }

    String source() {
        return "Companies House BasicCompanyData: " + String.join(", ",
                files.stream().map(f -> f.path.getFileName().toString()).toList());
    }

    private static List<Path> paths(Path fileOrFolder) {
        if (!Files.isDirectory(fileOrFolder)) {
            return Files.isRegularFile(fileOrFolder) ? List.of(fileOrFolder) : List.of();
        }
        try (Stream<Path> listed = Files.list(fileOrFolder)) {
            return listed.filter(p -> {
                String name = p.getFileName().toString();
                return name.startsWith("BasicCompanyData") && name.toLowerCase(Locale.ROOT).endsWith(".csv");
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What loading found.
     *
     * @param rows     rows indexed
     * @param skipped  malformed rows skipped
     * @param problems the first malformed rows, each with its file and line
     */
    record Report(List<Path> files, long rows, long skipped, List<String> problems) {
    }

    /** One file, its column positions and its offsets. */
    private static final class IndexedFile {
        final Path path;
        final Map<String, Integer> columns;
        final int width;
        final CompanyOffsets offsets = new CompanyOffsets();
        long rows;
        long skipped;

        private IndexedFile(Path path, Map<String, Integer> columns, int width) {
            this.path = path;
            this.columns = columns;
            this.width = width;
        }

        static IndexedFile index(Path path, List<String> problems) {
            try {
                if (Files.size(path) > CompanyOffsets.LARGEST_FILE) {
                    throw new IllegalArgumentException(path + " is larger than 8 GiB: split it (Companies House publishes parts)");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try (var records = new DelimitedRecords(new BufferedInputStream(Files.newInputStream(path), 1 << 16), 0, ',', true)) {
                DelimitedRecords.Row header = records.next();
                if (header == null) {
                    throw new IllegalArgumentException(path + " is empty");
                }
                var columns = new HashMap<String, Integer>();
                for (int i = 0; i < header.fields().size(); i++) {
                    columns.putIfAbsent(header.fields().get(i).trim(), i);
                }
                var missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
                if (!missing.isEmpty()) {
                    throw new IllegalArgumentException(path + " is not a BasicCompanyData file: no column " + missing);
                }
                var file = new IndexedFile(path, columns, header.fields().size());
                int numberAt = columns.get("CompanyNumber");
                for (DelimitedRecords.Row row = records.next(); row != null; row = records.next()) {
                    String problem = row.problem() != null ? row.problem()
                            : row.fields().size() != file.width ? row.fields().size() + " fields instead of " + file.width
                            : !CompanyOffsets.isIndexable(row.fields().get(numberAt).trim()) ? "no valid company number" : null;
                    if (row.fields().size() == 1 && row.fields().getFirst().isEmpty()) {
                        continue; // a blank line, such as a last line break
                    }
                    if (problem != null) {
                        file.skipped++;
                        if (problems.size() < PROBLEMS_KEPT) {
                            problems.add(path.getFileName() + " line " + row.line() + ": " + problem);
                        }
                        continue;
                    }
                    file.offsets.add(row.fields().get(numberAt).trim(), row.offset());
                    file.rows++;
                }
                file.offsets.seal();
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + path, e);
            }
        }

        CompanyRecord read(long offset) throws IOException {
            try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
                 var records = new DelimitedRecords(Channels.newInputStream(channel.position(offset)), offset, ',', true,
                         DelimitedRecords.ONE_RECORD)) {
                DelimitedRecords.Row row = records.next();
                if (row == null || row.fields().size() != width) {
                    throw new IOException("the file changed since it was indexed");
                }
                return record(row.fields());
            }
        }

        private CompanyRecord record(List<String> fields) {
            var address = new ArrayList<String>();
            for (String column : ADDRESS) {
                String part = field(fields, column);
                if (part != null) {
                    address.add(part);
                }
            }
            String[] status = BulkStatus.codes(field(fields, "CompanyStatus"));
            return new CompanyRecord(field(fields, "CompanyNumber"), field(fields, "CompanyName"), status[0], status[1],
                    field(fields, "CompanyCategory"), date(field(fields, "IncorporationDate")), date(field(fields, "DissolutionDate")),
                    address.isEmpty() ? null : String.join(", ", address), null, null,
                    "Companies House BasicCompanyData: " + path.getFileName());
        }

        private String field(List<String> fields, String column) {
            Integer at = columns.get(column);
            if (at == null || at >= fields.size()) {
                return null;
            }
            String value = fields.get(at).trim();
            return value.isEmpty() ? null : value;
        }

        private static LocalDate date(String text) {
            if (text == null) {
                return null;
            }
            try {
                return LocalDate.parse(text, DATE);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }
}
