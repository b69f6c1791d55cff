package org.frontdoor.people.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.frontdoor.linkage.record.PersonField;
import org.frontdoor.platform.InvalidInput;

/** Checks a source as typed in the console or sent to the API. */
final class SourceForm {

    private SourceForm() {
    }

    static Source validate(String id, String name, Map<String, ?> trust, boolean nameTaken) {
        List<InvalidInput.FieldProblem> problems = new ArrayList<>();
        String key = id == null ? "" : id.strip();
        if (!key.matches("[a-z0-9][a-z0-9-]{0,39}")) {
            problems.add(new InvalidInput.FieldProblem("id", "Enter a short id of lower-case letters, digits and hyphens, like tax"));
        }
        if (key.equals(Source.FRONTDOOR)) {
            problems.add(new InvalidInput.FieldProblem("id", "The id frontdoor is kept for case applicants"));
        }
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > 100) {
            problems.add(new InvalidInput.FieldProblem("name", "Enter a name of up to 100 characters"));
        } else if (nameTaken) {
            problems.add(new InvalidInput.FieldProblem("name", "Another source has this name"));
        }
        Map<PersonField, Integer> levels = new EnumMap<>(PersonField.class);
        trust.forEach((field, raw) -> {
            PersonField f;
            try {
                f = PersonField.fromKey(field);
            } catch (IllegalArgumentException e) {
                problems.add(new InvalidInput.FieldProblem("trust", "Unknown field " + field));
                return;
            }
            String text = raw == null ? "" : raw.toString().strip();
            if (text.isEmpty()) {
                return;
            }
            try {
                int level = Integer.parseInt(text);
                if (level < 0 || level > 100) {
                    throw new NumberFormatException();
                }
                levels.put(f, level);
            } catch (NumberFormatException e) {
                problems.add(new InvalidInput.FieldProblem("trust-" + f.key(), "Enter a trust level from 0 to 100 for " + f.key().replace('_', ' ')));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new Source(key, label, levels);
    }
}
