package org.frontdoor.grants.internal.opendata;

import org.frontdoor.platform.web.ApiController;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Frontdoor's awarded grants as 360Giving open data, for anyone to read without signing in: the
 * JSON package and the spreadsheet-style CSV. Both are written to the response as the rows are
 * read, so the size of the history does not matter. Individuals are never named.
 */
@ApiController("/api/v1/open-data")
class OpenDataApi {

    static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private final AwardedGrants awardedGrants;

    OpenDataApi(AwardedGrants awardedGrants) {
        this.awardedGrants = awardedGrants;
    }

    /** Every awarded grant (or one programme's) as a 360Giving JSON package. */
    @GetMapping("/grants.json")
    ResponseEntity<StreamingResponseBody> json(@RequestParam(name = "programme", required = false) String programme) {
        StreamingResponseBody body = out -> {
            try (var writer = new ThreeSixtyGivingWriter(out)) {
                awardedGrants.forEach(blankIsAll(programme), writer::write);
            }
        };
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).headers(download("grants.json")).body(body);
    }

    /** Every awarded grant (or one programme's) as 360Giving CSV with the standard's column titles. */
    @GetMapping("/grants.csv")
    ResponseEntity<StreamingResponseBody> csv(@RequestParam(name = "programme", required = false) String programme) {
        StreamingResponseBody body = out -> {
            try (var writer = new ThreeSixtyGivingCsv(out)) {
                awardedGrants.forEach(blankIsAll(programme), writer::write);
            }
        };
        return ResponseEntity.ok().contentType(CSV).headers(download("grants.csv")).body(body);
    }

    private static String blankIsAll(String programme) {
        return programme == null || programme.isBlank() ? null : programme.strip();
    }

    private static HttpHeaders download(String filename) {
        var headers = new HttpHeaders();
        headers.setContentDisposition(ContentDisposition.attachment().filename(filename).build());
        // Open data: anyone may cache it briefly; it changes only when a grant is awarded.
        headers.setCacheControl("public, max-age=300");
        return headers;
    }
}
