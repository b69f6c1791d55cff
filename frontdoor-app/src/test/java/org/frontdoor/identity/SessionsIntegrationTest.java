package org.frontdoor.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.frontdoor.FrontdoorApplication;
import org.frontdoor.support.People;
import org.frontdoor.support.SystemTest;
import org.frontdoor.support.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.beans.factory.annotation.Autowired;

/** Sessions live in the database, so another node, or this one after a restart, serves a signed-in person. */
@SystemTest
class SessionsIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aSessionStartedOnOneNodeIsHonouredByAnother() {
        var visitor = new Visitor(port);
        assertThat(visitor.signIn(People.CASEWORKER, People.DEMO_PASSWORD).location()).isEqualTo("/console");
        var session = visitor.cookie("FRONTDOOR_SESSION");
        assertThat(session).isNotBlank();
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = ?").param(People.CASEWORKER)
                .query(Integer.class).single()).isPositive();

        try (var secondNode = new SpringApplicationBuilder(FrontdoorApplication.class)
                .run("--server.port=0", "--frontdoor.demo.enabled=false")) {
            var otherPort = ((WebServerApplicationContext) secondNode).getWebServer().getPort();
            var sameBrowser = new Visitor(otherPort);
            sameBrowser.useCookie("FRONTDOOR_SESSION", session);
            var console = sameBrowser.get("/console");
            assertThat(console.status()).isEqualTo(200);
            assertThat(console.body()).contains("Cara Caseworker");
        }
    }

    @Test
    void signingOutEndsTheSessionEverywhere() {
        var visitor = new Visitor(port);
        visitor.signIn(People.CASEWORKER, People.DEMO_PASSWORD);
        var session = visitor.cookie("FRONTDOOR_SESSION");
        visitor.get("/console");
        assertThat(visitor.post("/sign-out", java.util.Map.of()).location()).isEqualTo("/signed-out");

        var replay = new Visitor(port);
        replay.useCookie("FRONTDOOR_SESSION", session);
        assertThat(replay.get("/console").location()).isEqualTo("/console/sign-in");
    }
}
