package org.frontdoor.bench;

/** Command-line options of the benchmarks: {@code --name value}. */
final class Options {

    private Options() {
    }

    static int option(String[] args, String name, int fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }
}
