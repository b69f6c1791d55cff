package org.frontdoor.diligence.internal.registers;

import java.util.Locale;
import org.frontdoor.diligence.CheckSubject;

/**
 * Which charity an application names and in which register: England and Wales (the Charity
 * Commission, {@code GB-CHC-}), Scotland (OSCR, {@code GB-SC-}, numbers {@code SC012345}) or
 * Northern Ireland (CCNI, {@code GB-NIC-}). A subsidiary number such as {@code 1000611-1} is read
 * as its main charity's. Anything else is refused with a reason, never echoed at length.
 *
 * @param register {@code CCEW}, {@code OSCR} or {@code CCNI}; null when there is no usable number
 * @param number   the number within that register
 * @param problem  why there is no usable number, or null
 */
record CharityNumber(String register, String number, String problem) {

    static final String CCEW = "CCEW";
    static final String OSCR = "OSCR";
    static final String CCNI = "CCNI";

    static CharityNumber of(CheckSubject subject) {
        String orgId = subject.grant() == null ? null : subject.grant().orgId();
        if (orgId != null) {
            String upper = orgId.trim().toUpperCase(Locale.ROOT);
            if (upper.startsWith("GB-SC-")) {
                return read(upper.substring(6));
            }
            if (upper.startsWith("GB-NIC-")) {
                return new CharityNumber(CCNI, upper.substring(7), null);
            }
        }
        return read(subject.charityNumber());
    }

    static CharityNumber read(String answer) {
        if (answer == null || answer.isBlank()) {
            return new CharityNumber(null, null, null);
        }
        if (answer.length() > 30) {
            return new CharityNumber(null, null, "the charity number given is " + answer.length() + " characters long");
        }
        String text = answer.replace(" ", "").toUpperCase(Locale.ROOT);
        if (text.matches("SC[0-9]{6}")) {
            return new CharityNumber(OSCR, text, null);
        }
        if (text.matches("NIC[0-9]{6}")) {
            return new CharityNumber(CCNI, text.substring(3), null);
        }
        if (text.matches("[0-9]{1,8}(-[0-9]{1,3})?")) {
            String main = text.contains("-") ? text.substring(0, text.indexOf('-')) : text;
            return new CharityNumber(CCEW, String.valueOf(Long.parseLong(main)), null);
        }
        return new CharityNumber(null, null, "the charity number given is not a number of the Charity Commission, OSCR or CCNI");
    }

    String orgId() {
        return switch (register) {
            case CCEW -> "GB-CHC-" + number;
            case OSCR -> "GB-SC-" + number;
            default -> "GB-NIC-" + number;
        };
    }
}
