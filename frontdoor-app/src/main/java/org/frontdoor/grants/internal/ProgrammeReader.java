package org.frontdoor.grants.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.frontdoor.grants.ApplicantKind;
import org.frontdoor.grants.GrantProgramme.Criterion;
import org.frontdoor.grants.GrantProgramme.EligibilityRule;
import org.frontdoor.grants.GrantProgramme.RoundPlan;
import org.frontdoor.grants.GrantProgramme;
import org.frontdoor.grants.InvalidProgramme;
import org.frontdoor.grants.LondonTime;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads a programme definition (YAML) in one pass, collecting every problem with its field, so an
 * admin fixes them all at once. Whether the form service and its questions exist is checked by the
 * caller, which knows the catalogue.
 */
final class ProgrammeReader {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int MAX_CHARS = 200_000;

    private final List<String> problems = new ArrayList<>();

    static Read read(String yaml) {
        var reader = new ProgrammeReader();
        var programme = reader.parse(yaml);
        return new Read(programme, reader.problems);
    }

    /** The programme, with its compiled rules, or the problems (then the programme is null). */
    record Read(GrantProgramme programme, List<String> problems) {
        GrantProgramme orThrow() {
            if (!problems.isEmpty()) {
                throw new InvalidProgramme(problems);
            }
            return programme;
        }
    }

    private GrantProgramme parse(String yaml) {
        if (yaml == null || yaml.isBlank()) {
            problems.add("The definition is empty: paste or upload a programme definition in YAML");
            return null;
        }
        if (yaml.length() > MAX_CHARS) {
            problems.add("The definition is longer than " + MAX_CHARS + " characters");
            return null;
        }
        Object loaded;
        try {
            var options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(10);
            loaded = new Yaml(new SafeConstructor(options)).load(yaml);
        } catch (RuntimeException e) {
            problems.add("This is not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
            return null;
        }
        if (!(loaded instanceof Map<?, ?> root)) {
            problems.add("A programme definition is a mapping of fields, starting with 'id:'");
            return null;
        }
        var id = text(root, "id", true);
        if (id != null && !ID.matcher(id).matches()) {
            problems.add("id: lowercase words joined by hyphens, like 'community-spaces'");
        }
        var version = integer(root, "version", 1, 1_000_000);
        var name = text(root, "name", true);
        var funder = map(root, "funder");
        var funderId = funder == null ? null : text(funder, "funder.id", "id", true);
        var funderName = funder == null ? null : text(funder, "funder.name", "name", true);
        var purpose = text(root, "purpose", true);
        var budget = money(root, "budget", "budget");
        var applicants = applicants(root);
        var form = text(root, "form", true);
        var amountQuestion = text(root, "amount-question", true);
        var amounts = map(root, "amounts");
        var min = amounts == null ? null : money(amounts, "min", "amounts.min");
        var max = amounts == null ? null : money(amounts, "max", "amounts.max");
        if (min != null && max != null && min.compareTo(max) > 0) {
            problems.add("amounts: the minimum is more than the maximum");
        }
        if (min != null && min.signum() <= 0) {
            problems.add("amounts.min: must be more than £0");
        }
        var eligibility = map(root, "eligibility");
        var page = eligibility == null ? null : text(eligibility, "eligibility.page", "page", false);
        var rules = eligibility == null ? List.<EligibilityRule>of() : rules(eligibility);
        var criteria = criteria(root);
        var spread = root.containsKey("moderation-spread") ? integer(root, "moderation-spread", 0, 100) : Integer.valueOf(20);
        var documents = texts(root, "documents");
        var rounds = rounds(root);
        var bank = map(root, "bank-details");
        GrantProgramme.BankDetails bankDetails = null;
        if (bank != null) {
            var accountName = text(bank, "bank-details.account-name", "account-name", true);
            var sortCode = text(bank, "bank-details.sort-code", "sort-code", true);
            var accountNumber = text(bank, "bank-details.account-number", "account-number", true);
            bankDetails = new GrantProgramme.BankDetails(accountName, sortCode, accountNumber);
        }
        var known = Set.of("id", "version", "name", "funder", "purpose", "budget", "applicants", "form", "amount-question",
                "amounts", "eligibility", "criteria", "moderation-spread", "documents", "rounds", "bank-details");
        root.keySet().stream().map(String::valueOf).filter(k -> !known.contains(k))
                .forEach(k -> problems.add(k + ": not a field of a programme (fields: " + String.join(", ", known.stream().sorted().toList()) + ")"));
        if (!problems.isEmpty()) {
            return null;
        }
        return new GrantProgramme(id, version, name, funderId, funderName, purpose, budget, applicants, form, amountQuestion,
                min, max, page, rules, criteria, spread, documents, rounds, bankDetails);
    }

    private Set<ApplicantKind> applicants(Map<?, ?> root) {
        var words = texts(root, "applicants");
        if (words.isEmpty()) {
            problems.add("applicants: name who may apply, from individual, company, charity, other");
            return Set.of();
        }
        var kinds = EnumSet.noneOf(ApplicantKind.class);
        for (var word : words) {
            try {
                kinds.add(ApplicantKind.valueOf(word.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                problems.add("applicants: '" + word + "' is not one of individual, company, charity, other");
            }
        }
        return Set.copyOf(kinds);
    }

    private List<EligibilityRule> rules(Map<?, ?> eligibility) {
        var rules = new ArrayList<EligibilityRule>();
        var list = list(eligibility, "rules", "eligibility.rules");
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof Map<?, ?> rule)) {
                problems.add("eligibility.rules[" + i + "]: a rule has 'require' and 'reason'");
                continue;
            }
            var require = text(rule, "eligibility.rules[" + i + "].require", "require", true);
            var reason = text(rule, "eligibility.rules[" + i + "].reason", "reason", true);
            if (require != null && reason != null) {
                rules.add(new EligibilityRule(require, reason));
            }
        }
        EligibilityRules.compile(rules, problems);
        return List.copyOf(rules);
    }

