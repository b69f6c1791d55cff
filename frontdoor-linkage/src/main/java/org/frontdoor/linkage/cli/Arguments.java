package org.frontdoor.linkage.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Command-line options of the form {@code --name value}; rejects unknown and repeated options. */
final class Arguments {

    private final Map<String, String> values = new HashMap<>();

    Arguments(List<String> args, Set<String> allowed) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--") || !allowed.contains(arg.substring(2))) {
                throw new UsageException("unknown option '" + arg + "'");
            }
            if (i + 1 >= args.size()) {
                throw new UsageException("option " + arg + " needs a value");
            }
            if (values.put(arg.substring(2), args.get(++i)) != null) {
                throw new UsageException("option " + arg + " given twice");
            }
        }
    }

    String required(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new UsageException("missing --" + name);
        }
        return value;
    }

    String optional(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    int integer(String name, int fallback) {
        String value = values.get(name);
        try {
            return value == null ? fallback : Integer.parseInt(value.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a whole number, not '" + value + "'");
        }
    }

    /** Bad command line: reported with the usage text and a non-zero exit. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
