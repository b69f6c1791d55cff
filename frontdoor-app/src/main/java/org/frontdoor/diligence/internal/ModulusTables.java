package org.frontdoor.diligence.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Vocalink's two modulus-checking tables, read as data: the weight table ({@code valacdos.txt}: a
 * sort-code range, a method, fourteen weights and an optional exception number per line) and the
 * sort-code substitution table ({@code scsubtab.txt}: sort code and its substitute per line).
 * Plain Java; immutable once read.
 */
final class ModulusTables {

    /** The standard checks: modulus 10, modulus 11 and double alternate (modulus 10 of the products' digits). */
    enum Method { MOD10, MOD11, DBLAL }

    /** One line of the weight table; {@code exception} is 0 when the line names none. */
    record Rule(int from, int to, Method method, int[] weights, int exception) {
        Rule {
            if (weights.length != 14) {
                throw new IllegalArgumentException("a rule has 14 weights, not " + weights.length);
            }
            weights = weights.clone();
        }

        @Override
        public int[] weights() {
            return weights.clone();
        }

        @Override
        public String toString() {
            return "%06d-%06d %s %s%s".formatted(from, to, method, Arrays.toString(weights),
                    exception == 0 ? "" : " exception " + exception);
        }
    }

    private final List<Rule> rules;
    private final Map<Integer, Integer> substitutes;
    private final String source;

    private ModulusTables(List<Rule> rules, Map<Integer, Integer> substitutes, String source) {
        this.rules = List.copyOf(rules);
        this.substitutes = Map.copyOf(substitutes);
        this.source = source;
    }

    /**
     * Reads both tables; a line that is not in the format is refused with its number, since a
     * wrong weight would quietly fail good accounts.
     */
    static ModulusTables read(BufferedReader weights, BufferedReader substitutions, String source) {
        try {
            List<Rule> rules = new ArrayList<>();
            String line;
            int number = 0;
            while ((line = weights.readLine()) != null) {
                number++;
                String[] f = line.trim().split("\\s+");
                if (f.length == 1 && f[0].isEmpty()) {
                    continue;
                }
                if (f.length != 17 && f.length != 18) {
                    throw new IllegalArgumentException("weight table line " + number + ": expected 17 or 18 fields, found " + f.length);
                }
                int[] w = new int[14];
                for (int i = 0; i < 14; i++) {
                    w[i] = Integer.parseInt(f[3 + i]);
                }
                rules.add(new Rule(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Method.valueOf(f[2]), w,
                        f.length == 18 ? Integer.parseInt(f[17]) : 0));
            }
            Map<Integer, Integer> subs = new HashMap<>();
            number = 0;
            while ((line = substitutions.readLine()) != null) {
                number++;
                String[] f = line.trim().split("\\s+");
                if (f.length == 1 && f[0].isEmpty()) {
                    continue;
                }
                if (f.length != 2) {
                    throw new IllegalArgumentException("substitution table line " + number + ": expected 2 fields, found " + f.length);
                }
                subs.put(Integer.parseInt(f[0]), Integer.parseInt(f[1]));
            }
            return new ModulusTables(rules, subs, source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("modulus table holds a value that is not a number: " + e.getMessage(), e);
        }
    }

    /** The rules for a sort code in table order: none (it cannot be checked), one, or two. */
    List<Rule> rulesFor(int sortCode) {
        return rules.stream().filter(r -> r.from() <= sortCode && sortCode <= r.to()).toList();
    }

    /** The sort code to use instead for exception 5, or the sort code itself. */
    int substitute(int sortCode) {
        return substitutes.getOrDefault(sortCode, sortCode);
    }

    int ruleCount() {
        return rules.size();
    }

    String source() {
        return source;
    }
}
