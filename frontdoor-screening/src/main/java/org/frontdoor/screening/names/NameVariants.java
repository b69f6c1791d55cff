package org.frontdoor.screening.names;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Alternative readings of one written name. Lists and registers put acronyms and former names in
 * brackets ("IRANIAN AVIATION INDUSTRIES ORGANIZATION (IAIO)"): the name without the brackets
 * and each bracketed part are names of the same party.
 */
public final class NameVariants {

    private static final Pattern BRACKETED = Pattern.compile("[(\\[]([^()\\[\\]]*)[)\\]]");
    /**
     * What separates several names written as one: "a.k.a.", "f.k.a.", "n.k.a." (with or without
     * dots), "also/formerly known as", a semicolon, a slash between spaces.
     */
    private static final Pattern ALIAS_SEPARATOR = Pattern.compile(
            "(?i)(?<![\\p{L}\\p{N}])[afn]\\.? ?k\\.? ?a(?![\\p{L}\\p{N}])\\.?:?|\\b(?:also|formerly) known as\\b|;| / ");

    private NameVariants() {
    }

    /**
     * The name itself first, then, for a name that writes several ("Velora Shipping a.k.a. Nordsee
     * Trading"), each of them, then the readings without and inside brackets, if any.
     */
    public static List<String> of(String name) {
        if (name != null && ALIAS_SEPARATOR.matcher(name).find()) {
            List<String> variants = new ArrayList<>(4);
            variants.add(name);
            for (String part : ALIAS_SEPARATOR.split(name)) {
                String stripped = part.strip();
                if (stripped.codePoints().filter(Character::isLetter).count() >= 2) {
                    for (String v : bracketed(stripped)) {
                        if (!variants.contains(v)) {
                            variants.add(v);
                        }
                    }
                }
            }
            return variants;
        }
        return bracketed(name);
    }

    private static List<String> bracketed(String name) {
        List<String> variants = new ArrayList<>(3);
        variants.add(name);
        if (name == null || name.indexOf('(') < 0 && name.indexOf('[') < 0) {
            return variants;
        }
        Matcher m = BRACKETED.matcher(name);
        String outside = m.replaceAll(" ").strip();
        if (!outside.isEmpty()) {
            variants.add(outside);
        }
        m.reset();
        while (m.find()) {
            String inside = m.group(1).strip();
            if (inside.codePoints().filter(Character::isLetter).count() >= 2) {
                variants.add(inside);
            }
        }
        return variants;
    }
}
