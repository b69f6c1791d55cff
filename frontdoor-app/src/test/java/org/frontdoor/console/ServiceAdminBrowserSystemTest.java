package org.frontdoor.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.frontdoor.support.Browser;
import org.frontdoor.support.People;
import org.frontdoor.support.ServiceDefinitions;
import org.frontdoor.support.SystemTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An admin publishes a service and pauses it in Chromium; every page passes axe-core, and it all works without JavaScript. */
@SystemTest
@Tag("browser")
class ServiceAdminBrowserSystemTest {

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "javascript {0}")
    @ValueSource(booleans = {true, false})
    void anAdminPublishesAServiceThenPausesAndReopensIt(boolean javascript) {
        var id = ServiceDefinitions.uniqueServiceId();
        try (var browser = new Browser(port, javascript)) {
            browser.open("/console/sign-in").type("email", People.ADMIN).type("password", People.DEMO_PASSWORD).click("Sign in");
            browser.click("Services");
            assertThat(browser.heading()).isEqualTo("Services");
            assertThat(browser.text()).contains("Get help abroad", "Version 1: Built in (help-abroad.yaml)");

            browser.click("Upload a service definition");
            browser.click("Check and publish");
            assertThat(browser.title()).startsWith("Error:");
            assertThat(browser.text()).contains("There is a problem", "Choose a service definition file, or paste one");

            browser.type("yaml", "id: Not An Id\nversion: 0\n").click("Check and publish");
            assertThat(browser.text()).contains("pasted definition, line 1, id: A service id is lowercase words joined by hyphens",
                    "pasted definition, line 2, version:", "pasted definition, line 1, name: Required field is missing");
            assertThat(browser.value("yaml")).contains("Not An Id");

            browser.type("yaml", ServiceDefinitions.firstVersion(id)).click("Check and publish");
            assertThat(browser.path()).isEqualTo("/console/admin/services/" + id);
            assertThat(browser.text()).contains("Version 1 of ‘Apply for a pet licence (" + id + ")’ is published", "Open");

            browser.type("message", "We are updating this service. It opens again on Monday.").click("Pause applications");
            assertThat(browser.text()).contains("is paused", "We are updating this service. It opens again on Monday.", "Paused");

            browser.click("Open for applications");
            assertThat(browser.text()).contains("is open: citizens can start and send applications");
            if (javascript) {
                assertThat(browser.checkedPages()).contains("/console/admin/services", "/console/admin/service-upload",
                        "/console/admin/services/" + id);
            }
        }
    }
}
