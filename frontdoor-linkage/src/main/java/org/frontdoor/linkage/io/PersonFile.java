package org.frontdoor.linkage.io;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.frontdoor.linkage.config.LinkageSettings;
import org.frontdoor.linkage.record.PersonRecord;

/** Reads a CSV file of people into {@link PersonRecord}s using header recognition and the settings. */
public final class PersonFile {

    /**
     * The records of a file and how its columns were understood.
     *
     * @param records good rows, in file order
     * @param mapping the column mapping used
     * @param badRows rows reported and skipped
     * @param skippedIds ids of skipped rows whose id could still be read (a row with a stray separator, say),
     *                   so that outputs promising a line per input record can list them on their own
     */
    public record Loaded(List<PersonRecord> records, ColumnMapping mapping, long badRows, List<String> skippedIds) {
    }

    private PersonFile() {
    }

    /**
     * Reads the file. Bad rows go to {@code problems} with their line numbers.
     *
     * @param idColumn header of the identifier column; null to use line numbers as ids
     */
    public static Loaded read(Path file, String idColumn, LinkageSettings settings, PrintStream problems)
            throws IOException {
        CsvReader reader = new CsvReader(settings.encoding() == null ? null : Charset.forName(settings.encoding()),
                settings.separator(), problems);
        List<String[]> rows = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        List<String[]> badRows = new ArrayList<>();
        CsvReader.Summary summary = reader.read(file, (line, fields) -> {
            rows.add(fields);
            lines.add(line);
        }, (line, fields) -> badRows.add(fields));
        int idIndex = idColumn == null ? -1 : indexOfIgnoringCase(summary.header(), idColumn);
        List<String> skippedIds = new ArrayList<>();
        for (String[] bad : badRows) {
            if (idIndex >= 0 && idIndex < bad.length && !bad[idIndex].isBlank()) {
                skippedIds.add(bad[idIndex]);
            }
        }
        ColumnMapping mapping = ColumnMapping.recognise(summary.header(), idColumn, settings.columns(),
                settings.ignoredColumns(), settings.nullMarkers());
        // The mapping is immutable, so rows can be turned into records on every core.
        List<PersonRecord> records = java.util.stream.IntStream.range(0, rows.size()).parallel()
                .mapToObj(i -> mapping.toRecord(rows.get(i), "line-" + lines.get(i))).toList();
        return new Loaded(records, mapping, summary.badRows(), List.copyOf(skippedIds));
    }

    private static int indexOfIgnoringCase(List<String> header, String name) {
        for (int i = 0; i < header.size(); i++) {
            if (ColumnMapping.headerKey(header.get(i)).equals(ColumnMapping.headerKey(name))) {
                return i;
            }
        }
        return -1;
    }
}
