package org.frontdoor.diligence.internal.registers;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the charity-lookups files (ODbL, shipped unmodified in
 * {@code resources/diligence/uk_charity_lookups}) say about a charity: its company numbers, its
 * registration in the other UK jurisdiction, and the charity it merged into.
 */
final class CharityLinks {

    static final String COMPANY_NUMBERS = "charity-company-numbers.csv";
    static final String DUAL_REGISTERED = "dual-registered-uk-charities.csv";
    static final String MERGERS = "ccew-register-of-mergers.csv";
    private static final String SHIPPED = "/diligence/uk_charity_lookups/";

    private final Map<String, Set<String>> companies = new HashMap<>();
    private final Map<String, String> twins = new HashMap<>();
    private final Map<String, Merger> mergers = new HashMap<>();

    /** The shipped files, or those in {@code folder} when it is not blank. */
    static CharityLinks load(String folder) {
        var links = new CharityLinks();
        read(folder, COMPANY_NUMBERS, row -> {
            if (row.size() >= 2 && row.get(1).startsWith("GB-COH-")) {
                links.companies.computeIfAbsent(row.get(0).trim(), k -> new LinkedHashSet<>()).add(row.get(1).substring(7).trim());
            }
        });
        read(folder, DUAL_REGISTERED, row -> {
            if (row.size() >= 2) {
                links.twins.put(row.get(0).trim(), row.get(1).trim());
                links.twins.put(row.get(1).trim(), row.get(0).trim());
            }
        });
        read(folder, MERGERS, row -> {
            // transferor_name, transferor_regno, transferor_subno, transferee_name, transferee_regno, ..., date_merger_registered
            if (row.size() >= 9 && !row.get(1).isBlank()) {
                var merger = new Merger(row.get(3).trim(), row.get(4).trim(), date(row.get(8)));
                links.mergers.merge(row.get(1).trim(), merger, (old, now) -> later(old, now));
            }
        });
        return links;
    }

    /** Company numbers linked to an org id such as {@code GB-CHC-1000611}. */
    Set<String> companyNumbers(String orgId) {
        return companies.getOrDefault(orgId, Set.of());
    }

    /** The same charity's org id in the other register (GB-SC- for GB-CHC- and back), if dual-registered. */
    Optional<String> twin(String orgId) {
        return Optional.ofNullable(twins.get(orgId));
    }

    /** The latest merger of this England and Wales charity number into another, if any. */
    Optional<Merger> mergedInto(String charityNumber) {
        return Optional.ofNullable(mergers.get(charityNumber));
    }

    /** A transfer of a charity's property to its successor, as the register of mergers records it. */
    record Merger(String successorName, String successorNumber, LocalDate registeredOn) {
    }

    private static Merger later(Merger a, Merger b) {
        if (a.registeredOn() == null) {
            return b;
        }
        return b.registeredOn() != null && b.registeredOn().isAfter(a.registeredOn()) ? b : a;
    }

    private static LocalDate date(String text) {
        String t = text == null ? "" : text.trim();
        try {
            return t.length() >= 10 ? LocalDate.parse(t.substring(0, 10)) : null;
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static void read(String folder, String file, java.util.function.Consumer<List<String>> rows) {
        try (InputStream in = open(folder, file);
             var records = new DelimitedRecords(new BufferedInputStream(in), 0, ',', true)) {
            records.next(); // header
            for (DelimitedRecords.Row row = records.next(); row != null; row = records.next()) {
                if (row.problem() == null) {
                    rows.accept(new ArrayList<>(row.fields()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the charity lookup " + file, e);
        }
    }

    private static InputStream open(String folder, String file) throws IOException {
        if (folder != null && !folder.isBlank()) {
            return Files.newInputStream(Path.of(folder, file));
        }
        InputStream in = CharityLinks.class.getResourceAsStream(SHIPPED + file);
        if (in == null) {
            throw new IOException("the shipped " + file + " is missing");
        }
        return in;
    }
}
