package org.frontdoor.services;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words in an application that staff look cases up by: names, email addresses, phone numbers
 * and addresses. Free text (long answers) is left out, because a word in someone's account of
 * events would make the case turn up for unrelated searches. Postcodes are added written together
 * too ("SW1A 2AA" also as "sw1a2aa"), so either way of typing one finds the case.
 */
public final class SearchTerms {

    private static final int MAX_LENGTH = 4_000;

    private SearchTerms() {
    }

    public static String of(ServiceDefinition.Form form, Map<String, ?> answers) {
        var words = new ArrayList<String>();
        form.pages().forEach(page -> collect(page.questions(), answers, words));
        var text = String.join(" ", words);
        return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text;
    }

    /** A postcode written without its space, lowercase: how it is kept among the search terms. */
    public static String compactPostcode(String postcode) {
        return postcode.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    private static void collect(List<ServiceDefinition.Question> questions, Map<String, ?> answers, List<String> words) {
        for (var question : questions) {
            var value = answers.get(question.id());
            if (value == null) {
                continue;
            }
            switch (question.type()) {
                case TEXT, EMAIL -> words.add(String.valueOf(value));
                case PHONE -> {
                    words.add(String.valueOf(value));
                    words.add(String.valueOf(value).replaceAll("[^0-9+]", ""));
                }
                case ADDRESS -> {
                    if (value instanceof Map<?, ?> address) {
                        address.values().forEach(part -> words.add(String.valueOf(part)));
                        if (address.get("postcode") instanceof String postcode) {
                            words.add(compactPostcode(postcode));
                        }
                    }
                }
                case REPEATING_GROUP -> {
                    if (value instanceof List<?> items) {
                        for (var item : items) {
                            if (item instanceof Map<?, ?> fields) {
                                @SuppressWarnings("unchecked")
                                var itemAnswers = (Map<String, ?>) fields;
                                collect(question.items(), itemAnswers, words);
                            }
                        }
                    }
                }
                default -> {
                    // Numbers, dates, choices and free text are filtered on, not searched.
                }
            }
        }
    }
}
