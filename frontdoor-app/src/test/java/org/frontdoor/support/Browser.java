package org.frontdoor.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.nio.file.Files;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, with axe-core run on every page visited so that
 * no page reaches a person with a WCAG 2.2 A or AA violation. Can run with JavaScript switched off,
 * to prove a journey works without it.
 */
public final class Browser implements AutoCloseable {

    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

    /**
     * axe-core, handed to Chromium once per browser to evaluate in every new document: sending its
     * 560 kB over WebDriver for each page, as the axe Selenium builder does, cost ~0.4 s a page.
     */
    private static final String AXE_SOURCE = axeSource();
    /** Runs axe on the page and answers each violation as one line naming the rule and the nodes. */
    private static final String RUN_AXE = """
            var done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
              .then(results => done(results.violations.map(v =>
                      v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).join(', '))),
                    error => done(['axe-core failed: ' + error]));
            """;
    private final WebDriver driver;
    private final String base;
    private final boolean javascript;
    private final Set<String> checkedPages = new LinkedHashSet<>();

    public Browser(int port, boolean javascript) {
        this.base = "http://localhost:" + port;
        this.javascript = javascript;
        var options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1024", "--user-data-dir=" + temporaryProfile());
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        var chrome = new ChromeDriver(service, options);
        if (javascript) {
            chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", AXE_SOURCE));
        }
        this.driver = chrome;
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    /** Opens a path and checks the page. */
    public Browser open(String path) {
        driver.get(path.startsWith("/") ? base + path : path);
        return checked();
    }

    public Browser type(String id, String text) {
        var field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Clicks a button or link by its visible text, waits for the page it leads to, and checks it. */
    public Browser click(String text) {
        var leaving = driver.findElement(By.tagName("html"));
        find(text).click();
        var wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        // Chrome reports a node of the page being left as stale, or, mid-navigation, as not belonging
        // to the document: either way the old page is gone.
        wait.until(d -> {
            try {
                leaving.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
        // The old page is gone, but the new one may still be parsing: its footer closes every page.
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("footer.govuk-footer")));
        return checked();
    }

    /** Chooses a file for a file input (the browser uploads it with the form). */
    public Browser upload(String id, java.nio.file.Path file) {
        driver.findElement(By.id(id)).sendKeys(file.toAbsolutePath().toString());
        return this;
    }

    /** Picks an option of a select by its visible text. */
    public Browser select(String id, String option) {
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id(id))).selectByVisibleText(option);
        return this;
    }

    /** Chooses a file in a file input, as a person does through the file chooser. */
    public Browser attach(String id, java.nio.file.Path file) {
        driver.findElement(By.id(id)).sendKeys(file.toAbsolutePath().toString());
        return this;
    }

    /** Chooses a radio button or checkbox by its visible label. */
    public Browser choose(String label) {
        driver.findElement(By.xpath("//label[normalize-space(.)=" + literal(label) + "]")).click();
        return this;
    }

    public Browser check(String id) {
        var box = driver.findElement(By.id(id));
        if (!box.isSelected()) {
            driver.findElement(By.cssSelector("label[for='" + id + "']")).click();
        }
        return this;
    }

    /** The full text of the first link whose text starts with this, for links that carry a date. */
    public String linkTextStartingWith(String start) {
        return driver.findElement(By.xpath("//main//a[starts-with(normalize-space(.), " + literal(start) + ")]")).getText().strip();
    }

    /** What a form field holds now. */
    public String value(String id) {
        return driver.findElement(By.id(id)).getAttribute("value");
    }

    public String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    public String text() {
        return driver.findElement(By.tagName("main")).getText();
    }

    public String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    public String title() {
        return driver.getTitle();
    }

    public Set<String> checkedPages() {
        return checkedPages;
    }

    /**
     * Runs axe-core on the current page and fails on any WCAG 2.2 A/AA violation, naming each.
     * axe runs as JavaScript in the page, so a browser with JavaScript off only proves the journey
     * works; the same server-rendered pages are checked by the JavaScript-on runs.
     */
    public Browser checked() {
        if (!javascript) {
            return this;
        }
        @SuppressWarnings("unchecked")
        var violations = ((List<String>) ((JavascriptExecutor) driver).executeAsyncScript(RUN_AXE, WCAG_TAGS));
        assertThat(violations).as("axe-core WCAG 2.2 A/AA violations on %s", driver.getCurrentUrl()).isEmpty();
        checkedPages.add(path());
        return this;
    }

    public boolean javascript() {
        return javascript;
    }

    public boolean javascriptRan() {
        return driver.findElement(By.tagName("body")).getAttribute("class").contains("js-enabled");
    }

    /** The page's own controls first, then the header's (XPath unions come back in document order). */
    private WebElement find(String text) {
        var control = "[normalize-space(.)=" + literal(text) + "]";
        var candidates = driver.findElements(By.xpath("//main//button" + control + " | //main//a" + control));
        if (candidates.isEmpty()) {
            candidates = driver.findElements(By.xpath("//button" + control + " | //a" + control));
        }
        assertThat(candidates).as("a button or link '%s' on %s", text, driver.getCurrentUrl()).isNotEmpty();
        return candidates.getFirst();
    }

    /** Text as an XPath string literal, whatever quotes it contains. */
    private static String literal(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }

    private static String axeSource() {
        try (var in = AxeBuilder.class.getResourceAsStream("/axe.min.js")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String temporaryProfile() {
        try {
            return Files.createTempDirectory("frontdoor-chromium").toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The address of the link with this text, relative to the site. */
    public String linkHref(String text) {
        var href = driver.findElement(org.openqa.selenium.By.xpath("//a[normalize-space(.)=" + literal(text) + "]")).getAttribute("href");
        return href.startsWith(base) ? href.substring(base.length()) : href;
    }

    /** A cookie of the signed-in session, to fetch a download with plain HTTP as the same person. */
    public String cookie(String name) {
        var cookie = driver.manage().getCookieNamed(name);
        return cookie == null ? null : cookie.getValue();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
