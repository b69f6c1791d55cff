package org.frontdoor.grants;

import java.util.Locale;
import java.util.regex.Pattern;

/** An organisation identifier the 360Giving way: a registry prefix and the organisation's number there. */
public record OrgId(String value) {

    private static final Pattern FORM = Pattern.compile("[A-Z]{2}-[A-Z0-9]{2,6}-[A-Z0-9-]{1,40}");

    /**
     * @throws IllegalArgumentException with a message for the person typing it
     */
    public static OrgId parse(String text) {
        var value = text == null ? "" : text.strip().replace(" ", "").toUpperCase(Locale.ROOT);
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("Enter the organisation's identifier, like GB-CHC-1234567 for a charity in England and Wales");
        }
        return new OrgId(value);
    }
}
