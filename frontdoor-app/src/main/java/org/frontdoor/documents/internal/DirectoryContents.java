package org.frontdoor.documents.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * Contents as files in a directory (a mounted volume shared by every node), named by document id,
 * so the database stays small. Written to a temporary name and moved into place, so a reader never
 * sees half a file. A transaction that rolls back after the write leaves a file nothing refers to;
 * such files are harmless and can be swept by comparing names with the {@code documents} table.
 */
final class DirectoryContents implements DocumentContents {

    private final Path directory;

    DirectoryContents(Path directory) {
        this.directory = directory;
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the documents directory " + directory, e);
        }
    }

    @Override
    public void put(UUID id, byte[] content) {
        try {
            var temporary = Files.createTempFile(directory, id.toString(), ".part");
            Files.write(temporary, content);
            Files.move(temporary, file(id), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store document " + id, e);
        }
    }

    @Override
    public byte[] get(UUID id) {
        try {
            return Files.readAllBytes(file(id));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read document " + id, e);
        }
    }

    @Override
    public String name() {
        return "directory";
    }

    private Path file(UUID id) {
        return directory.resolve(id.toString());
    }
}
