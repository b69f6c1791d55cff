package org.frontdoor.grants.internal.payments;

/**
 * The account the money leaves: the funder's, held either as a UK sort code and account number or
 * as an IBAN, with the bank's BIC when known.
 *
 * <p>Use {@link #ukAccount} or {@link #iban}; the constructor checks that exactly one form is
 * given and normalises it (digits only; IBAN and BIC in capitals without spaces).
 *
 * @param name          the account holder, as the bank knows it
 * @param sortCode      six digits, or null when an IBAN is given
 * @param accountNumber eight digits, or null when an IBAN is given
 * @param iban          the IBAN, or null for a sort code and account number
 * @param bic           the debtor bank's BIC, or null
 */
public record Debtor(String name, String sortCode, String accountNumber, String iban, String bic) {

    public Debtor {
        String who = "Debtor";
        if (Iso20022Text.latin(name).isEmpty()) {
            throw new InvalidPaymentException(who + ": the name has no letters or digits a bank can carry");
        }
        boolean uk = sortCode != null || accountNumber != null;
        if (uk == (iban != null)) {
            throw new InvalidPaymentException(
                    who + ": give either a sort code and account number or an IBAN, not both or neither");
        }
        if (uk) {
            sortCode = UkBankDetails.sortCode(sortCode, who);
            accountNumber = UkBankDetails.accountNumber(accountNumber, who);
        } else {
            iban = UkBankDetails.iban(iban, who);
        }
        bic = UkBankDetails.bic(bic, who);
    }

    /** A funder's UK account; {@code bic} may be null. */
    public static Debtor ukAccount(String name, String sortCode, String accountNumber, String bic) {
        return new Debtor(name, sortCode, accountNumber, null, bic);
    }

    /** A funder's account known by IBAN; {@code bic} may be null. */
    public static Debtor iban(String name, String iban, String bic) {
        return new Debtor(name, null, null, iban, bic);
    }

    boolean hasIban() {
        return iban != null;
    }
}
