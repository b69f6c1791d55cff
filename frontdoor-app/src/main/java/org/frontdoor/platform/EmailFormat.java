package org.frontdoor.platform;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether text is a plausible email address, at the level GOV.UK services check: one @, a local
 * part of allowed characters, a domain with a dot. Whether the mailbox exists is for a
 * confirmation link to prove, not a pattern.
 */
public final class EmailFormat {

    public static final int MAX_LENGTH = 254;
    private static final Pattern PLAUSIBLE = Pattern.compile(
            "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$");

    private EmailFormat() {
    }

    public static boolean isPlausible(String email) {
        return email != null && email.length() <= MAX_LENGTH && PLAUSIBLE.matcher(email).matches() && !email.contains("..");
    }

    /** Trimmed, with the domain lowercased; the local part keeps its case as typed. */
    public static String normalise(String email) {
        if (email == null) {
            return "";
        }
        var trimmed = email.strip();
        int at = trimmed.lastIndexOf('@');
        return at < 0 ? trimmed : trimmed.substring(0, at) + trimmed.substring(at).toLowerCase(Locale.ROOT);
    }
}
