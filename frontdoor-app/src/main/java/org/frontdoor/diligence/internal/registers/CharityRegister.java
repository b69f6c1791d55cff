package org.frontdoor.diligence.internal.registers;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The Charity Commission for England and Wales's register, from its published extract
 * ({@code publicextract.charity.txt}: tab-separated, a header row, one row per charity and per
 * linked charity), streamed once and kept as one small record per main charity (about 380,000,
 * registered and removed). Columns are found by name. Rows with the wrong number of fields or no
 * numeric charity number are reported and skipped. The optional event history extract adds the
 * reason each removed charity was removed.
 */
final class CharityRegister {

    private static final int PROBLEMS_KEPT = 20;

    private final Map<String, Charity> charities;
    private final String source;
    private final List<String> problems;
    private final long skipped;

    private CharityRegister(Map<String, Charity> charities, String source, List<String> problems, long skipped) {
        this.charities = charities;
        this.source = source;
        this.problems = problems;
        this.skipped = skipped;
    }

    static CharityRegister load(Path extract, Path eventHistory) {
        var charities = new HashMap<String, Charity>();
        var problems = new ArrayList<String>();
        long[] skipped = {0};
        String[] extractDate = {null};
        read(extract, List.of("registered_charity_number", "linked_charity_number", "charity_name", "charity_registration_status"),
                problems, skipped, row -> {
                    if (!"0".equals(row.get("linked_charity_number"))) {
                        return; // a linked charity shares its main charity's number; the main one is what is checked
                    }
                    if (extractDate[0] == null) {
                        extractDate[0] = row.get("date_of_extract");
                    }
                    String number = row.get("registered_charity_number");
                    charities.put(number, new Charity(number, row.get("charity_name"), registered(row.get("charity_registration_status")),
                            date(row.get("date_of_registration")), date(row.get("date_of_removal")),
                            row.get("charity_company_registration_number"), yes(row.get("charity_insolvent")),
                            yes(row.get("charity_in_administration")), null));
                });
        if (eventHistory != null) {
            read(eventHistory, List.of("registered_charity_number", "linked_charity_number", "event_type"), problems, skipped, row -> {
                Charity charity = charities.get(row.get("registered_charity_number"));
                String type = row.getOrDefault("event_type", "").toLowerCase(Locale.ROOT);
                if (charity != null && "0".equals(row.get("linked_charity_number")) && type.contains("remov") && row.get("reason") != null) {
                    charities.put(charity.number(), charity.withRemovalReason(row.get("reason")));
                }
            });
        }
        String source = "Charity Commission register extract " + extract.getFileName()
                + (extractDate[0] == null ? "" : " (extract of " + extractDate[0].substring(0, Math.min(10, extractDate[0].length())) + ")");
        return new CharityRegister(Map.copyOf(charities), source, List.copyOf(problems), skipped[0]);
    }

    Optional<Charity> find(String number) {
        return Optional.ofNullable(charities.get(number));
    }

    String source() {
        return source;
    }

    List<String> problems() {
        return problems;
    }

    long skipped() {
        return skipped;
    }

    int size() {
        return charities.size();
    }

    /**
     * One main charity.
     *
     * @param registered    true for status R (registered), false for RM (removed)
     * @param companyNumber the company number the register gives, or null
     * @param removalReason why it was removed, from the event history, or null
     */
    record Charity(String number, String name, boolean registered, LocalDate registeredOn, LocalDate removedOn,
                   String companyNumber, boolean insolvent, boolean inAdministration, String removalReason) {

        Charity withRemovalReason(String reason) {
            return new Charity(number, name, registered, registeredOn, removedOn, companyNumber, insolvent, inAdministration, reason);
        }
    }

    private static void read(Path file, List<String> required, List<String> problems, long[] skipped,
                             java.util.function.Consumer<Map<String, String>> rows) {
        // The extract is tab-separated without quoting: a quote is an ordinary character in it.
        try (var records = new DelimitedRecords(new BufferedInputStream(Files.newInputStream(file), 1 << 16), 0, '\t', false)) {
            DelimitedRecords.Row header = records.next();
            if (header == null) {
                throw new IllegalArgumentException(file + " is empty");
            }
            List<String> names = header.fields().stream().map(String::trim).toList();
            var missing = required.stream().filter(c -> !names.contains(c)).toList();
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException(file + " is not a Charity Commission extract: no column " + missing);
            }
            for (DelimitedRecords.Row row = records.next(); row != null; row = records.next()) {
                if (row.fields().size() == 1 && row.fields().getFirst().isBlank()) {
                    continue;
                }
                var values = new HashMap<String, String>();
                for (int i = 0; i < Math.min(names.size(), row.fields().size()); i++) {
                    String value = row.fields().get(i).trim();
                    if (!value.isEmpty()) {
                        values.put(names.get(i), value);
                    }
                }
                String number = values.get("registered_charity_number");
                String problem = row.fields().size() != names.size() ? row.fields().size() + " fields instead of " + names.size()
                        : number == null || !number.chars().allMatch(c -> c >= '0' && c <= '9') ? "no numeric charity number" : null;
                if (problem != null) {
                    skipped[0]++;
                    if (problems.size() < PROBLEMS_KEPT) {
                        problems.add(file.getFileName() + " line " + row.line() + ": " + problem);
                    }
                    continue;
                }
                values.putIfAbsent("linked_charity_number", "0");
                rows.accept(values);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static boolean registered(String status) {
        String s = status == null ? "" : status.trim().toLowerCase(Locale.ROOT);
        return s.equals("r") || s.equals("registered");
    }

    private static boolean yes(String flag) {
        return flag != null && (flag.equalsIgnoreCase("true") || flag.equals("1"));
    }

    private static LocalDate date(String text) {
        if (text == null || text.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(text.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
