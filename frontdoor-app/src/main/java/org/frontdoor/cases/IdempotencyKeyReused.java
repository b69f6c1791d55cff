package org.frontdoor.cases;

/** The idempotency key was already used for a different application; the client must use a new key. */
public class IdempotencyKeyReused extends RuntimeException {

    public IdempotencyKeyReused() {
        super("This Idempotency-Key was already used for a different application. Use a new key for a new application.");
    }
}
