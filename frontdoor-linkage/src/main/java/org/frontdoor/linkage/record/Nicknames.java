package org.frontdoor.linkage.record;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Maps given names to a canonical form so that "Bob" and "Robert" compare as the same name.
 * The table ships as a resource written for this project. Immutable once loaded.
 */
public final class Nicknames {

    private static final Nicknames BUILT_IN = load("nicknames.csv");

    private final Map<String, String> canonical;
    private final Map<String, java.util.List<String>> variants;

    private Nicknames(Map<String, String> canonical) {
        this.canonical = Map.copyOf(canonical);
        Map<String, java.util.List<String>> byRoot = new HashMap<>();
        canonical.forEach((name, root) -> byRoot.computeIfAbsent(root, r -> new java.util.ArrayList<>()).add(name));
        byRoot.replaceAll((root, names) -> names.stream().sorted().toList());
        this.variants = Map.copyOf(byRoot);
    }

    /** Every name sharing the given name's canonical form, including itself, sorted; just the name if unknown. */
    public java.util.List<String> variantsOf(String name) {
        return variants.getOrDefault(canonicalOf(name), java.util.List.of(name));
    }

    /** The table shipped with the engine. */
    public static Nicknames builtIn() {
        return BUILT_IN;
    }

    /**
     * The canonical form of a normalised given name; the name itself when the table does not know it.
     * A nickname shared by several groups (e.g. "pat") maps to the first group that lists it.
     */
    public String canonicalOf(String name) {
        return name == null ? null : canonical.getOrDefault(name, name);
    }

    private static Nicknames load(String resource) {
        Map<String, String> table = new HashMap<>();
        try (InputStream in = Nicknames.class.getResourceAsStream("/org/frontdoor/linkage/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing nickname table " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] names = line.split(",");
                String root = names[0].trim();
                for (String name : names) {
                    table.putIfAbsent(name.trim(), root);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Nicknames(table);
    }
}
