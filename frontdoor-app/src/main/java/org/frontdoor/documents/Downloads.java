package org.frontdoor.documents;

import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A document as an HTTP response: always an attachment (never shown inline, so an uploaded file
 * cannot run as a page of this site), with the type its content was checked to be, no sniffing and
 * no caching by shared caches.
 */
public final class Downloads {

    private Downloads() {
    }

    public static ResponseEntity<byte[]> of(DocumentFile file) {
        var document = file.document();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.type().mediaType()))
                .contentLength(file.content().length)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(document.name(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(file.content());
    }
}
