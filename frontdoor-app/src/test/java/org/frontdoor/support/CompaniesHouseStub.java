package org.frontdoor.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Companies House's public API on loopback (WireMock on 127.0.0.1, a free port), replaying the
 * real response shapes in {@code src/test/resources/diligence/companies_house} (see the README
 * there), with named companies for each state a test or a benchmark needs:
 *
 * <ul>
 *   <li>{@link #ACTIVE}: an active company with two directors;</li>
 *   <li>{@link #DISSOLVED}: dissolved on {@link #DISSOLVED_ON};</li>
 *   <li>{@link #LIQUIDATION}: the real fixture, in liquidation;</li>
 *   <li>{@link #DISQUALIFIED_DIRECTOR}: active, one current director disqualified 2023 to 2031;</li>
 *   <li>{@link #SLOW}: every answer comes after {@link #slowDelayMillis()} (set it above the read timeout);</li>
 *   <li>{@link #FLAKY}: the profile answers 500 twice, then 200 (per {@link #resetScenarios()});</li>
 *   <li>{@link #RATE_LIMITED}: always 429 with Retry-After;</li>
 *   <li>{@link #BROKEN}: always 500;</li>
 *   <li>any other number: 404 with Companies House's error body ({@link #UNKNOWN} is one).</li>
 * </ul>
 * Every answer needs HTTP Basic with {@link #API_KEY} as the user name, else 401, as the real API.
 * The names are the real fixture's (RENABLE PHARMA LTD) for every state.
 */
public final class CompaniesHouseStub implements AutoCloseable {

    public static final String API_KEY = "test-companies-house-key";
    public static final String COMPANY_NAME = "RENABLE PHARMA LTD";
    public static final String ACTIVE = "00006403";
    public static final String DISSOLVED = "00006404";
    public static final String DISSOLVED_ON = "2023-06-30";
    public static final String LIQUIDATION = "00006402";
    public static final String DISQUALIFIED_DIRECTOR = "00006405";
    public static final String DISQUALIFIED_OFFICER_ID = "Pq8sT2uVwXy4Za6Bc1De3Fg5Hi7";
    public static final String DISQUALIFIED_DIRECTOR_NAME = "OKAFOR, Daniel Chukwuemeka";
    public static final String SLOW = "00006406";
    public static final String FLAKY = "00006407";
    public static final String RATE_LIMITED = "00006409";
    public static final String BROKEN = "00006410";
    public static final String UNKNOWN = "09999999";
    /** Incorporation date of every named company (the fixture's {@code date_of_creation}). */
    public static final String INCORPORATED_ON = "2015-03-04";

    private static final String FOLDER = "/diligence/companies_house/";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WireMockServer server;
    private final int slowDelayMillis;
    private StubMapping outage;

    private CompaniesHouseStub(int slowDelayMillis) {
        this.slowDelayMillis = slowDelayMillis;
        this.server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        stubStates();
    }

    /** Starts a stub whose slow company answers after 2 seconds. */
    public static CompaniesHouseStub start() {
        return start(2_000);
    }

    /** Starts a stub whose slow company answers after {@code slowDelayMillis}. */
    public static CompaniesHouseStub start(int slowDelayMillis) {
        return new CompaniesHouseStub(slowDelayMillis);
    }

    public String baseUrl() {
        return server.baseUrl();
    }

    public int slowDelayMillis() {
        return slowDelayMillis;
    }

    /** How many requests reached this path (such as {@code /company/00006407}). */
    public int requestsTo(String path) {
        return server.findAll(getRequestedFor(urlPathEqualTo(path))).size();
    }

    /** How many requests reached the stub at all. */
    public int requests() {
        return server.getAllServeEvents().size();
    }

    /** Makes {@link #FLAKY} fail twice again and forgets the requests counted. */
    public void resetScenarios() {
        server.resetScenarios();
        server.resetRequests();
    }

    /** From now on every request answers 503, as a register that is down. */
    public void goDown() {
        if (outage == null) {
            outage = server.stubFor(any(anyUrl()).atPriority(1).willReturn(aResponse().withStatus(503)));
        }
    }

    /** Ends {@link #goDown()}. */
    public void comeBack() {
        if (outage != null) {
            server.removeStub(outage);
            outage = null;
        }
    }

    /**
     * For load tests: every company number matching {@code numberPattern} (a regular expression)
     * answers as an active company named {@link #COMPANY_NAME}, with the number asked for in its
     * profile (WireMock's response templating copies it from the path).
     */
    public void answerAsActive(String numberPattern) {
        String body = variant(resource("company-profile-00006402.json"), "NUMBER-ASKED-FOR", "active", null)
                .replace("NUMBER-ASKED-FOR", "{{request.pathSegments.[1]}}");
        server.stubFor(authorised(get(urlPathMatching("/company/" + numberPattern))).atPriority(6)
                .willReturn(json(body).withTransformers("response-template")));
        server.stubFor(authorised(get(urlPathMatching("/company/" + numberPattern + "/officers"))).atPriority(6)
                .willReturn(json(resource("officers.json"))));
    }

    @Override
    public void close() {
        server.stop();
    }

    private void stubStates() {
        String profile = resource("company-profile-00006402.json");
        String officers = resource("officers.json");
        // Without the key, as the real API: 401.
        server.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":\"Invalid Authorization\",\"type\":\"ch:service\"}")));
        server.stubFor(authorised(get(urlPathMatching("/company/[^/]+(/officers)?"))).atPriority(9)
                .willReturn(json(resource("not-found.json")).withStatus(404)));

        company(ACTIVE, variant(profile, ACTIVE, "active", null), officers);
        company(DISSOLVED, variant(profile, DISSOLVED, "dissolved", DISSOLVED_ON), officers);
        company(LIQUIDATION, profile, officers);
        company(DISQUALIFIED_DIRECTOR, variant(profile, DISQUALIFIED_DIRECTOR, "active", null), withDisqualificationLink(officers));
        server.stubFor(authorised(get(urlPathEqualTo("/disqualified-officers/natural/" + DISQUALIFIED_OFFICER_ID)))
                .willReturn(json(resource("disqualified-officer-natural.json"))));

        server.stubFor(authorised(get(urlPathEqualTo("/company/" + SLOW)))
                .willReturn(json(variant(profile, SLOW, "active", null)).withFixedDelay(slowDelayMillis)));
        server.stubFor(authorised(get(urlPathEqualTo("/company/" + SLOW + "/officers")))
                .willReturn(json(officers).withFixedDelay(slowDelayMillis)));

        String flaky = variant(profile, FLAKY, "active", null);
        server.stubFor(authorised(get(urlPathEqualTo("/company/" + FLAKY))).inScenario("flaky").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(500)).willSetStateTo("failed once"));
        server.stubFor(authorised(get(urlPathEqualTo("/company/" + FLAKY))).inScenario("flaky").whenScenarioStateIs("failed once")
                .willReturn(aResponse().withStatus(500)).willSetStateTo("failed twice"));
        server.stubFor(authorised(get(urlPathEqualTo("/company/" + FLAKY))).inScenario("flaky").whenScenarioStateIs("failed twice")
                .willReturn(json(flaky)));
        server.stubFor(authorised(get(urlPathEqualTo("/company/" + FLAKY + "/officers"))).willReturn(json(officers)));

        server.stubFor(authorised(get(urlPathMatching("/company/" + RATE_LIMITED + "(/officers)?")))
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")));
        server.stubFor(authorised(get(urlPathMatching("/company/" + BROKEN + "(/officers)?"))).willReturn(aResponse().withStatus(500)));
    }

    private void company(String number, String profile, String officers) {
        server.stubFor(authorised(get(urlPathEqualTo("/company/" + number))).willReturn(json(profile)));
        server.stubFor(authorised(get(urlPathEqualTo("/company/" + number + "/officers"))).willReturn(json(officers)));
    }

    private static MappingBuilder authorised(MappingBuilder request) {
        return request.withBasicAuth(API_KEY, "");
    }

    private static ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    /** The real profile with another number and status (and a cessation date when dissolved). */
    static String variant(String profile, String number, String status, String ceasedOn) {
        ObjectNode node = (ObjectNode) JSON.readTree(profile);
        node.put("company_number", number);
        node.put("company_status", status);
        if (ceasedOn != null) {
            node.put("date_of_cessation", ceasedOn);
        }
        if (!"liquidation".equals(status)) {
            node.put("has_insolvency_history", false);
            node.remove("has_been_liquidated");
        }
        ((ObjectNode) node.get("links")).put("self", "/company/" + number);
        ((ObjectNode) node.get("links")).put("officers", "/company/" + number + "/officers");
        return JSON.writeValueAsString(node);
    }

    /** The officer list with the second director's links naming their disqualified-officer record. */
    private static String withDisqualificationLink(String officers) {
        ObjectNode node = (ObjectNode) JSON.readTree(officers);
        ObjectNode links = (ObjectNode) node.get("items").get(1).get("links").get("officer");
        links.put("disqualified_officer", "/disqualified-officers/natural/" + DISQUALIFIED_OFFICER_ID);
        return JSON.writeValueAsString(node);
    }

    static String resource(String name) {
        try (InputStream in = CompaniesHouseStub.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + FOLDER + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
