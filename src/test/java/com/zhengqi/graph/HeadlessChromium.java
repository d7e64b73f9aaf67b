package com.zhengqi.graph;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Level;

/**
 * A headless Chromium (Debian's chromium and chromedriver, driven by Selenium) for the tests of the
 * pages the application serves. It resolves no host name, as on a machine without internet, and
 * records the browser's console and every request it starts, so a test can show that a page loaded
 * nothing from elsewhere. A test class registers one as a static {@code @RegisterExtension} field: it
 * starts before the class's tests and quits after them.
 *
 * <p>Without /usr/bin/chromium each test of the class is reported as skipped, with the reason, rather
 * than the class vanishing from the counts (an assumption that fails before all tests aborts the
 * class, and Surefire then counts none of its tests). Under CI ({@code CI=true}) a missing browser
 * fails the class instead: there .ci/run installs it, so its absence is a broken machine, not a choice.
 */
public final class HeadlessChromium implements ExecutionCondition, BeforeAllCallback, AfterAllCallback {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Set<String> NETWORK_SCHEMES = Set.of("http", "https", "ws", "wss");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String MISSING = "Debian's chromium is not installed (apt-get install chromium chromium-driver)";

    private final List<String> requested = new ArrayList<>();
    private final List<String> consoleErrors = new ArrayList<>();
    private @Nullable WebDriver browser;

    /** The class runs (so that each test is counted); each test is skipped, naming the reason, when there is no browser. */
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (context.getTestMethod().isEmpty() || installed() || onCi()) {
            return ConditionEvaluationResult.enabled("a browser test");
        }
        return ConditionEvaluationResult.disabled(MISSING + "; the browser tests are skipped (under CI=true they fail)");
    }

    /** Starts the browser; without one, does nothing (the tests are skipped), or fails under CI. */
    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        if (!installed()) {
            if (onCi()) {
                throw new IllegalStateException(MISSING + ", and CI=true: the browser tests must run under CI (.ci/packages.txt lists it)");
            }
            return;
        }
        Path profile = Files.createTempDirectory("zhengqi-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                // Every host name but the loopback address fails to resolve: the offline machine.
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
                "--window-size=1600,1000", "--lang=zh-CN", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        // The driver is named explicitly, so Selenium Manager never looks for (or downloads) one.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(WAIT);
    }

    private static boolean installed() {
        return Files.isExecutable(CHROMIUM);
    }

    private static boolean onCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.quit();
        }
    }

    public WebDriver browser() {
        return Objects.requireNonNull(browser, "the browser starts before the test class's tests");
    }

    /** A fresh page load each time (the same address with a new #fragment would not reload the page). */
    public void open(String url) {
        browser().get("about:blank");
        browser().get(url);
    }

    /** Polls until the supplier gives something other than null (or throws), or fails after 20 s. */
    public <T> T until(Supplier<T> condition) {
        return new WebDriverWait(browser(), WAIT).ignoring(StaleElementReferenceException.class).until(d -> condition.get());
    }

    /**
     * Every http(s) and ws(s) URL the browser started a request for since it started: pages, scripts,
     * styles, fonts, fetches, whether they succeeded or not. The browser's own chrome:// pages and
     * data: or blob: URLs are left out: they never leave the machine.
     */
    public List<String> networkRequests() {
        for (LogEntry entry : browser().manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = JSON.readTree(entry.getMessage()).path("message");
            if (message.path("method").asString().equals("Network.requestWillBeSent")) {
                String url = message.path("params").path("request").path("url").asString();
                if (NETWORK_SCHEMES.contains(URI.create(url).getScheme())) {
                    requested.add(url);
                }
            }
        }
        return List.copyOf(requested);
    }

    /** The console's errors since the browser started: failed loads, policy violations, uncaught exceptions. */
    public List<String> consoleErrors() {
        for (LogEntry entry : browser().manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                consoleErrors.add(entry.getMessage());
            }
        }
        return List.copyOf(consoleErrors);
    }

    /** Keeps a screenshot of the window as target/&lt;folder&gt;/&lt;name&gt;.png. */
    public void screenshot(String folder, String name) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", folder));
        File shot = ((TakesScreenshot) browser()).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
