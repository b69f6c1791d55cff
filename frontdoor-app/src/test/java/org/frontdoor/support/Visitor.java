package org.frontdoor.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person using the site over real HTTP, without a browser: keeps cookies (the session cookie is
 * Secure, and this client, like browsers, sends it to localhost), follows no redirects by itself,
 * and sends the CSRF token of the last page it read with each form, as a browser would.
 */
public final class Visitor {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern COOKIE = Pattern.compile("^([^=;]+)=([^;]*)");

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String csrf;

    public Visitor(int port) {
        this.base = "http://localhost:" + port;
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** Posts a form with the CSRF token of the last page read. */
    public Page post(String path, Map<String, String> form) {
        var fields = new LinkedHashMap<>(form);
        if (csrf != null) {
            fields.putIfAbsent("_csrf", csrf);
        }
        return postRaw(path, fields);
    }

    /** Posts exactly these fields: no CSRF token unless given. */
    public Page postRaw(String path, Map<String, String> form) {
        var body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts a form with file inputs as a browser does (multipart), with the CSRF token of the last page read. */
    public Page postFiles(String path, Map<String, String> form, Map<String, FilePart> files) {
        var boundary = "----visitor" + java.util.UUID.randomUUID().toString().replace("-", "");
        var body = new java.io.ByteArrayOutputStream();
        var fields = new LinkedHashMap<>(form);
        if (csrf != null) {
            fields.putIfAbsent("_csrf", csrf);
        }
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        files.forEach((name, file) -> {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + file.filename()
                    + "\"\r\nContent-Type: " + file.contentType() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file.content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        });
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** A file as a browser sends it from a file input; an empty filename means no file was chosen. */
    public record FilePart(String filename, String contentType, byte[] content) {
    }

    /** Signs in through the sign-in page and returns where it sent the person. */
    public Page signIn(String email, String password) {
        get("/sign-in");
        return post("/sign-in", Map.of("email", email, "password", password));
    }

    public Page follow(Page page) {
        var location = page.header("Location");
        if (location == null) {
            throw new AssertionError("No redirect from a " + page.status() + " response");
        }
        return get(location.startsWith("http") ? URI.create(location).getRawPath()
                + (URI.create(location).getRawQuery() == null ? "" : "?" + URI.create(location).getRawQuery()) : location);
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    public void useCookie(String name, String value) {
        cookies.put(name, value);
    }

    private Page send(HttpRequest.Builder request) {
        request.header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        try {
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            response.headers().allValues("Set-Cookie").forEach(this::remember);
            var matcher = CSRF.matcher(response.body());
            if (matcher.find()) {
                csrf = matcher.group(1);
            }
            return new Page(response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void remember(String setCookie) {
        var matcher = COOKIE.matcher(setCookie);
        if (matcher.find()) {
            if (setCookie.contains("Max-Age=0")) {
                cookies.remove(matcher.group(1));
            } else {
                cookies.put(matcher.group(1), matcher.group(2));
            }
        }
    }

    /** A response as the visitor saw it. */
    public record Page(int status, String body, Map<String, java.util.List<String>> headers) {

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst()).findFirst().orElse(null);
        }

        public String location() {
            var location = header("Location");
            return location == null ? null : URI.create(location).getPath();
        }
    }
}
