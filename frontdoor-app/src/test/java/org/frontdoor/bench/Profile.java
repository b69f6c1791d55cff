package org.frontdoor.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.text.ParseException;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/**
 * A Flight Recorder profile of only the measured phase of a benchmark ({@code --jfr file.jfr}), so that
 * start-up and data loading do not drown the steady state. Read it with {@code jfr view hot-methods file.jfr}.
 */
final class Profile {

    private Profile() {
    }

    static Recording startIfAsked(String[] args) throws IOException, ParseException {
        return startIfAsked(args, "--jfr");
    }

    /** A profile if the named option gives a file, for a benchmark with more than one measured phase. */
    static Recording startIfAsked(String[] args, String option) throws IOException, ParseException {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(option)) {
                var recording = new Recording(Configuration.getConfiguration("profile"));
                recording.setDestination(Path.of(args[i + 1]));
                recording.start();
                return recording;
            }
        }
        return null;
    }

    static void stop(Recording recording) {
        if (recording != null) {
            recording.stop();
            recording.close();
        }
    }
}
