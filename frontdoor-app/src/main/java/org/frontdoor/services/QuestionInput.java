package org.frontdoor.services;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.frontdoor.platform.EmailFormat;
import org.frontdoor.platform.InvalidInput.FieldProblem;
import org.frontdoor.services.ServiceDefinition.Option;
import org.frontdoor.services.ServiceDefinition.Question;

/** One question's raw input, read and checked by its type. Messages follow the GOV.UK Design System. */
final class QuestionInput {

    static final int DEFAULT_TEXT_LENGTH = 500;
    static final int DEFAULT_LONG_TEXT_LENGTH = 10_000;
    private static final Pattern MONEY = Pattern.compile("-?\\d+(\\.\\d{1,2})?");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()\\-]{7,25}");
    private static final Pattern POSTCODE = Pattern.compile(
            "(GIR ?0AA|[A-PR-UWYZ]([0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKS-UW]|[A-HK-Y][0-9][ABEHMNPRVWXY]) ?[0-9][ABD-HJLNP-UW-Z]{2})");

    private final Question question;
    private final String field;
    private final Map<String, List<String>> input;
    private final List<FieldProblem> problems = new ArrayList<>();

    QuestionInput(Question question, String field, Map<String, List<String>> input) {
        this.question = question;
        this.field = field;
        this.input = input;
    }

    record Checked(Object answer, List<FieldProblem> problems) {
        Optional<Object> value() {
            return Optional.ofNullable(answer);
        }
    }

    Checked check() {
        if (question.type() != QuestionType.REPEATING_GROUP) {
            var hidden = withControlCharacters();
            if (hidden.isPresent()) {
                return new Checked(null, List.of(new FieldProblem(hidden.get(), question.label()
                        + " contains a hidden character (a control code) that we cannot accept. Type it in again")));
            }
        }
        Object value = switch (question.type()) {
            case TEXT -> text(DEFAULT_TEXT_LENGTH);
            case LONG_TEXT -> text(DEFAULT_LONG_TEXT_LENGTH);
            case NUMBER -> number();
            case MONEY -> money();
            case DATE -> date();
            case YES_NO -> yesNo();
            case SINGLE_CHOICE -> singleChoice();
            case MULTIPLE_CHOICE -> multipleChoice();
            case ADDRESS -> address();
            case EMAIL -> email();
            case PHONE -> phone();
            case FILE -> file();
            case REPEATING_GROUP -> null; // groups are read by AnswerCheck
        };
        return new Checked(value, List.copyOf(problems));
    }

    private String text(int defaultLength) {
        var text = one(field);
        if (text.isEmpty()) {
            return missing(field);
        }
        int max = question.maxLength() == null ? defaultLength : question.maxLength();
        if (text.length() > max) {
            return reject(field, question.label() + " must be " + max + " characters or fewer");
        }
        if (question.pattern() != null && !Pattern.compile(question.pattern()).matcher(text).matches()) {
            return reject(field, question.patternMessage());
        }
        return text;
    }

    private BigDecimal number() {
        var text = one(field).replace(",", "");
        if (text.isEmpty()) {
            return missing(field);
        }
        if (!NUMBER.matcher(text).matches() || text.length() > 30) {
            return reject(field, question.label() + " must be a number");
        }
        return withinLimits(new BigDecimal(text), "");
    }

    private BigDecimal money() {
        var text = one(field).replace(",", "").replace("£", "").strip();
        if (text.isEmpty()) {
            return missing(field);
        }
        if (!MONEY.matcher(text).matches() || text.length() > 20) {
            return reject(field, question.label() + " must be an amount of money, like 600 or 193.54");
        }
        return withinLimits(new BigDecimal(text), "£");
    }

    private BigDecimal withinLimits(BigDecimal value, String unit) {
        if (question.min() != null && value.compareTo(question.min()) < 0) {
            return reject(field, question.label() + " must be " + unit + question.min().toPlainString() + " or more");
        }
        if (question.max() != null && value.compareTo(question.max()) > 0) {
            return reject(field, question.label() + " must be " + unit + question.max().toPlainString() + " or less");
        }
        return value;
    }

    private String date() {
        var day = one(field + "-day");
        var month = one(field + "-month");
        var year = one(field + "-year");
        if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
            return missing(field + "-day");
        }
        for (var part : List.of(new String[] {"day", day}, new String[] {"month", month}, new String[] {"year", year})) {
            if (part[1].isEmpty()) {
                return reject(field + "-" + part[0], question.label() + " must include a " + part[0]);
            }
        }
        if (!year.matches("\\d{4}")) {
            return reject(field + "-year", "Year must include 4 numbers");
        }
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)).toString();
        } catch (NumberFormatException | DateTimeException e) {
            return reject(field + "-day", question.label() + " must be a real date");
        }
    }

    private Boolean yesNo() {
        var text = one(field);
        if (text.isEmpty()) {
            return missing(field);
        }
        if (!text.equals("yes") && !text.equals("no")) {
            return reject(field, "Select yes or no");
        }
        return text.equals("yes");
    }

    private String singleChoice() {
        var text = one(field);
        if (text.isEmpty()) {
            return missing(field);
        }
        if (question.options().stream().map(Option::value).noneMatch(text::equals)) {
            return reject(field, "Select one of the options");
        }
        return text;
    }

    private List<String> multipleChoice() {
        var values = input.getOrDefault(field, List.of()).stream().map(String::strip).filter(v -> !v.isEmpty()).distinct().toList();
        if (values.isEmpty()) {
            return missing(field);
        }
        var allowed = question.options().stream().map(Option::value).toList();
        if (!allowed.containsAll(values)) {
            return reject(field, "Select from the options");
        }
        // Keep the order of the options, whatever order the browser sent them in.
        return allowed.stream().filter(values::contains).toList();
    }

    private Map<String, String> address() {
        var line1 = one(field + "-line1");
        var line2 = one(field + "-line2");
        var town = one(field + "-town");
        var postcode = one(field + "-postcode").toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
        if (line1.isEmpty() && line2.isEmpty() && town.isEmpty() && postcode.isEmpty()) {
            return missing(field + "-line1");
        }
        if (line1.isEmpty()) {
            reject(field + "-line1", "Enter address line 1, typically the building and street");
        } else if (line1.length() > 100 || line2.length() > 100) {
            reject(field + "-line1", "Address lines must be 100 characters or fewer");
        }
        if (town.isEmpty()) {
            reject(field + "-town", "Enter town or city");
        } else if (town.length() > 60) {
            reject(field + "-town", "Town or city must be 60 characters or fewer");
        }
        if (postcode.isEmpty()) {
            reject(field + "-postcode", "Enter postcode");
        } else if (!POSTCODE.matcher(postcode).matches()) {
            reject(field + "-postcode", "Enter a real postcode, like SW1A 2AA");
        }
        if (!problems.isEmpty()) {
            return null;
        }
        var address = new LinkedHashMap<String, String>();
        address.put("line1", line1);
        if (!line2.isEmpty()) {
            address.put("line2", line2);
        }
        address.put("town", town);
        address.put("postcode", postcode.substring(0, postcode.length() - 3) + " " + postcode.substring(postcode.length() - 3));
        return address;
    }

    private String email() {
        var text = EmailFormat.normalise(one(field));
        if (text.isEmpty()) {
            return missing(field);
        }
        if (!EmailFormat.isPlausible(text)) {
            return reject(field, "Enter an email address in the correct format, like name@example.com");
        }
        return text;
    }

    private String phone() {
        var text = one(field);
        if (text.isEmpty()) {
            return missing(field);
        }
        long digits = text.chars().filter(Character::isDigit).count();
        if (!PHONE.matcher(text).matches() || digits < 7 || digits > 15) {
            return reject(field, "Enter a telephone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192");
        }
        return text;
    }

    /**
     * A file is stored before its page is checked (see {@code Documents}); the page then carries the
     * stored document's id in {@code id} and its name in {@code id-name}.
     */
    private Map<String, String> file() {
        var document = one(field);
        if (document.isEmpty()) {
            return missing(field);
        }
        if (!UUID_TEXT.matcher(document).matches()) {
            return reject(field, "Select a file again");
        }
        var name = one(field + "-name");
        return Map.of("document", document, "name", name.isEmpty() ? "document" : name);
    }

    /**
     * The first of this question's inputs (an address has several) holding a control character other
     * than a tab or line break: never part of an answer, and PostgreSQL cannot store a NUL at all.
     */
    private Optional<String> withControlCharacters() {
        return input.entrySet().stream()
                .filter(entry -> entry.getKey().equals(field) || entry.getKey().startsWith(field + "-"))
                .filter(entry -> entry.getValue() != null && entry.getValue().stream().anyMatch(QuestionInput::hasControlCharacter))
                .map(Map.Entry::getKey).sorted().findFirst();
    }

    private static boolean hasControlCharacter(String value) {
        return value != null && value.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r');
    }

    private String one(String name) {
        var values = input.get(name);
        return values == null || values.isEmpty() || values.getFirst() == null ? "" : values.getFirst().strip();
    }

    /** A question left empty: a problem only if it must be answered. */
    private <T> T missing(String inputField) {
        if (question.required()) {
            problems.add(new FieldProblem(inputField, requiredMessage(question)));
        }
        return null;
    }

    private <T> T reject(String inputField, String message) {
        problems.add(new FieldProblem(inputField, message));
        return null;
    }

    static String requiredMessage(Question question) {
        if (question.requiredMessage() != null) {
            return question.requiredMessage();
        }
        var label = question.label().strip();
        return switch (question.type()) {
            case SINGLE_CHOICE, YES_NO -> "Select an answer: " + label;
            case MULTIPLE_CHOICE -> "Select at least one option: " + label;
            case DATE -> "Enter the date: " + label;
            case FILE -> "Select a file: " + label;
            default -> label.endsWith("?") ? "Answer the question: " + label : "Enter " + lowerFirst(label);
        };
    }

    static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
