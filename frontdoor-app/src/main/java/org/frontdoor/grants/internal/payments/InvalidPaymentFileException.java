package org.frontdoor.grants.internal.payments;

/**
 * A payment file does not conform to the ISO 20022 pain.001.001.03 schema. Thrown by
 * {@link CreditTransferFile#validate(byte[])}; the message carries the parser's line, column and
 * reason.
 */
public class InvalidPaymentFileException extends RuntimeException {

    public InvalidPaymentFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
