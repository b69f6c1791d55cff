package org.frontdoor.linkage.cli;

import java.io.PrintStream;
import java.util.function.Consumer;

/** Progress lines on stderr, each stamped with the seconds since the command started. */
final class Progress implements Consumer<String> {

    private final long start = System.nanoTime();
    private final PrintStream err;

    Progress(PrintStream err) {
        this.err = err;
    }

    @Override
    public void accept(String message) {
        err.printf("[%6.1fs] %s%n", seconds(), message);
    }

    double seconds() {
        return (System.nanoTime() - start) / 1e9;
    }
}
