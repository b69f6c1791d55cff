package org.frontdoor.grants.internal.payments;

import java.math.BigDecimal;

/**
 * One payment of a run: money in pounds to a UK account (sort code and account number).
 *
 * <p>The constructor refuses what a bank would refuse, naming the transfer by its end-to-end id:
 * an id that is empty, longer than 35 characters or outside the ISO 20022 Latin character set (an
 * id is matched on the bank statement, so it is never silently changed); an amount that is not
 * positive, has more than two decimal places or exceeds {@link #MAX_AMOUNT}; a sort code that is
 * not 6 digits or an account number that is not 8. The sort code and account number are kept as
 * digits only. The creditor name and the remittance text are kept as given: the file writer
 * transliterates them into the bank character set and cuts them to length.
 *
 * @param endToEndId  the payment's reference, carried to the creditor's statement (1 to 35 characters)
 * @param amount      pounds, positive, at most two decimal places; never a double
 * @param creditorName the account holder's name (at most 70 characters are sent)
 * @param sortCode    six digits; "12-34-56" is accepted
 * @param accountNumber eight digits
 * @param remittance  text for the creditor, at most 140 characters are sent; may be null
 */
public record CreditTransfer(String endToEndId, BigDecimal amount, String creditorName,
        String sortCode, String accountNumber, String remittance) {

    /** The largest single payment a file carries; a larger one is a typing error, not a grant. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999.99");

    public CreditTransfer {
        if (endToEndId == null || endToEndId.isEmpty() || endToEndId.length() > 35
                || !Iso20022Text.isLatin(endToEndId)) {
            throw new InvalidPaymentException("Transfer '" + endToEndId
                    + "': the end-to-end id must be 1 to 35 characters of A-Z, a-z, 0-9, space and / - ? : ( ) . , ' +");
        }
        String who = "Transfer " + endToEndId;
        amount = Money.pounds(amount, who);
        if (Iso20022Text.latin(creditorName).isEmpty()) {
            throw new InvalidPaymentException(
                    who + ": the creditor name has no letters or digits a bank can carry");
        }
        sortCode = UkBankDetails.sortCode(sortCode, who);
        accountNumber = UkBankDetails.accountNumber(accountNumber, who);
    }
}
