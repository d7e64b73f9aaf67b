package com.zhengqi.graph.explorer;

import com.zhengqi.graph.GraphTestSupport;
import com.zhengqi.graph.HeadlessChromium;
import com.zhengqi.graph.serve.BenchmarkCorpus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A neighbourhood of 2,500 nodes drawn in a real headless Chromium ({@link HeadlessChromium}) from
 * the synthetic province of {@link BenchmarkCorpus} (about 35,000 nodes in the embedded Neo4j),
 * through the page's own API. It asserts that the page stays usable while and after drawing (the
 * search box answers, a click on a node opens its evidence); the figures it measures with the
 * browser's Performance API (long tasks, time to the drawing, frames while panning) are written to
 * target/explorer-screenshots/large-drawing.txt with the machine's load, never asserted.
 */
class ExplorerLargeDrawingTest extends GraphTestSupport {

    @RegisterExtension
    static final HeadlessChromium chromium = new HeadlessChromium();

    private static final String PROVINCE = "bench:region:0";

    /** Records every long task (50 ms or more on the main thread) and long animation frame from now on. */
    private static final String OBSERVE = """
            window.probe = {longTasks: [], frames: []};
            new PerformanceObserver(list => list.getEntries().forEach(e => window.probe.longTasks.push({start: e.startTime, ms: e.duration})))
                .observe({type: 'longtask'});
            if (PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')) {
              new PerformanceObserver(list => list.getEntries().forEach(e => window.probe.frames.push({start: e.startTime, ms: e.duration})))
                  .observe({type: 'long-animation-frame'});
            }""";

    /** The longest long task and their total after a moment, in ms since the page's time origin. */
    private static final String LONG_TASKS_SINCE = """
            const since = arguments[0];
            const tasks = window.probe.longTasks.filter(t => t.start >= since);
            const frames = window.probe.frames.filter(t => t.start >= since);
            return {count: tasks.length, longest: Math.max(0, ...tasks.map(t => t.ms)), total: tasks.reduce((s, t) => s + t.ms, 0),
                    longestFrame: Math.max(0, ...frames.map(t => t.ms))};""";

    /** Pans the drawing by a few pixels on each of 60 frames and returns the frame times. */
    private static final String PAN = """
            const done = arguments[arguments.length - 1];
            const cy = window.zhengqi.network.cy;
            const times = [];
            let last = performance.now();
            const step = () => {
              const now = performance.now();
              times.push(now - last);
              last = now;
              if (times.length > 60) {
                times.shift();
                done({mean: times.reduce((a, b) => a + b, 0) / times.length, longest: Math.max(...times)});
                return;
              }
              cy.panBy({x: 4, y: 2});
              requestAnimationFrame(step);
            };
            requestAnimationFrame(step);""";

    private ExplorerPage page;
    private WebDriver browser;

    @BeforeEach
    void loadTheSyntheticProvince() {
        clearGraph();
        BenchmarkCorpus.load(driver);
        page = new ExplorerPage(chromium, httpPort);
        browser = page.browser();
    }

    @Test
    void twoAndAHalfThousandNodesAreDrawnAndThePageKeepsAnsweringTheSearchBoxAndClicks() throws IOException {
        String canvas = drawAndUse(false);
        String webgl = drawAndUse(true);
        String figures = "Cytoscape's canvas renderer (the WebGL box unticked):\n" + canvas
                + "Cytoscape's WebGL renderer (the default where the browser has WebGL):\n" + webgl;
        Path report = Files.createDirectories(Path.of("target", "explorer-screenshots")).resolve("large-drawing.txt");
        Files.writeString(report, figures);
        System.out.print(figures);
    }

