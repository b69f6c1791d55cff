package org.frontdoor.grants.internal.payments;

import java.util.regex.Pattern;

/**
 * Checks of UK domestic bank details as they go into a payment file. Whether the pair is a real
 * account is the due-diligence modulus check's job; here only the shape is checked, because a
 * bank rejects a file whose sort code or account number has the wrong length.
 */
final class UkBankDetails {

    private static final Pattern SORT_CODE = Pattern.compile("\\d{6}");
    private static final Pattern ACCOUNT_NUMBER = Pattern.compile("\\d{8}");
    private static final Pattern IBAN = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Za-z0-9]{1,30}");
    private static final Pattern BIC = Pattern.compile("[A-Z]{6}[A-Z2-9][A-NP-Z0-9]([A-Z0-9]{3})?");

    private UkBankDetails() {
    }

    /** The sort code as six digits; "12-34-56" and "12 34 56" are accepted as people write them. */
    static String sortCode(String sortCode, String whose) {
        String digits = sortCode == null ? "" : sortCode.replace("-", "").replace(" ", "");
        if (!SORT_CODE.matcher(digits).matches()) {
            throw new InvalidPaymentException(whose + ": sort code '" + sortCode + "' must be 6 digits");
        }
        return digits;
    }

    /**
     * The account number as eight digits. Shorter numbers are refused rather than padded: how a
     * 7- or 10-digit number becomes 8 depends on the bank, and guessing sends money astray.
     */
    static String accountNumber(String accountNumber, String whose) {
        String digits = accountNumber == null ? "" : accountNumber.replace(" ", "");
        if (!ACCOUNT_NUMBER.matcher(digits).matches()) {
            throw new InvalidPaymentException(
                    whose + ": account number '" + accountNumber + "' must be 8 digits");
        }
        return digits;
    }

    static String iban(String iban, String whose) {
        String compact = iban == null ? "" : iban.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        if (!IBAN.matcher(compact).matches()) {
            throw new InvalidPaymentException(whose + ": IBAN '" + iban + "' is not an IBAN");
        }
        return compact;
    }

    static String bic(String bic, String whose) {
        if (bic == null || bic.isBlank()) {
            return null;
        }
        String upper = bic.strip().toUpperCase(java.util.Locale.ROOT);
        if (!BIC.matcher(upper).matches()) {
            throw new InvalidPaymentException(whose + ": BIC '" + bic + "' is not a BIC");
        }
        return upper;
    }
}
