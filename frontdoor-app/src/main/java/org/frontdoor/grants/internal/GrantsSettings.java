package org.frontdoor.grants.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Grants settings: the account payment runs pay from.
 *
 * @param payer the funder's bank account and the name the bank knows the sender by
 */
@ConfigurationProperties("frontdoor.grants")
record GrantsSettings(Payer payer) {

    GrantsSettings {
        payer = payer == null ? new Payer(null, null, null, null) : payer;
    }

    /**
     * @param name          account holder, also the initiating party of payment files
     * @param sortCode      6 digits
     * @param accountNumber 8 digits
     * @param bic           the bank's BIC, optional
     */
    record Payer(String name, String sortCode, String accountNumber, String bic) {
    }
}
