package org.frontdoor.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;
import org.frontdoor.support.Visitor;

/**
 * Sends the console's upload form as a browser does without JavaScript: multipart/form-data with
 * the file, the textarea and the CSRF token of the form page, in the visitor's session.
 */
final class DefinitionUpload {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private DefinitionUpload() {
    }

    /** Uploads a file (and leaves the textarea empty). */
    static Visitor.Page file(int port, Visitor admin, String fileName, String yaml) {
        return send(port, admin, fileName, yaml, "");
    }

    /** Pastes YAML into the textarea and chooses no file. */
    static Visitor.Page pasted(int port, Visitor admin, String yaml) {
        return send(port, admin, null, null, yaml);
    }

    private static Visitor.Page send(int port, Visitor admin, String fileName, String fileContent, String pasted) {
        var form = admin.get("/console/admin/service-upload");
        var csrf = CSRF.matcher(form.body());
        if (form.status() != 200 || !csrf.find()) {
            return form;
        }
        var boundary = "----frontdoor" + UUID.randomUUID().toString().replace("-", "");
        var body = new StringBuilder();
        part(body, boundary, "form-data; name=\"_csrf\"", null, csrf.group(1));
        part(body, boundary, "form-data; name=\"definition\"; filename=\"" + (fileName == null ? "" : fileName) + "\"",
                "application/octet-stream", fileContent == null ? "" : fileContent);
        part(body, boundary, "form-data; name=\"yaml\"", null, pasted);
        body.append("--").append(boundary).append("--\r\n");
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/console/admin/service-upload"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Cookie", "FRONTDOOR_SESSION=" + admin.cookie("FRONTDOOR_SESSION"))
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build();
        try {
            var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Visitor.Page(response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void part(StringBuilder body, String boundary, String disposition, String contentType, String value) {
        body.append("--").append(boundary).append("\r\n").append("Content-Disposition: ").append(disposition).append("\r\n");
        if (contentType != null) {
            body.append("Content-Type: ").append(contentType).append("\r\n");
        }
        body.append("\r\n").append(value).append("\r\n");
    }
}
