package org.frontdoor.grants.internal.payments;

/**
 * A payment run, or one transfer in it, cannot go into a payment file as it stands. The message
 * names the transfer (by its end-to-end id) or the batch field at fault and says what is wrong, so
 * that it can be shown to the finance officer who prepared the run.
 */
public class InvalidPaymentException extends IllegalArgumentException {

    public InvalidPaymentException(String message) {
        super(message);
    }
}
