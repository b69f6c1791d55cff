package org.frontdoor.screening.lists;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** The list formats understood, and how to recognise each from a file's first bytes. */
public enum ListFormat {
    OFAC_SDN(OfacSdnReader::read),
    UK_OFSI(OfsiConListReader::read),
    UN_CONSOLIDATED(UnConsolidatedReader::read),
    EU_FSF(EuFinancialSanctionsReader::read);

    private final Function<Path, SanctionsList> reader;

    ListFormat(Function<Path, SanctionsList> reader) {
        this.reader = reader;
    }

    /** Reads {@code file} in this format. */
    public SanctionsList read(Path file) {
        return reader.apply(file);
    }

    /**
     * The format of {@code file} judged from its content (the first 4 KB), or empty for files that
     * are not a list: OFAC's companion files (alt.csv, add.csv, comments), licences, other CSVs.
     */
    public static Optional<ListFormat> detect(Path file) {
        String head = head(file);
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (head.contains("<CONSOLIDATED_LIST")) {
            return Optional.of(UN_CONSOLIDATED);
        }
        if (head.contains("fpi/fsd/export") || head.contains("<sanctionEntity")) {
            return Optional.of(EU_FSF);
        }
        if (head.startsWith("Last Updated") || head.startsWith("Name 6,")) {
            return Optional.of(UK_OFSI);
        }
        String firstLine = head.lines().findFirst().orElse("");
        // SDN rows: a number, then the quoted name, then ten more fields; companion files have a
        // number in the second field or too few fields.
        if (firstLine.matches("^\\d+,\"[^\"]*\",.*") && firstLine.split(",").length >= 12
                && !name.startsWith("sdn_comments")) {
            return Optional.of(OFAC_SDN);
        }
        return Optional.empty();
    }

    private static String head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return TextFiles.decode(in.readNBytes(4096));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
