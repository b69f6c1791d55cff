package org.frontdoor.screening.lists;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Loads every list found in files and folders, detecting each file's format from its content. */
public final class ListFiles {

    private ListFiles() {
    }

    /**
     * Loads the lists in {@code paths}; folders are searched recursively in name order and files
     * that are not lists are skipped. Throws {@link IllegalArgumentException} for a path that does
     * not exist or an explicitly named file in no known format.
     */
    public static List<SanctionsList> load(List<Path> paths) {
        List<SanctionsList> lists = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                for (Path file : filesIn(path)) {
                    ListFormat.detect(file).ifPresent(format -> lists.add(format.read(file)));
                }
            } else if (Files.isRegularFile(path)) {
                Optional<ListFormat> format = ListFormat.detect(path);
                if (format.isEmpty()) {
                    throw new IllegalArgumentException("not a sanctions list in a known format: " + path);
                }
                lists.add(format.get().read(path));
            } else {
                throw new IllegalArgumentException("no such file or folder: " + path);
            }
        }
        return lists;
    }

    private static List<Path> filesIn(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
