package org.frontdoor.diligence.internal.registers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.frontdoor.diligence.CheckResult;
import org.frontdoor.diligence.CheckResult.Evidence;

/**
 * What an applicant is told about a register check that did not pass: only what is on the public
 * register and what they can put right (a mistyped number, a name that changed, a status they may
 * dispute), in plain words. Nothing is told about officers' disqualifications (a person judges
 * those first), about a register that did not answer (our problem, not theirs) or about
 * Scottish and Northern Irish charities we could not check.
 */
final class ToldToApplicants {

    private ToldToApplicants() {
    }

    static Optional<String> company(CheckResult result) {
        var told = new ArrayList<String>();
        String summary = result.summary();
        String number = value(result, "Company number");
        if (summary.startsWith("No company with number") && number != null) {
            told.add("Companies House has no company with number " + number + ". Check the number and send us a message with the "
                    + "right one.");
        } else if (summary.startsWith("The company number could not be checked")) {
            told.add("The company number you gave is not in the form Companies House uses (8 digits, or 2 letters and 6 digits). "
                    + "Send us a message with the right one.");
        } else if (summary.startsWith("No company number to check")) {
            told.add("We need the company's registration number to check it at Companies House. Send it to us in a message.");
        }
        String status = value(result, "Status");
        if (status != null && summary.contains("status is")) {
            String detail = value(result, "Status detail");
            told.add("Companies House shows the company's status as " + status.replaceAll(" \\(.*\\)$", "")
                    + (detail == null ? "" : " (" + detail + ")") + ". If that is wrong, tell us in a message.");
        }
        String incorporated = value(result, "Incorporated on");
        if (incorporated != null && summary.toLowerCase(java.util.Locale.ROOT).contains("incorporated on")) {
            told.add("Companies House shows the company was incorporated on " + incorporated + ", later than the trading history "
                    + "you gave. If you traded before incorporating, tell us in a message.");
        }
        name(result, "Companies House", "the company changed its name", told);
        return told.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", told));
    }

    static Optional<String> charity(CheckResult result) {
        var told = new ArrayList<String>();
        String summary = result.summary();
        String number = value(result, "Charity number");
        String merged = value(result, "Merged into");
        if (summary.startsWith("No charity with number") && number != null) {
            told.add("The Charity Commission's register has no charity with number " + number + ". Check the number and send us a "
                    + "message with the right one.");
        } else if (summary.startsWith("The charity number could not be checked")) {
            told.add("The charity number you gave is not one the Charity Commission, OSCR or CCNI uses. Send us a message with the "
                    + "right one.");
        } else if (summary.startsWith("No charity number to check")) {
            told.add("We need the charity's registration number to check it on the register. Send it to us in a message.");
        } else if (merged != null) {
            told.add("The Charity Commission's register shows the charity was removed after merging into " + merged
                    + ". If that charity is applying, tell us its number in a message.");
        } else if (summary.startsWith("Removed from the register")) {
            told.add("The Charity Commission's register shows the charity as removed on " + value(result, "Removed on")
                    + ". If that is wrong, tell us in a message.");
        }
        String given = value(result, "Company number given");
        String known = value(result, "Company number on the register");
        if (given != null && summary.contains("is not the charity's")) {
            told.add("The company number you gave, " + given + ", is not the one the register holds for the charity (" + known
                    + "). Send us a message with the right one.");
        }
        name(result, "the Charity Commission's register", "the charity changed its name", told);
        return told.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", told));
    }

    private static void name(CheckResult result, String register, String why, List<String> told) {
        String comparison = value(result, "Name comparison");
        String given = value(result, "Name given");
        String registered = value(result, "Company");
        if (registered == null) {
            registered = value(result, "Charity");
        }
        if (comparison != null && comparison.startsWith("differs") && given != null && registered != null) {
            told.add("The name you gave, " + given + ", is not the name " + register + " holds, "
                    + registered.replaceAll(" \\([A-Z0-9]{8}\\)$", "") + ". If " + why + ", tell us in a message.");
        }
    }

    private static String value(CheckResult result, String label) {
        return result.evidence().stream().filter(e -> e.label().equals(label)).map(Evidence::value).findFirst().orElse(null);
    }
}
