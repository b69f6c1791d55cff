package org.frontdoor.diligence.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.frontdoor.diligence.CheckResult;
import org.frontdoor.diligence.CheckResult.Evidence;
import org.frontdoor.diligence.CheckResult.Outcome;
import org.frontdoor.diligence.CheckSubject;
import org.frontdoor.diligence.DiligenceCheck;
import org.frontdoor.diligence.PayeeConfirmation;
import org.frontdoor.diligence.PayeeConfirmation.Answer;
import org.frontdoor.diligence.PayeeConfirmation.Verdict;
import org.frontdoor.screening.names.NameMatcher;
import org.frontdoor.screening.names.NameScore;
import org.frontdoor.screening.names.Schema;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Confirmation of Payee: is the bank account in the applicant's name? With a Confirmation of Payee
 * provider configured, its bank's answer counts; without one, the name given for the account is
 * compared with the applicant's name (the organisation's for an organisation) by the screening
 * engine's name matcher, which reads legal forms, word order and typing errors as names do. A match
 * passes; a close match is referred with the name to confirm; no match fails, because money paid
 * to an account in someone else's name is the commonest grant fraud. Roles: {@code account-name},
 * {@code sort-code}, {@code account-number}, and the applicant's name ({@code applicant-name},
 * {@code organisation-name}, or the grant applicant).
 */
@Component
class AccountNameCheck implements DiligenceCheck {

    /**
     * At or above: the names match. The matcher is built for screening, where a typing error or a
     * missing word still counts as the same name; paying money is stricter, so only names equal
     * once case, punctuation, word order and legal forms are set aside match.
     */
    static final double MATCH = 0.99;
    /** At or above, below {@link #MATCH}: a close match (a typing error, a missing word, an initial), confirmed by a person. */
    static final double CLOSE = 0.65;

    private final NameMatcher matcher = new NameMatcher();
    private final ObjectProvider<PayeeConfirmation> provider;

    AccountNameCheck(ObjectProvider<PayeeConfirmation> provider) {
        this.provider = provider;
    }

    @Override
    public String name() {
        return "account-name";
    }

    @Override
    public CheckResult check(CheckSubject subject) {
        String accountName = subject.field("account-name");
        String organisation = subject.organisationName();
        boolean business = organisation != null;
        String expected = business ? organisation : Optional.ofNullable(subject.field("applicant-name"))
                .orElse(subject.grant() == null ? null : subject.grant().recipientName());
        if (accountName == null || expected == null) {
            return new CheckResult(name(), Outcome.REFER, "Cannot compare names: the application has no "
                    + (accountName == null ? "name on the account" : "applicant's name"), List.of(), source(), Instant.now());
        }
        var evidence = new ArrayList<Evidence>();
        evidence.add(new Evidence("Name on the account", accountName));
        evidence.add(new Evidence(business ? "Organisation's name" : "Applicant's name", expected));
        PayeeConfirmation bank = provider.getIfAvailable();
        if (bank != null) {
            return byBank(bank, subject, accountName, expected, business, evidence);
        }
        NameScore score = matcher.score(accountName, expected, business ? Schema.ORGANIZATION : Schema.PERSON);
        evidence.add(new Evidence("Name similarity", "%.3f (match from %.2f, close match from %.2f)".formatted(score.score(), MATCH, CLOSE)));
        evidence.add(new Evidence("Why", score.explain()));
        if (score.score() >= MATCH) {
            return result(Outcome.PASS, "Match: the account is in the applicant's name", evidence);
        }
        if (score.score() >= CLOSE) {
            evidence.add(new Evidence("Suggested name", expected));
            return result(Outcome.REFER, "Close match: confirm the account is in the name of " + expected, evidence);
        }
        return result(Outcome.FAIL, "No match: the account is in the name of " + accountName + ", not " + expected, evidence);
    }

    private CheckResult byBank(PayeeConfirmation bank, CheckSubject subject, String accountName, String expected,
                               boolean business, List<Evidence> evidence) {
        String sortCode = subject.field("sort-code");
        String account = subject.field("account-number");
        if (sortCode == null || account == null) {
            return result(Outcome.REFER, "Cannot ask the bank: the application has no sort code or account number", evidence);
        }
        Optional<Answer> answer = bank.confirm(sortCode, account, expected, business);
        if (answer.isEmpty()) {
            return result(Outcome.REFER, "The account's bank could not be asked; check again later", evidence);
        }
        evidence.add(new Evidence("Bank's answer", answer.get().verdict().name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT)));
        return switch (answer.get().verdict()) {
            case MATCH -> result(Outcome.PASS, "Match: the bank confirms the account is in the name of " + expected, evidence);
            case CLOSE_MATCH -> {
                evidence.add(new Evidence("Suggested name", answer.get().suggestedName()));
                yield result(Outcome.REFER, "Close match: the bank holds the account in the name of " + answer.get().suggestedName(), evidence);
            }
            case NO_MATCH -> result(Outcome.FAIL, "No match: the bank says the account is not in the name of " + expected
                    + " (the applicant gave " + accountName + ")", evidence);
        };
    }

    @Override
    public Optional<String> toApplicant(CheckResult result) {
        String given = value(result, "Name on the account");
        String expected = value(result, "Organisation's name");
        if (expected == null) {
            expected = value(result, "Applicant's name");
        }
        if (given == null || expected == null) {
            return Optional.empty();
        }
        return Optional.of("The name you gave for the bank account, " + given + ", " + (result.outcome() == Outcome.FAIL
                ? "does not match " : "is not exactly ") + expected + ". We can only pay an account in the applicant's name: "
                + "check the name with your bank and send us a message with the name exactly as the bank holds it.");
    }

    private static String value(CheckResult result, String label) {
        return result.evidence().stream().filter(e -> e.label().equals(label)).map(Evidence::value).findFirst().orElse(null);
    }

    private CheckResult result(Outcome outcome, String summary, List<Evidence> evidence) {
        return new CheckResult(name(), outcome, summary, evidence, source(), Instant.now());
    }

    private String source() {
        return provider.getIfAvailable() != null ? "Confirmation of Payee" : "names compared by the screening engine's name matcher";
    }
}
