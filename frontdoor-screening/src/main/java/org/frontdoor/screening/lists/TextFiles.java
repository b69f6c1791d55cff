package org.frontdoor.screening.lists;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads list files whose encoding is not declared. OFAC publishes Latin-1, OFSI's legacy file is
 * Windows-1252, newer files are UTF-8: text that decodes as strict UTF-8 is taken as UTF-8,
 * anything else as Windows-1252 (a superset of Latin-1's printable characters).
 */
final class TextFiles {

    private TextFiles() {
    }

    static String read(Path file) {
        try {
            return decode(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static String decode(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, Charset.forName("windows-1252"));
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        // DOS end-of-file marker (^Z) closing the OFAC files.
        return text.replace("\u001A", "");
    }
}
