package org.frontdoor.services;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.frontdoor.services.ServiceDefinition.Form;
import org.frontdoor.services.ServiceDefinition.Option;
import org.frontdoor.services.ServiceDefinition.Question;

/** Stored answers written out for people to read: option labels, dates in words, money in pounds. */
public final class AnswerText {

    private static final List<String> ADDRESS_PARTS = List.of("line1", "line2", "town", "postcode");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private AnswerText() {
    }

    /** One line per answered question, in the order the form asks them. */
    public static List<Line> of(Form form, Map<String, ?> answers) {
        var lines = new ArrayList<Line>();
        form.pages().forEach(page -> page.questions().forEach(question -> {
            var value = answers.get(question.id());
            if (value != null) {
                lines.add(new Line(question.id(), question.label(), text(question, value)));
            }
        }));
        return lines;
    }

    /** The lines of one page. */
    public static List<Line> of(ServiceDefinition.Page page, Map<String, ?> answers) {
        return of(new Form(List.of(page), "", null), answers);
    }

    static String text(Question question, Object value) {
        return switch (question.type()) {
            case YES_NO -> Boolean.TRUE.equals(value) || "true".equals(String.valueOf(value)) ? "Yes" : "No";
            case SINGLE_CHOICE -> label(question, String.valueOf(value));
            case MULTIPLE_CHOICE -> value instanceof List<?> list
                    ? list.stream().map(v -> label(question, String.valueOf(v))).collect(Collectors.joining(", ")) : String.valueOf(value);
            case DATE -> date(String.valueOf(value));
            case MONEY -> "£" + new BigDecimal(String.valueOf(value)).setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
            // In postal order: stored JSON objects keep no key order.
            case ADDRESS -> value instanceof Map<?, ?> address
                    ? ADDRESS_PARTS.stream().map(address::get).filter(java.util.Objects::nonNull).map(String::valueOf)
                            .collect(Collectors.joining(", "))
                    : String.valueOf(value);
            case FILE -> value instanceof Map<?, ?> file ? String.valueOf(file.get("name")) : String.valueOf(value);
            case REPEATING_GROUP -> value instanceof List<?> items ? items.size() + (items.size() == 1 ? " item" : " items") : "";
            default -> String.valueOf(value);
        };
    }

    private static String label(Question question, String value) {
        return question.options().stream().filter(o -> o.value().equals(value)).map(Option::label).findFirst().orElse(value);
    }

    private static String date(String iso) {
        try {
            return LocalDate.parse(iso).format(DATE);
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    /** A question and its answer as text. */
    public record Line(String questionId, String question, String answer) {
    }
}
