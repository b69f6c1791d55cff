package org.frontdoor.diligence;

import java.util.Optional;

/**
 * The plug-in point for a Confirmation of Payee service: the paying bank's question to the
 * account's bank, "is this account in this name?". Only payment service providers reach that
 * service, so the platform ships no implementation; a deployment that has one provides a bean.
 * Without one, the {@code account-name} check compares the name given for the account with the
 * applicant's own name, the same way.
 */
public interface PayeeConfirmation {

    /**
     * Asks the account's bank about the name.
     *
     * @param business whether the account is expected to be a business account
     * @return the bank's answer, or empty when the bank could not be asked (the check then refers)
     */
    Optional<Answer> confirm(String sortCode, String accountNumber, String name, boolean business);

    /**
     * What the bank said.
     *
     * @param verdict       match, close match or no match
     * @param suggestedName the account holder's name as the bank holds it, for a close match; else null
     */
    record Answer(Verdict verdict, String suggestedName) {
    }

    enum Verdict { MATCH, CLOSE_MATCH, NO_MATCH }
}
