package org.frontdoor.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.springframework.web.multipart.MultipartFile;

/**
 * A file as it arrived. {@code name} and {@code declaredType} are what the sender's computer said
 * and are not trusted: the type is judged from the content.
 */
public record Upload(String name, String declaredType, byte[] content) {

    public Upload {
        name = safeName(name);
        content = content == null ? new byte[0] : content;
    }

    /** The file a form or request sent; empty when the person chose no file (no name and no content). */
    public static Optional<Upload> from(MultipartFile file) {
        if (file == null || (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()))) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Upload(file.getOriginalFilename(), file.getContentType(), file.getBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the uploaded file", e);
        }
    }

    public long size() {
        return content.length;
    }

    /** The last path segment without control characters, at most 200 characters; "document" if nothing is left. */
    static String safeName(String name) {
        var text = name == null ? "" : name;
        text = text.substring(Math.max(text.lastIndexOf('/'), text.lastIndexOf('\\')) + 1);
        text = text.replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (text.length() > 200) {
            text = text.substring(text.length() - 200);
        }
        return text.isEmpty() ? "document" : text;
    }
}
