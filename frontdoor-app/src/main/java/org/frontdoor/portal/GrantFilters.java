package org.frontdoor.portal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.frontdoor.grants.ApplicantKind;
import org.frontdoor.grants.Money;
import org.frontdoor.platform.InvalidInput.FieldProblem;

/**
 * What a person looking for a grant asked for, as the finder's GET form sends it. Blank fields do
 * not filter; an amount that is not a number is a problem to show, and does not filter either.
 *
 * @param who    an applicant kind's word (individual, company, charity, other), or blank
 * @param funder a funder's name, or blank
 * @param amount the amount needed as typed, such as "£5,000"
 * @param open   only programmes with a round open now
 * @param text   words to find in the name, purpose or funder
 */
record GrantFilters(String who, String funder, String amount, boolean open, String text) {

    GrantFilters {
        who = trim(who);
        funder = trim(funder);
        amount = trim(amount);
        text = trim(text);
    }

    public Optional<ApplicantKind> kind() {
        return Arrays.stream(ApplicantKind.values()).filter(k -> k.word().equals(who)).findFirst();
    }

    Optional<BigDecimal> amountNeeded() {
        // Read as every grant form reads money, so "£5,000" here means what it means there.
        return Optional.ofNullable(Money.parse(amount));
    }

    List<FieldProblem> problems() {
        var problems = new ArrayList<FieldProblem>();
        if (!amount.isEmpty() && amountNeeded().isEmpty()) {
            problems.add(new FieldProblem("amount", "Enter the amount you need in pounds, like 5000"));
        }
        if (!who.isEmpty() && kind().isEmpty()) {
            problems.add(new FieldProblem("who", "Select who is applying"));
        }
        return problems;
    }

    public boolean any() {
        return !who.isEmpty() || !funder.isEmpty() || !amount.isEmpty() || open || !text.isEmpty();
    }

    boolean matches(GrantListing listing) {
        var programme = listing.programme();
        if (open && !listing.open()) {
            return false;
        }
        if (kind().isPresent() && !programme.applicants().contains(kind().get())) {
            return false;
        }
        if (!funder.isEmpty() && !funder.equalsIgnoreCase(programme.funderName())) {
            return false;
        }
        var needed = amountNeeded();
        if (needed.isPresent() && (needed.get().compareTo(programme.minAmount()) < 0 || needed.get().compareTo(programme.maxAmount()) > 0)) {
            return false;
        }
        return words().allMatch(word -> contains(programme.name(), word) || contains(programme.purpose(), word)
                || contains(programme.funderName(), word));
    }

    private Stream<String> words() {
        return text.isEmpty() ? Stream.empty() : Arrays.stream(text.toLowerCase(Locale.UK).split("\\s+"));
    }

    private static boolean contains(String field, String word) {
        return field != null && field.toLowerCase(Locale.UK).contains(word);
    }

    private static String trim(String value) {
        return value == null ? "" : value.strip();
    }
}
