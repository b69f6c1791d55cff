package org.frontdoor.services;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of question a form can ask, each rendered with its GOV.UK pattern. */
public enum QuestionType {
    TEXT("text"),
    LONG_TEXT("long-text"),
    NUMBER("number"),
    MONEY("money"),
    DATE("date"),
    YES_NO("yes-no"),
    SINGLE_CHOICE("single-choice"),
    MULTIPLE_CHOICE("multiple-choice"),
    ADDRESS("address"),
    EMAIL("email"),
    PHONE("phone"),
    FILE("file"),
    REPEATING_GROUP("repeating-group");

    private final String yamlName;

    QuestionType(String yamlName) {
        this.yamlName = yamlName;
    }

    /** The name used in service definition files. */
    public String yamlName() {
        return yamlName;
    }

    public boolean hasOptions() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }

    public static Optional<QuestionType> fromYaml(String name) {
        return Arrays.stream(values()).filter(type -> type.yamlName.equals(name)).findFirst();
    }
}
