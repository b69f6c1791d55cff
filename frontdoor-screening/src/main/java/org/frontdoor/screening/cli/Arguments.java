package org.frontdoor.screening.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Options of the form {@code --name value [value ...]} after the command word. */
final class Arguments {

    private final Map<String, List<String>> options = new LinkedHashMap<>();

    Arguments(String[] args, int from, Set<String> allowed) {
        String current = null;
        for (int i = from; i < args.length; i++) {
            String a = args[i];
            if (a.startsWith("--")) {
                current = a.substring(2);
                if (!allowed.contains(current)) {
                    throw new UsageException("unknown option --" + current);
                }
                options.put(current, new ArrayList<>());
            } else if (current == null) {
                throw new UsageException("unexpected argument " + a);
            } else {
                options.get(current).add(a);
            }
        }
    }

    String required(String name) {
        List<String> v = options.get(name);
        if (v == null || v.isEmpty()) {
            throw new UsageException("missing --" + name);
        }
        return v.get(0);
    }

    String optional(String name, String fallback) {
        List<String> v = options.get(name);
        return v == null || v.isEmpty() ? fallback : v.get(0);
    }

    List<Path> paths(String name) {
        List<String> v = options.get(name);
        if (v == null || v.isEmpty()) {
            throw new UsageException("missing --" + name);
        }
        return v.stream().map(Path::of).toList();
    }

    double number(String name, double fallback) {
        String v = optional(name, null);
        if (v == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " needs a number, got " + v);
        }
    }
}
