package org.frontdoor.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;

/**
 * The real services the tests run against, started once per test JVM and shared by every Spring
 * context: PostgreSQL (an external server when {@code FRONTDOOR_TEST_DATABASE_URL} is set, as CI
 * does for the production path, otherwise an embedded one), an SMTP server (GreenMail) and an
 * OpenID Connect provider (mock-oauth2-server), all on loopback.
 */
public final class TestEnvironment {

    public static final String OIDC_ISSUER_ID = "frontdoor-test-idp";

    private static TestEnvironment instance;

    private final String databaseUrl;
    private final String databaseUser;
    private final EmbeddedPostgres embedded;
    private int leases;
    private final GreenMail mail;
    private final MockOAuth2Server oidc;
    private final CompaniesHouseStub companiesHouse;

    private TestEnvironment() {
        var external = System.getenv("FRONTDOOR_TEST_DATABASE_URL");
        if (external != null && !external.isBlank()) {
            databaseUrl = external;
            databaseUser = envOr("FRONTDOOR_TEST_DATABASE_USER", "postgres");
            embedded = null;
            resetSchema(databaseUrl, databaseUser);
        } else {
            try {
                embedded = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
                databaseUrl = embedded.getJdbcUrl("postgres", "postgres");
                databaseUser = "postgres";
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        mail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        oidc = new MockOAuth2Server();
        oidc.start(InetAddress.getLoopbackAddress(), freePort());
        companiesHouse = CompaniesHouseStub.start();
    }

    public static synchronized TestEnvironment get() {
        if (instance == null) {
            instance = new TestEnvironment();
        }
        return instance;
    }

    /**
     * An application context starts using the database. The embedded server stops when the last
     * context using it has closed, after that context's connection pool, so no shutdown waits on
     * a database that is already gone.
     */
    synchronized void lease() {
        leases++;
    }

    synchronized void release() {
        if (--leases > 0 || embedded == null) {
            return;
        }
        try {
            embedded.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            synchronized (TestEnvironment.class) {
                mail.stop();
                oidc.shutdown();
                companiesHouse.close();
                instance = null;
            }
        }
    }

    public String databaseUrl() {
        return databaseUrl;
    }

    public String databaseUser() {
        return databaseUser;
    }

    public GreenMail mail() {
        return mail;
    }

    public MockOAuth2Server oidc() {
        return oidc;
    }

    public CompaniesHouseStub companiesHouse() {
        return companiesHouse;
    }

    /** Properties that point the application at these services. */
    public Map<String, Object> properties() {
        return Map.ofEntries(
                Map.entry("spring.datasource.url", databaseUrl),
                Map.entry("spring.datasource.username", databaseUser),
                Map.entry("spring.mail.host", "127.0.0.1"),
                Map.entry("spring.mail.port", mail.getSmtp().getPort()),
                Map.entry("frontdoor.oidc.issuer", oidc.issuerUrl(OIDC_ISSUER_ID).toString()),
                Map.entry("frontdoor.oidc.client-id", "frontdoor"),
                Map.entry("frontdoor.oidc.client-secret", "test-secret"),
                Map.entry("frontdoor.oidc.display-name", "Test identity provider"),
                // Tests sign in from one address all day; per-address throttling is tested with its own addresses.
                Map.entry("frontdoor.sign-in.max-failures-per-address", 100_000),
                // The registers the due-diligence checks ask: Companies House on loopback, a small charity register extract.
                Map.entry("frontdoor.diligence.companies.base-url", companiesHouse.baseUrl()),
                Map.entry("frontdoor.diligence.companies.api-key", CompaniesHouseStub.API_KEY),
                Map.entry("frontdoor.diligence.companies.rate-limit.requests", 1000),
                Map.entry("frontdoor.diligence.companies.rate-limit.period", "1s"),
                Map.entry("frontdoor.diligence.charities.extract", "src/test/resources/diligence/charity_register/publicextract.charity.txt"),
                Map.entry("frontdoor.diligence.charities.event-history",
                        "src/test/resources/diligence/charity_register/publicextract.charity_event_history.txt"));
    }

    /** A clean schema on the shared external database, so a run starts from the migrations alone. */
    private static void resetSchema(String url, String user) {
        try (var connection = DriverManager.getConnection(url, user, System.getenv("FRONTDOOR_TEST_DATABASE_PASSWORD"));
             var statement = connection.createStatement()) {
            statement.execute("drop schema if exists public cascade");
            statement.execute("create schema public");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reset the test database at " + url, e);
        }
    }

    public static int freePort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String envOr(String name, String fallback) {
        var value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
