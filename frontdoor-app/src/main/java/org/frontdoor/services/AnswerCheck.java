package org.frontdoor.services;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.frontdoor.platform.InvalidInput.FieldProblem;
import org.frontdoor.services.ServiceDefinition.Page;
import org.frontdoor.services.ServiceDefinition.Question;

/**
 * Reads a submitted page of a service's form into typed answers, checking each question by its
 * type and constraints with messages in the GOV.UK style. Plain Java. Input is what a browser
 * posts: field name to values. Field names: the question id; for a date {@code id-day},
 * {@code id-month}, {@code id-year}; for an address {@code id-line1}, {@code id-line2},
 * {@code id-town}, {@code id-postcode}; for item {@code n} of a repeating group {@code id-n-itemId}.
 */
public final class AnswerCheck {

    private static final Pattern ITEM_FIELD = Pattern.compile("(.+)-(\\d{1,3})-(.+)");

    private AnswerCheck() {
    }

    /**
     * Checks the questions of a page that apply given the answers so far (a question whose
     * {@code show-when} does not hold is skipped and any old answer to it is dropped).
     */
    public static CheckedAnswers page(Page page, Map<String, List<String>> input, Map<String, ?> answersSoFar) {
        var answers = new LinkedHashMap<String, Object>();
        var problems = new ArrayList<FieldProblem>();
        var context = new LinkedHashMap<String, Object>(answersSoFar);
        for (var question : page.questions()) {
            if (question.showWhen() != null && !question.showWhen().test(ConditionValues.of(context))) {
                continue;
            }
            var checked = question(question, "", input);
            checked.value().ifPresent(value -> {
                answers.put(question.id(), value);
                context.put(question.id(), value);
            });
            problems.addAll(checked.problems());
        }
        return new CheckedAnswers(answers, List.copyOf(problems));
    }

    /**
     * Checks a whole application given as typed answers (as the API receives them): every page that
     * applies, in order, and no answers to questions the service does not ask.
     */
    public static CheckedAnswers form(ServiceDefinition.Form form, Map<String, ?> answers) {
        var accepted = new LinkedHashMap<String, Object>();
        var problems = new ArrayList<FieldProblem>();
        for (var key : answers.keySet()) {
            if (form.question(key).isEmpty()) {
                problems.add(new FieldProblem(key, "This service has no question '" + key + "'"));
            }
        }
        for (var page : form.pages()) {
            if (page.showWhen() != null && !page.showWhen().test(ConditionValues.of(accepted))) {
                continue;
            }
            var checked = page(page, TypedAnswers.asInput(page.questions(), "", answers), accepted);
            accepted.putAll(checked.answers());
            problems.addAll(checked.problems());
        }
        return new CheckedAnswers(accepted, List.copyOf(problems));
    }

    /** Saved answers as the form fields that show them again, for pages that re-display what was given. */
    public static Map<String, List<String>> fields(List<ServiceDefinition.Question> questions, Map<String, ?> answers) {
        return TypedAnswers.asInput(questions, "", answers);
    }

    static QuestionInput.Checked question(Question question, String prefix, Map<String, List<String>> input) {
        if (question.type() == QuestionType.REPEATING_GROUP) {
            return group(question, prefix, input);
        }
        return new QuestionInput(question, prefix + question.id(), input).check();
    }

    /** Items are numbered from 1 in the field names; empty items (every field blank) are dropped. */
    private static QuestionInput.Checked group(Question group, String prefix, Map<String, List<String>> input) {
        var numbers = new java.util.TreeSet<Integer>();
        for (var field : input.keySet()) {
            var matcher = ITEM_FIELD.matcher(field);
            if (matcher.matches() && matcher.group(1).equals(prefix + group.id())) {
                numbers.add(Integer.parseInt(matcher.group(2)));
            }
        }
        var items = new ArrayList<Map<String, Object>>();
        var problems = new ArrayList<FieldProblem>();
        for (int number : numbers) {
            var itemPrefix = prefix + group.id() + "-" + number + "-";
            boolean blank = input.entrySet().stream().filter(e -> e.getKey().startsWith(itemPrefix))
                    .allMatch(e -> e.getValue().stream().allMatch(String::isBlank));
            if (blank) {
                continue;
            }
            var item = new LinkedHashMap<String, Object>();
            for (var question : group.items()) {
                var checked = question(question, itemPrefix, input);
                checked.value().ifPresent(value -> item.put(question.id(), value));
                problems.addAll(checked.problems());
            }
            items.add(item);
        }
        int max = group.maxItems() == null ? 100 : group.maxItems();
        if (items.size() > max) {
            problems.add(new FieldProblem(prefix + group.id(), "You can add up to " + max + " " + QuestionInput.lowerFirst(group.label())));
        }
        if (items.isEmpty() && group.required()) {
            problems.add(new FieldProblem(prefix + group.id() + "-1-" + group.items().getFirst().id(), QuestionInput.requiredMessage(group)));
        }
        return new QuestionInput.Checked(items.isEmpty() ? null : List.copyOf(items), problems);
    }
}
