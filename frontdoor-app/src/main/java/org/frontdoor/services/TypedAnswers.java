package org.frontdoor.services;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.frontdoor.services.ServiceDefinition.Question;

/**
 * Turns typed answers, as the API receives them in JSON, into the fields a browser would post, so
 * answers given through the API are checked by exactly the rules the pages use.
 */
final class TypedAnswers {

    private TypedAnswers() {
    }

    static Map<String, List<String>> asInput(List<Question> questions, String prefix, Map<String, ?> answers) {
        var input = new HashMap<String, List<String>>();
        for (var question : questions) {
            var value = answers.get(question.id());
            if (value != null) {
                put(input, question, prefix + question.id(), value);
            }
        }
        return input;
    }

    private static void put(Map<String, List<String>> input, Question question, String field, Object value) {
        switch (question.type()) {
            case DATE -> {
                var parts = String.valueOf(value).split("-", 3);
                input.put(field + "-year", List.of(parts[0]));
                input.put(field + "-month", List.of(parts.length > 1 ? parts[1] : ""));
                input.put(field + "-day", List.of(parts.length > 2 ? parts[2] : ""));
            }
            case YES_NO -> input.put(field, List.of(value instanceof Boolean yes ? (yes ? "yes" : "no") : String.valueOf(value)));
            case MULTIPLE_CHOICE -> input.put(field, value instanceof List<?> list
                    ? list.stream().map(String::valueOf).toList() : List.of(String.valueOf(value)));
            case ADDRESS -> {
                if (value instanceof Map<?, ?> address) {
                    for (var part : List.of("line1", "line2", "town", "postcode")) {
                        var text = address.get(part);
                        input.put(field + "-" + part, List.of(text == null ? "" : String.valueOf(text)));
                    }
                } else {
                    input.put(field + "-line1", List.of(String.valueOf(value)));
                }
            }
            case FILE -> {
                if (value instanceof Map<?, ?> file) {
                    input.put(field, List.of(String.valueOf(file.get("document"))));
                    input.put(field + "-name", List.of(file.get("name") == null ? "" : String.valueOf(file.get("name"))));
                } else {
                    input.put(field, List.of(String.valueOf(value)));
                }
            }
            case REPEATING_GROUP -> {
                if (value instanceof List<?> items) {
                    for (int i = 0; i < items.size(); i++) {
                        if (items.get(i) instanceof Map<?, ?> item) {
                            @SuppressWarnings("unchecked")
                            var fields = asInput(question.items(), field + "-" + (i + 1) + "-", (Map<String, ?>) item);
                            input.putAll(fields);
                        }
                    }
                }
            }
            default -> input.put(field, List.of(value instanceof BigDecimal decimal ? decimal.toPlainString() : String.valueOf(value)));
        }
    }
}
