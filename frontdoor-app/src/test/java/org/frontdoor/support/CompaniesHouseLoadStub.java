package org.frontdoor.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

/**
 * Companies House on loopback for load: the same real response shapes as {@link CompaniesHouseStub},
 * served by the JDK's own HTTP server with no request matching, templating or journal, so that at
 * tens of thousands of requests the stand-in for a remote register does not spend the benchmark's
 * two cores (WireMock took about a quarter of them). Every number answers as an active company named
 * {@link CompaniesHouseStub#COMPANY_NAME} with that number, except {@link CompaniesHouseStub#DISSOLVED};
 * a number that is not eight characters answers 404. HTTP Basic with the stub's key, else 401.
 */
public final class CompaniesHouseLoadStub implements AutoCloseable {

    private static final Pattern COMPANY = Pattern.compile("/company/([A-Z0-9]{8})(/officers)?");
    private static final String NUMBER = "NUMBER-ASKED-FOR";

    private final HttpServer server;
    private final String activeProfile;
    private final String dissolvedProfile;
    private final byte[] officers;
    private final byte[] notFound;
    private final String authorisation;

    private CompaniesHouseLoadStub() throws IOException {
        String profile = CompaniesHouseStub.resource("company-profile-00006402.json");
        activeProfile = CompaniesHouseStub.variant(profile, NUMBER, "active", null);
        dissolvedProfile = CompaniesHouseStub.variant(profile, CompaniesHouseStub.DISSOLVED, "dissolved", CompaniesHouseStub.DISSOLVED_ON);
        officers = CompaniesHouseStub.resource("officers.json").getBytes(StandardCharsets.UTF_8);
        notFound = CompaniesHouseStub.resource("not-found.json").getBytes(StandardCharsets.UTF_8);
        authorisation = "Basic " + Base64.getEncoder().encodeToString((CompaniesHouseStub.API_KEY + ":").getBytes(StandardCharsets.UTF_8));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::answer);
        server.start();
    }

    public static CompaniesHouseLoadStub start() {
        try {
            return new CompaniesHouseLoadStub();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            if (!authorisation.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                send(exchange, 401, "{\"error\":\"Invalid Authorization\",\"type\":\"ch:service\"}".getBytes(StandardCharsets.UTF_8));
                return;
            }
            var path = COMPANY.matcher(exchange.getRequestURI().getPath());
            if (!path.matches()) {
                send(exchange, 404, notFound);
            } else if (path.group(2) != null) {
                send(exchange, 200, officers);
            } else {
                String number = path.group(1);
                String body = number.equals(CompaniesHouseStub.DISSOLVED) ? dissolvedProfile : activeProfile.replace(NUMBER, number);
                send(exchange, 200, body.getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
