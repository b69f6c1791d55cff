package org.frontdoor.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.frontdoor.support.People;
import org.frontdoor.support.SystemTest;
import org.frontdoor.support.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An application in progress belongs to the person who started it. */
@SystemTest
class DraftAccessSystemTest {

    @LocalServerPort
    int port;

    @Test
    void nobodyElseCanReadOrChangeADraft() {
        var owner = new Visitor(port);
        owner.signIn(People.CITIZEN, People.DEMO_PASSWORD);
        owner.get("/account/services");
        var started = owner.post("/account/services/victim-updates/start", Map.of());
        assertThat(started.status()).isEqualTo(302);
        var firstPage = started.location();
        assertThat(firstPage).matches("/account/applications/[0-9a-f-]{36}/start");

        var admin = new Visitor(port);
        admin.signIn(People.ADMIN, People.DEMO_PASSWORD);
        assertThat(admin.get(firstPage).status()).isEqualTo(404);
        admin.get("/account");
        assertThat(admin.post(firstPage, Map.of("route", "new")).status()).isEqualTo(404);
        assertThat(owner.get(firstPage).status()).isEqualTo(200);
    }

    @Test
    void anUnknownServiceCannotBeStarted() {
        var visitor = new Visitor(port);
        visitor.signIn(People.CITIZEN, People.DEMO_PASSWORD);
        visitor.get("/account/services");
        assertThat(visitor.post("/account/services/no-such-service/start", Map.of()).status()).isEqualTo(404);
    }

    @Test
    void answeringTheFirstPageSkipsPagesThatDoNotApply() {
        var visitor = new Visitor(port);
        visitor.signIn(People.CITIZEN, People.DEMO_PASSWORD);
        visitor.get("/account/services");
        var firstPage = visitor.post("/account/services/victim-updates/start", Map.of()).location();
        visitor.get(firstPage);
        var next = visitor.post(firstPage, Map.of("route", "existing"));
        assertThat(next.location()).endsWith("/existingCrime");
        visitor.get(next.location());
        var afterReference = visitor.post(next.location(), Map.of("crimeReference", "42/1234567/26"));
        assertThat(afterReference.location()).as("the pages about a new crime are skipped").endsWith("/contact");
    }
}
