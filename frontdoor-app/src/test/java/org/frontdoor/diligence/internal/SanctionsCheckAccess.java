package org.frontdoor.diligence.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationContext;

/** Lets system tests in other packages reach the module-internal list events and updates. */
public final class SanctionsCheckAccess {

    public Object listsLoaded() {
        return new SanctionsCheck.ListsLoaded(300);
    }

    static final Path EXTRACT = Path.of("src/test/resources/diligence/lists/sdn_first_300.csv");

    /** The tests' OFAC extract as {@code sdn.csv} in {@code folder}, without entry {@code entryId}, as if not listed yet. */
    static Path listWithout(String entryId, Path folder) throws IOException {
        Path file = folder.resolve("sdn.csv");
        List<String> lines = Files.readAllLines(EXTRACT, StandardCharsets.ISO_8859_1);
        Files.writeString(file, lines.stream().filter(l -> !l.startsWith(entryId + ",")).collect(Collectors.joining("\r\n", "", "\r\n")),
                StandardCharsets.ISO_8859_1);
        return file;
    }

    /** Replaces {@code file} with the whole extract, dated later so that file systems keeping whole seconds see the change. */
    static void replaceWithExtract(Path file) throws IOException {
        Files.copy(EXTRACT, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
    }

    /** What screening a list update found, as the system test reads it. */
    public record Screened(boolean claimed, int screened, int newHits) {
    }

    /**
     * Feeds the running application a list update in which OFAC entry {@code entryId} is newly
     * listed (the tests' extract without it, then with it), as if the list files had changed; the
     * context's own lists already hold the entry, so cases screened again find it.
     */
    public Screened entryNewlyListed(ApplicationContext context, String entryId, Path folder) {
        try {
            Path file = listWithout(entryId, folder);
            var settings = new DiligenceSettings(Map.of(), Map.of(),
                    new DiligenceSettings.Sanctions(List.of(folder.toString()), 0.1, Duration.ZERO), null, Map.of(), 0, Map.of());
            var lists = new SanctionsLists(settings);
            lists.loadIfChanged();
            replaceWithExtract(file);
            var update = lists.loadIfChanged().orElseThrow();
            var screened = context.getBean(ListUpdateScreening.class).screen(update);
            var again = context.getBean(ListUpdateScreening.class).screen(update);
            if (again.claimed()) {
                throw new AssertionError("A list version was screened twice");
            }
            return new Screened(screened.claimed(), screened.screened(), screened.newHits());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
