package org.frontdoor.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryContentsTest {

    @TempDir
    Path directory;

    @Test
    void keepsEachDocumentAsAFileNamedByItsIdAndLeavesNoPartialFiles() throws Exception {
        var contents = new DirectoryContents(directory.resolve("documents"));
        var id = UUID.randomUUID();
        contents.put(id, UploadChecksTest.PDF);

        assertThat(contents.get(id)).isEqualTo(UploadChecksTest.PDF);
        try (var files = Files.list(directory.resolve("documents"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(id.toString());
        }
        assertThat(contents.name()).isEqualTo("directory");
    }
}
