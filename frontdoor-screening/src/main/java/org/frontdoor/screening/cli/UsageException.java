package org.frontdoor.screening.cli;

/** Bad command-line arguments: reported with the usage text and a non-zero exit status. */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
