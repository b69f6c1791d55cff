package org.frontdoor.platform;

/** Search text as a SQL LIKE pattern: the person's % and _ match themselves, not anything. */
public final class LikePatterns {

    private LikePatterns() {
    }

    /** A pattern matching values that contain the text (use with the default backslash escape). */
    public static String containing(String text) {
        var plain = text == null ? "" : text.strip();
        return "%" + plain.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
