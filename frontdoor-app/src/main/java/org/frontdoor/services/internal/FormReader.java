package org.frontdoor.services.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.frontdoor.services.Condition;
import org.frontdoor.services.QuestionType;
import org.frontdoor.services.ServiceDefinition.Form;
import org.frontdoor.services.ServiceDefinition.Option;
import org.frontdoor.services.ServiceDefinition.Page;
import org.frontdoor.services.ServiceDefinition.Question;

/** Reads the {@code form} section: pages, questions, their constraints and conditions. */
final class FormReader {

    static final Pattern ID = Pattern.compile("[a-z][a-zA-Z0-9]{0,59}");
    private static final String TYPES = String.join(", ",
            java.util.Arrays.stream(QuestionType.values()).map(QuestionType::yamlName).toList());

    private final Problems problems;
    private final Set<String> pageIds = new HashSet<>();
    private final Set<String> questionIds = new HashSet<>();

    FormReader(Problems problems) {
        this.problems = problems;
    }

    Form read(YamlMap form) {
        var pages = new ArrayList<Page>();
        for (var page : form.maps("pages", true)) {
            var read = page(page);
            if (read != null) {
                pages.add(read);
            }
        }
        var declaration = form.text("declaration", true);
        var representedEmail = form.text("represented-person-email", false);
        if (representedEmail != null && pages.stream().flatMap(p -> p.questions().stream())
                .noneMatch(q -> q.id().equals(representedEmail) && q.type() == QuestionType.EMAIL)) {
            problems.add(form.lineOf("represented-person-email"), form.field("represented-person-email"),
                    "No email question has the id '" + representedEmail + "'; name the question that asks for the email address of the person applied for");
        }
        form.rejectUnknown();
        return new Form(List.copyOf(pages), declaration, representedEmail);
    }

    private Page page(YamlMap page) {
        var id = id(page, pageIds, "page");
        var title = page.text("title", true);
        var showWhen = condition(page, "show-when");
        var questions = new ArrayList<Question>();
        for (var question : page.maps("questions", true)) {
            var read = question(question, false);
            if (read != null) {
                questions.add(read);
            }
        }
        page.rejectUnknown();
        return id == null ? null : new Page(id, title, showWhen, List.copyOf(questions));
    }

    private Question question(YamlMap question, boolean insideGroup) {
        var id = id(question, questionIds, "question");
        var typeName = question.text("type", true);
        var type = typeName == null ? null : QuestionType.fromYaml(typeName).orElse(null);
        if (typeName != null && type == null) {
            problems.add(question.lineOf("type"), question.field("type"), "Unknown question type '" + typeName + "'; use one of " + TYPES);
        }
        if (type == QuestionType.REPEATING_GROUP && insideGroup) {
            problems.add(question.lineOf("type"), question.field("type"), "A repeating group cannot contain another repeating group");
        }
        if (type == QuestionType.FILE && insideGroup) {
            problems.add(question.lineOf("type"), question.field("type"), "A file question cannot be inside a repeating group");
        }
        var label = question.text("label", true);
        var hint = question.text("hint", false);
        var required = question.flag("required", true);
        var requiredMessage = question.text("required-message", false);
        var showWhen = condition(question, "show-when");
        var options = options(question, type);
        var maxLength = question.integer("max-length", false, 1, 100_000);
        var pattern = pattern(question);
        var patternMessage = question.text("pattern-message", pattern != null);
        var min = question.decimal("min");
        var max = question.decimal("max");
        if (min != null && max != null && min.compareTo(max) > 0) {
            problems.add(question.lineOf("min"), question.field("min"), "min is greater than max");
        }
        var items = new ArrayList<Question>();
        Integer maxItems = null;
        if (type == QuestionType.REPEATING_GROUP) {
            for (var item : question.maps("items", true)) {
                var read = question(item, true);
                if (read != null) {
                    items.add(read);
                }
            }
            maxItems = question.integer("max-items", false, 1, 1_000);
        }
        var files = type == QuestionType.FILE ? FileLimits.read(question, problems) : null;
        question.rejectUnknown();
        if (id == null || type == null) {
            return null;
        }
        return new Question(id, type, label, hint, required, requiredMessage, showWhen, options, maxLength, pattern, patternMessage,
                min, max, List.copyOf(items), maxItems, files);
    }

    private List<Option> options(YamlMap question, QuestionType type) {
        if (type == null || !type.hasOptions()) {
            return List.of();
        }
        var table = question.text("options-from", false);
        if (table != null) {
            var rows = LookupTables.builtIn().table(table);
            if (rows.isEmpty()) {
                problems.add(question.lineOf("options-from"), question.field("options-from"), "There is no table '" + table + "'");
                return List.of();
            }
            return rows.get().keySet().stream().map(key -> new Option(key, key)).toList();
        }
        var options = new ArrayList<Option>();
        var values = new HashSet<String>();
        for (var option : question.maps("options", true)) {
            var value = option.text("value", true);
            var label = option.text("label", true);
            if (value != null && !values.add(value)) {
                problems.add(option.lineOf("value"), option.field("value"), "Option value '" + value + "' appears twice");
            }
            option.rejectUnknown();
            if (value != null && label != null) {
                options.add(new Option(value, label));
            }
        }
        return List.copyOf(options);
    }

    private String pattern(YamlMap question) {
        var pattern = question.text("pattern", false);
        if (pattern == null) {
            return null;
        }
        try {
            Pattern.compile(pattern);
            return pattern;
        } catch (PatternSyntaxException e) {
            problems.add(question.lineOf("pattern"), question.field("pattern"), "Not a valid regular expression: " + e.getDescription());
            return null;
        }
    }

    private String id(YamlMap map, Set<String> seen, String what) {
        var id = map.text("id", true);
        if (id == null) {
            return null;
        }
        if (!ID.matcher(id).matches()) {
            problems.add(map.lineOf("id"), map.field("id"),
                    "A " + what + " id starts with a lowercase letter and has only letters and digits, like 'dateOfBirth'");
            return null;
        }
        if (!seen.add(id)) {
            problems.add(map.lineOf("id"), map.field("id"), "Another " + what + " already has the id '" + id + "'");
            return null;
        }
        return id;
    }

    Condition condition(YamlMap map, String field) {
        var source = map.text(field, false);
        if (source == null) {
            return null;
        }
        var compiled = CelConditions.compile(source);
        if (compiled.error() != null) {
            problems.add(map.lineOf(field), map.field(field), "Not a valid CEL condition: " + compiled.error());
        }
        return compiled.condition();
    }

    Set<String> questionIds() {
        return questionIds;
    }
}
