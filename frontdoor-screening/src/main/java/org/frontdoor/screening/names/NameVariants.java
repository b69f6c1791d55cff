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

    private NameVariants() {
    }

    /** The name itself first, then the readings without and inside brackets, if any. */
    public static List<String> of(String name) {
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
