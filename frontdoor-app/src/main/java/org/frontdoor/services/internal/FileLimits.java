package org.frontdoor.services.internal;

import java.util.EnumSet;
import java.util.Locale;
import java.util.regex.Pattern;
import org.frontdoor.documents.FileRules;
import org.frontdoor.documents.FileType;

/**
 * Reads a file question's {@code file-types} (for example {@code [pdf, jpg, png]}) and
 * {@code max-size} (for example {@code 10MB} or {@code 500KB}); either may be left out for the
 * default: PDF, JPG or PNG up to 10MB.
 */
final class FileLimits {

    private static final Pattern SIZE = Pattern.compile("(\\d{1,6})\\s*(KB|MB)");
    private static final String KNOWN = String.join(", ", java.util.Arrays.stream(FileType.values()).map(FileType::yamlName).toList());

    private FileLimits() {
    }

    static FileRules read(YamlMap question, Problems problems) {
        var types = EnumSet.noneOf(FileType.class);
        for (var name : question.texts("file-types")) {
            FileType.fromName(name).ifPresentOrElse(types::add, () -> problems.add(question.lineOf("file-types"),
                    question.field("file-types"), "Unknown file type '" + name + "'; use any of " + KNOWN));
        }
        if (question.has("file-types") && types.isEmpty()) {
            problems.add(question.lineOf("file-types"), question.field("file-types"), "Name at least one file type: " + KNOWN);
        }
        long maxBytes = FileRules.DEFAULT.maxBytes();
        var size = question.text("max-size", false);
        if (size != null) {
            var matcher = SIZE.matcher(size.toUpperCase(Locale.ROOT));
            long bytes = matcher.matches()
                    ? Long.parseLong(matcher.group(1)) * (matcher.group(2).equals("MB") ? FileRules.MEGABYTE : 1024) : -1;
            if (bytes < 1 || bytes > FileRules.LARGEST) {
                problems.add(question.lineOf("max-size"), question.field("max-size"), "Expected a size from 1KB to "
                        + FileRules.sizeText(FileRules.LARGEST) + ", like 10MB or 500KB, found '" + size + "'");
            } else {
                maxBytes = bytes;
            }
        }
        return new FileRules(types.isEmpty() ? FileRules.DEFAULT.types() : types, maxBytes);
    }
}
