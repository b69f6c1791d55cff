package org.frontdoor.identity;

/** An emailed link that is unknown, already used or expired. */
public class InvalidToken extends RuntimeException {

    public InvalidToken(String message) {
        super(message);
    }
}
