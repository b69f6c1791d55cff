package org.frontdoor.services.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML mapping read field by field, reporting each problem with its line and field path instead
 * of throwing, so one pass over a file finds every mistake in it. Fields nobody asked for are
 * reported as unknown, which catches misspellings such as {@code requried}.
 */
final class YamlMap {

    private final Map<String, Node> fields = new LinkedHashMap<>();
    private final Map<String, ScalarNode> keys = new LinkedHashMap<>();
    private final Set<String> read = new TreeSet<>();
    private final String path;
    private final int line;
    private final Problems problems;

    private YamlMap(String path, int line, Problems problems) {
        this.path = path;
        this.line = line;
        this.problems = problems;
    }

    /** The mapping at this node, or null (with a problem) when the node is something else. */
    static YamlMap of(Node node, String path, Problems problems) {
        if (!(node instanceof MappingNode mapping)) {
            problems.add(line(node), path.isEmpty() ? "(file)" : path, "Expected a set of fields (key: value)");
            return null;
        }
        var map = new YamlMap(path, line(node), problems);
        for (var tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                if (map.fields.containsKey(key.getValue())) {
                    problems.add(line(key), map.field(key.getValue()), "Field appears twice; keep one");
                }
                map.fields.put(key.getValue(), tuple.getValueNode());
                map.keys.put(key.getValue(), key);
            }
        }
        return map;
    }

    int line() {
        return line;
    }

    String field(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    int lineOf(String name) {
        var node = fields.get(name);
        return node == null ? line : line(node);
    }

    boolean has(String name) {
        return fields.containsKey(name);
    }

    String text(String name, boolean required) {
        read.add(name);
        var node = fields.get(name);
        if (node == null) {
            if (required) {
                problems.add(line, field(name), "Required field is missing");
            }
            return null;
        }
        if (!(node instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
            problems.add(line(node), field(name), required ? "Expected some text" : "Expected text, or leave the field out");
            return null;
        }
        return scalar.getValue().strip();
    }

    Integer integer(String name, boolean required, int min, int max) {
        var text = text(name, required);
        if (text == null) {
            return null;
        }
        try {
            int value = Integer.parseInt(text);
            if (value < min || value > max) {
                problems.add(lineOf(name), field(name), "Expected a whole number from " + min + " to " + max + ", found " + value);
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            problems.add(lineOf(name), field(name), "Expected a whole number, found '" + text + "'");
            return null;
        }
    }

    BigDecimal decimal(String name) {
        var text = text(name, false);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            problems.add(lineOf(name), field(name), "Expected a number, found '" + text + "'");
            return null;
        }
    }

    boolean flag(String name, boolean fallback) {
        var text = text(name, false);
        if (text == null) {
            return fallback;
        }
        if (!text.equals("true") && !text.equals("false")) {
            problems.add(lineOf(name), field(name), "Expected true or false, found '" + text + "'");
            return fallback;
        }
        return Boolean.parseBoolean(text);
    }

    /** A list of mappings; each element's path is {@code field[i]}. */
    List<YamlMap> maps(String name, boolean required) {
        read.add(name);
        var node = fields.get(name);
        var result = new ArrayList<YamlMap>();
        if (node == null) {
            if (required) {
                problems.add(line, field(name), "Required list is missing");
            }
            return result;
        }
        if (!(node instanceof SequenceNode sequence)) {
            problems.add(line(node), field(name), "Expected a list (items starting with '- ')");
            return result;
        }
        if (required && sequence.getValue().isEmpty()) {
            problems.add(line(node), field(name), "The list is empty; add at least one item");
        }
        for (int i = 0; i < sequence.getValue().size(); i++) {
            var item = of(sequence.getValue().get(i), field(name) + "[" + i + "]", problems);
            if (item != null) {
                result.add(item);
            }
        }
        return result;
    }

    /** A list of texts, or a single text read as a list of one. */
    List<String> texts(String name) {
        read.add(name);
        var node = fields.get(name);
        var result = new ArrayList<String>();
        if (node == null) {
            return result;
        }
        if (node instanceof ScalarNode scalar) {
            result.add(scalar.getValue().strip());
            return result;
        }
        if (!(node instanceof SequenceNode sequence)) {
            problems.add(line(node), field(name), "Expected a list of values");
            return result;
        }
        for (var item : sequence.getValue()) {
            if (item instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
                result.add(scalar.getValue().strip());
            } else {
                problems.add(line(item), field(name), "Expected a plain value in the list");
            }
        }
        return result;
    }

    YamlMap map(String name, boolean required) {
        read.add(name);
        var node = fields.get(name);
        if (node == null) {
            if (required) {
                problems.add(line, field(name), "Required section is missing");
            }
            return null;
        }
        return of(node, field(name), problems);
    }

    /** Reports every field that no reader asked for; call after reading the mapping. */
    void rejectUnknown() {
        for (var name : fields.keySet()) {
            if (!read.contains(name)) {
                problems.add(line(keys.get(name)), field(name), "Unknown field; expected one of " + String.join(", ", read));
            }
        }
    }

    private static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }
}