    /** Draws 中原省 at depth 3 with one renderer, uses the drawing like an analyst, and returns what it measured. */
    private String drawAndUse(boolean webgl) throws IOException {
        String suffix = webgl ? "" : "-canvas";
        page.open("/");
        page.until(() -> page.cells("#overview-counts li").isEmpty() ? null : true);
        new Select(browser.findElement(By.id("depth"))).selectByValue("3");
        new Select(browser.findElement(By.id("max-nodes"))).selectByValue("2500");
        WebElement webglBox = browser.findElement(By.id("webgl"));
        assertThat(webglBox.isEnabled()).as("the browser has WebGL").isTrue();
        if (webglBox.isSelected() != webgl) {
            webglBox.click();
        }
        page.js(OBSERVE);

        WebElement search = browser.findElement(By.id("search"));
        search.sendKeys("中原省");
        page.until(() -> browser.findElements(By.cssSelector("#suggestions li[data-id]")).stream()
                .anyMatch(li -> li.getText().contains("中原省")) ? true : null);
        double asked = number("return performance.now();");
        search.sendKeys(Keys.ENTER);
        // While the slices are being added the search box still takes text (the page is not frozen).
        search.clear();
        search.sendKeys("中原");
        Map<?, ?> drawn = page.until(() -> (Map<?, ?>) page.js("""
                const marks = performance.getEntriesByName('zhengqi:drawn').filter(m => m.detail.nodes > 2000);
                return marks.length ? {at: marks[0].startTime, ...marks[0].detail} : null;"""));
        double firstFrame = ((Number) page.jsAsync(
                "const done = arguments[arguments.length - 1]; requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now())));"))
                .doubleValue();
        int nodes = ((Number) drawn.get("nodes")).intValue();
        int edges = ((Number) drawn.get("edges")).intValue();
        assertThat(nodes).as("nodes drawn").isGreaterThanOrEqualTo(2000);
        assertThat(drawn.get("large")).isEqualTo(true);
        assertThat(page.js("return window.zhengqi.network.webglInUse;")).as("WebGL in use").isEqualTo(webgl);
        assertThat(browser.findElements(By.cssSelector("#cy canvas[data-id='layer3-webgl']"))).as("a WebGL canvas").hasSize(webgl ? 1 : 0);
        assertThat(page.cells("#view-list li")).hasSize(nodes).contains("中原省");
        page.screenshot("large-drawing" + suffix);
        Map<?, ?> whileDrawing = (Map<?, ?>) page.js(LONG_TASKS_SINCE, asked);

        // The search box answers on the large drawing.
        double typed = number("return performance.now();");
        search.clear();
        search.sendKeys("中原省");
        page.until(() -> browser.findElements(By.cssSelector("#suggestions li[data-id]")).stream()
                .anyMatch(li -> li.getText().contains("中原省")) ? true : null);
        double suggested = number("return performance.now();") - typed;
        search.sendKeys(Keys.ESCAPE);

        // A real click on a city (a hub of the drawing) opens its evidence in the side panel.
        String city = "bench:region:c0";
        String cityName = (String) page.js("return window.zhengqi.network.nodes.get(arguments[0]).name;", city);
        Map<?, ?> at = (Map<?, ?>) page.js("return window.zhengqi.network.cy.$id(arguments[0]).renderedPosition();", city);
        WebElement cy = browser.findElement(By.id("cy"));
        double clicked = number("return performance.now();");
        new Actions(browser).moveToElement(cy, (int) (((Number) at.get("x")).doubleValue() - cy.getSize().width / 2.0),
                (int) (((Number) at.get("y")).doubleValue() - cy.getSize().height / 2.0)).click().perform();
        page.until(() -> browser.findElement(By.cssSelector("#panel-body .title")).getText().contains(cityName) ? true : null);
        double panelShown = number("return performance.now();") - clicked;
        assertThat(page.cells("#panel-body ul.evidence li")).isNotEmpty();
        assertThat(number("return window.zhengqi.network.cy.$id(arguments[0]).connectedEdges('.near').length;", city))
                .as("the selected city's edges stand out").isPositive();
        page.screenshot("large-selected" + suffix);

        double panStart = number("return performance.now();");
        Map<?, ?> pan = (Map<?, ?>) page.jsAsync(PAN);
        Map<?, ?> whilePanning = (Map<?, ?>) page.js(LONG_TASKS_SINCE, panStart);

        // Zoomed in on the city, names appear (by zoom level: the leaves' names too at this zoom).
        page.js("const cy = window.zhengqi.network.cy; cy.zoom({level: 1.2, position: cy.$id(arguments[0]).position()});"
                + "cy.center(cy.$id(arguments[0]));", city);
        if (webgl) {
            page.until(() -> number("return window.zhengqi.network.cy.nodes('.named').length;") > 100 ? true : null);
        }
        page.screenshot("large-zoomed" + suffix);

        assertThat(chromium.consoleErrors()).as("no error on the large drawing").isEmpty();
        assertThat(chromium.networkRequests()).allSatisfy(url -> assertThat(URI.create(url).getHost()).isEqualTo("127.0.0.1"));

        return """
                large drawing: %d nodes, %d edges (neighbourhood of %s, depth 3, max nodes 2500)
                request to drawing complete: %.0f ms (page's own time for layout and slices: %s ms); to the next frame after it: %.0f ms
                long tasks from the request to the drawing: %s, longest %.0f ms, total %.0f ms; longest animation frame %.0f ms
                search box, typing to suggestions on the drawing: %.0f ms (180 ms of it is the box's own pause)
                click on a node to its evidence in the panel: %.0f ms
                panning 60 frames: mean frame %.1f ms, longest %.1f ms; long tasks meanwhile: %s, longest %.0f ms
                machine load average (1, 5, 15 min): %s
                """.formatted(nodes, edges, PROVINCE, ((Number) drawn.get("at")).doubleValue() - asked, drawn.get("ms"),
                firstFrame - asked, whileDrawing.get("count"), num(whileDrawing, "longest"), num(whileDrawing, "total"),
                num(whileDrawing, "longestFrame"), suggested, panelShown, num(pan, "mean"), num(pan, "longest"),
                whilePanning.get("count"), num(whilePanning, "longest"), loadAverage());
    }

    private static double num(Map<?, ?> map, String key) {
        return ((Number) map.get(key)).doubleValue();
    }

    private static String loadAverage() throws IOException {
        Path load = Path.of("/proc/loadavg");
        return Files.exists(load) ? String.join(" ", List.of(Files.readString(load).split(" ")).subList(0, 3))
                + " on " + Runtime.getRuntime().availableProcessors() + " cores" : "unknown";
    }

    private double number(String script, Object... arguments) {
        return ((Number) page.js(script, arguments)).doubleValue();
    }
}
