package org.frontdoor.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.frontdoor.FrontdoorApplication;
import org.frontdoor.services.ServiceCatalogue;
import org.frontdoor.services.ServiceDefinition;
import org.frontdoor.services.ServiceStatus;
import org.frontdoor.support.Eventually;
import org.frontdoor.support.People;
import org.frontdoor.support.ServiceDefinitions;
import org.frontdoor.support.SystemTest;
import org.frontdoor.support.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/** A version uploaded or a status changed on one node is served by another without a restart. */
@SystemTest
class ServiceCatalogueNodesSystemTest {

    private static final Duration PICK_UP = Duration.ofSeconds(10);

    @LocalServerPort
    int port;

    @Test
    void anotherNodePicksUpAnUploadAndAPauseFromTheDatabase() {
        var id = ServiceDefinitions.uniqueServiceId();
        try (var secondNode = new SpringApplicationBuilder(FrontdoorApplication.class)
                .run("--server.port=0", "--frontdoor.demo.enabled=false")) {
            var otherCatalogue = secondNode.getBean(ServiceCatalogue.class);
            var otherPort = ((WebServerApplicationContext) secondNode).getWebServer().getPort();
            assertThat(otherCatalogue.latest(id)).isEmpty(); // read before the change, so only a refresh can show it

            var admin = new Visitor(port);
            admin.signIn(People.ADMIN, People.DEMO_PASSWORD);
            DefinitionUpload.file(port, admin, id + ".yaml", ServiceDefinitions.firstVersion(id));
            eventually(() -> otherCatalogue.latest(id).isPresent());

            DefinitionUpload.pasted(port, admin, ServiceDefinitions.secondVersion(id));
            eventually(() -> otherCatalogue.latest(id).map(ServiceDefinition::version).orElse(0) == 2);
            assertThat(otherCatalogue.version(id, 1)).isPresent();

            admin.get("/console/admin/services/" + id);
            admin.post("/console/admin/services/" + id + "/status", Map.of("status", "PAUSED", "message", "Closed for a day"));
            eventually(() -> otherCatalogue.availability(id).status() == ServiceStatus.PAUSED);

            var citizen = new Visitor(otherPort);
            citizen.signIn(People.CITIZEN, People.DEMO_PASSWORD);
            assertThat(citizen.get("/account/services").body()).contains("Closed for a day");
            assertThat(citizen.post("/account/services/" + id + "/start", Map.of()).status()).isEqualTo(409);
        }
    }

    /** The other node sees it within {@link #PICK_UP}. */
    private static void eventually(BooleanSupplier condition) {
        Eventually.until(condition, PICK_UP, "picked up by the other node");
    }
}
