package org.frontdoor.support;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** Waits for something another thread or node does after the test's own step: fails the test after {@code within}. */
public final class Eventually {

    private Eventually() {
    }

    /** Asks {@code done} every 50 ms until it holds; an {@link AssertionError} naming {@code what} after {@code within}. */
    public static void until(BooleanSupplier done, Duration within, String what) {
        var deadline = Instant.now().plus(within);
        while (!done.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Not done within " + within + ": " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
