package org.frontdoor.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The accessibility check every browser test leans on: it has to fail on a page that breaks WCAG,
 * or the browser tests' "axe-core clean" would prove nothing.
 */
@Tag("browser")
class BrowserTest {

    @Test
    void aPageThatBreaksWcagFailsTheCheckNamingTheRuleAndTheElement() {
        try (var browser = new Browser(0, true)) {
            assertThatThrownBy(() -> browser.open(page("<main><h1>Photos</h1><img id='holiday' src='holiday.png'></main>")))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("image-alt")
                    .hasMessageContaining("#holiday");
        }
    }

    @Test
    void aPageThatKeepsToWcagPassesTheCheck() {
        try (var browser = new Browser(0, true)) {
            browser.open(page("<main><h1>Photos</h1><img src='holiday.png' alt='A beach at dusk'></main>"));
            assertThat(browser.heading()).isEqualTo("Photos");
        }
    }

    private static String page(String body) {
        var html = "<!DOCTYPE html><html lang='en'><head><title>Photos</title></head><body>" + body + "</body></html>";
        return "data:text/html;charset=utf-8," + URLEncoder.encode(html, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
