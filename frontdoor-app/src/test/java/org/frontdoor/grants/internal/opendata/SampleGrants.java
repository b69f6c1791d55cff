package org.frontdoor.grants.internal.opendata;

import java.nio.file.Files;
import java.nio.file.Path;

/** The real 360Giving sample files, kept outside the repository in the shared data folder next to it. */
final class SampleGrants {

    private SampleGrants() {
    }

    /** The folder of sample files, looked for upwards from the working directory; null when this machine has none. */
    static Path folder() {
        for (var dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            var candidate = dir.resolve("shared/data/grants/360giving_sample_grants");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
            var sibling = dir.resolveSibling("shared").resolve("data/grants/360giving_sample_grants");
            if (Files.isDirectory(sibling)) {
                return sibling;
            }
        }
        return null;
    }
}