    private List<Criterion> criteria(Map<?, ?> root) {
        var criteria = new ArrayList<Criterion>();
        var list = list(root, "criteria", "criteria");
        var ids = new HashSet<String>();
        for (int i = 0; i < list.size(); i++) {
            var path = "criteria[" + i + "]";
            if (!(list.get(i) instanceof Map<?, ?> c)) {
                problems.add(path + ": a criterion has 'id', 'label' and 'weight'");
                continue;
            }
            var id = text(c, path + ".id", "id", true);
            var label = text(c, path + ".label", "label", true);
            var weight = integer(c, path + ".weight", "weight", 1, 100);
            if (id != null && !ids.add(id)) {
                problems.add(path + ".id: '" + id + "' is used twice");
            }
            if (id != null && label != null && weight != null) {
                criteria.add(new Criterion(id, label, weight));
            }
        }
        if (criteria.isEmpty()) {
            problems.add("criteria: give at least one assessment criterion");
        } else if (criteria.stream().mapToInt(Criterion::weight).sum() != 100) {
            problems.add("criteria: the weights add up to " + criteria.stream().mapToInt(Criterion::weight).sum() + "; they must add up to 100");
        }
        return List.copyOf(criteria);
    }

    private List<RoundPlan> rounds(Map<?, ?> root) {
        var rounds = new ArrayList<RoundPlan>();
        var list = list(root, "rounds", "rounds");
        var names = new HashSet<String>();
        for (int i = 0; i < list.size(); i++) {
            var path = "rounds[" + i + "]";
            if (!(list.get(i) instanceof Map<?, ?> r)) {
                problems.add(path + ": a round has 'name', 'opens' and 'closes'");
                continue;
            }
            var name = text(r, path + ".name", "name", true);
            var opens = time(r, path + ".opens", "opens");
            var closes = time(r, path + ".closes", "closes");
            if (name != null && !names.add(name)) {
                problems.add(path + ".name: '" + name + "' is used twice");
            }
            if (opens != null && closes != null && !closes.isAfter(opens)) {
                problems.add(path + ": the round must close after it opens");
            }
            if (name != null && opens != null && closes != null) {
                rounds.add(new RoundPlan(name, opens.atZone(LondonTime.LONDON).toInstant(), closes.atZone(LondonTime.LONDON).toInstant()));
            }
        }
        if (list.isEmpty()) {
            problems.add("rounds: give at least one round with 'name', 'opens' and 'closes'");
        }
        return List.copyOf(rounds);
    }

    private LocalDateTime time(Map<?, ?> map, String path, String key) {
        var text = text(map, path, key, true);
        if (text == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(path + ": '" + text + "' is not a date and time like 2027-03-31T12:00 (Europe/London)");
            return null;
        }
    }

    private BigDecimal money(Map<?, ?> map, String key, String path) {
        var value = map.get(key);
        if (value == null) {
            problems.add(path + ": required");
            return null;
        }
        try {
            // Read from the text, never through a double, so 0.1 stays exactly 0.1.
            var amount = new BigDecimal(String.valueOf(value).replace(",", "").strip());
            if (amount.signum() < 0 || amount.scale() > 2) {
                problems.add(path + ": an amount in pounds and pence, not negative, like 250000.00");
                return null;
            }
            return amount.setScale(2);
        } catch (NumberFormatException e) {
            problems.add(path + ": '" + value + "' is not an amount in pounds, like 250000.00");
            return null;
        }
    }

    private String text(Map<?, ?> map, String key, boolean required) {
        return text(map, key, key, required);
    }

    private String text(Map<?, ?> map, String path, String key, boolean required) {
        var value = map.get(key);
        if (value == null || String.valueOf(value).isBlank()) {
            if (required) {
                problems.add(path + ": required");
            }
            return null;
        }
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            problems.add(path + ": expected text");
            return null;
        }
        return String.valueOf(value).strip();
    }

    private Integer integer(Map<?, ?> map, String key, int min, int max) {
        return integer(map, key, key, min, max);
    }

    private Integer integer(Map<?, ?> map, String path, String key, int min, int max) {
        var value = map.get(key);
        if (!(value instanceof Integer number) || number < min || number > max) {
            problems.add(path + ": a whole number from " + min + " to " + max);
            return null;
        }
        return number;
    }

    private Map<?, ?> map(Map<?, ?> root, String key) {
        var value = root.get(key);
        if (!(value instanceof Map<?, ?> map)) {
            problems.add(key + ": required, with its fields indented below it");
            return null;
        }
        return new LinkedHashMap<>(map);
    }

    private List<?> list(Map<?, ?> map, String key, String path) {
        var value = map.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            problems.add(path + ": expected a list");
            return List.of();
        }
        return list;
    }

    private List<String> texts(Map<?, ?> map, String key) {
        return list(map, key, key).stream().map(String::valueOf).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
