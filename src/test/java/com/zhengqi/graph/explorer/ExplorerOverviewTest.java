package com.zhengqi.graph.explorer;

import com.zhengqi.graph.GraphTestSupport;
import com.zhengqi.graph.HeadlessChromium;
import com.zhengqi.graph.export.ExplorerFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The explorer's overview on arrival, paths between two entities, pictures and CSV out, and saved
 * views, in a real headless Chromium ({@link HeadlessChromium}) against the explorer fixture.
 * Screenshots go to target/explorer-screenshots/.
 */
class ExplorerOverviewTest extends GraphTestSupport {

    @RegisterExtension
    static final HeadlessChromium chromium = new HeadlessChromium();

    /** Keeps every blob the page offers as a download, so a test can read what would be saved. */
    private static final String CAPTURE_DOWNLOADS = """
            window.savedBlobs = [];
            const create = URL.createObjectURL;
            URL.createObjectURL = blob => { window.savedBlobs.push(blob); return create(blob); };""";

    private static WebDriver browser;

    @BeforeAll
    static void useTheBrowser() {
        browser = chromium.browser();
    }

    @BeforeEach
    void loadTheFixture() {
        clearGraph();
        ExplorerFixture.load(driver);
    }

    @Test
    void theOverviewOnArrivalSaysWhatTheGraphHoldsAndItsItemsOpenWithTheKeyboard() throws IOException {
        open("/");
        List<String> counts = until(() -> cells("#overview-counts li").isEmpty() ? null : cells("#overview-counts li"));
        assertThat(counts).contains("3 人物 People", "5 企业 Companies", "7 项目 Projects", "72亿元 投资额 Investment");
        List<String> projects = until(() -> cells("#overview-projects tr td:first-child").size() >= 5 ? cells("#overview-projects tr td:first-child") : null);
        assertThat(projects.getFirst()).isEqualTo("新型显示器件高端盖板玻璃生产线项目");
        assertThat(cells("#overview-officials tr td:first-child").getFirst()).isEqualTo("李富生");
        assertThat(cells("#overview-companies tr td:first-child")).contains("华凯集团", "广泽集团");
        assertThat(cells("#overview-articles tr td:first-child").getFirst()).as("latest first").contains("北关区");
        assertThat(cells("#overview-provinces tr td:first-child")).as("top regions stand in for provinces").contains("安阳市", "齐齐哈尔市");
        until(() -> browser.findElements(By.cssSelector("#money-treemap canvas")).isEmpty() ? null : true);
        screenshot("overview");

        WebElement official = browser.findElement(By.cssSelector("#overview-officials button.link"));
        official.sendKeys(Keys.ENTER);
        until(() -> browser.findElement(By.cssSelector("#panel-body .title")).getText().contains("李富生") ? true : null);
        assertThat(browser.getCurrentUrl()).contains("#entity=");
        assertThat(browser.findElement(By.id("network-view")).isDisplayed()).isTrue();

        assertThat(chromium.consoleErrors()).as("the strict CSP lets the page run").isEmpty();
        assertThat(chromium.networkRequests()).allSatisfy(url -> assertThat(URI.create(url).getHost()).isEqualTo("127.0.0.1"));
    }

    @Test
    void thePathBetweenTwoOfficialsIsDrawnWithTheEvidenceOfEachStep() throws IOException {
        open("/");
        choose("path-from", "李富生");
        choose("path-to", "裴勇");
        List<String> steps = until(() -> {
            List<String> found = cells("#path-results .path-steps li .step");
            return found.size() == 2 ? found : null;
        });
        assertThat(steps.get(0)).contains("李富生").contains("北关区");
        assertThat(steps.get(1)).contains("裴勇").contains("副区长");
        assertThat(cells("#path-results blockquote.sentence")).hasSize(2).allSatisfy(s -> assertThat(s).isNotBlank());
        List<String> inView = until(() -> cells("#view-list li").size() == 3 ? cells("#view-list li") : null);
        assertThat(inView).containsExactly("李富生", "北关区", "裴勇");
        assertThat(browser.getCurrentUrl()).contains("#from=").contains("&to=");

        browser.findElements(By.cssSelector("#path-results .step")).get(1).sendKeys(Keys.ENTER);
        until(() -> browser.findElement(By.cssSelector("#panel-body .title")).getText().contains("裴勇") ? true : null);
        screenshot("path-li-pei");
    }

    @Test
    void threeProjectsLinkingLiFushengToTheTextileIndustryGiveThreeChainsFromTheAddress() throws IOException {
        open("/#from=" + ExplorerFixture.LI_FUSHENG + "&to=" + "纺织服装");
        List<String> chains = until(() -> {
            List<String> found = cells("#path-results section.path h3");
            return found.size() == 3 ? found : null;
        });
        assertThat(chains).containsExactly("路径 Path 1", "路径 Path 2", "路径 Path 3");
        List<String> inView = until(() -> cells("#view-list li").size() == 6 ? cells("#view-list li") : null);
        assertThat(inView).contains("李富生", "北关区", "纺织服装", "宏居商业综合体(服装专业市场)项目", "年产300万件丝毛制品纺织品项目", "年产9000吨针织布项目");
        assertThat(browser.findElement(By.id("path-from")).getAttribute("value")).as("names from the answer").isEqualTo("李富生");
        screenshot("paths-li-textile");
    }

    @Test
    void theDrawingIsSavedAsSvgAndPngAndATableAsCsv() throws IOException {
        open("/#entity=" + ExplorerFixture.LI_FUSHENG);
        until(() -> cells("#view-list li").size() > 5 ? true : null);
        js(CAPTURE_DOWNLOADS);
        browser.findElement(By.id("save-svg")).click();
        String svg = blobText(0);
        assertThat(svg).startsWith("<?xml").contains("<svg").contains(">李富生</text>").contains(">广泽集团</text>").contains("<line");
        browser.findElement(By.id("save-png")).click();
        until(() -> ((Number) js("return window.savedBlobs.length;")).intValue() == 2 ? true : null);
        assertThat(js("return window.savedBlobs[1].type;")).isEqualTo("image/png");
        assertThat(((Number) js("return window.savedBlobs[1].size;")).intValue()).isGreaterThan(5000);

        browser.findElement(By.id("tab-overview")).click();
        until(() -> browser.findElements(By.cssSelector("#overview-projects button.csv, [data-csv='overview-projects']")).isEmpty() ? null : true);
        js(CAPTURE_DOWNLOADS);
        browser.findElement(By.cssSelector("[data-csv='overview-projects']")).click();
        String csv = blobText(0);
        assertThat(csv.lines().findFirst().orElseThrow()).contains("新型显示器件高端盖板玻璃生产线项目,20亿元,北关区");
        assertThat(csv.lines().count()).isEqualTo(7);
    }

    @Test
    void aSavedViewIsListedAfterAReloadAndOpensWhatWasSaved() throws IOException {
        open("/");
        js("localStorage.clear();");
        open("/#entity=" + ExplorerFixture.LI_FUSHENG);
        until(() -> cells("#view-list li").contains("广泽集团") ? true : null);
        browser.findElement(By.id("view-name")).sendKeys("李富生的网络");
        browser.findElement(By.id("save-view")).click();

        open("/");
        until(() -> cells("#overview-officials tr td:first-child").isEmpty() ? null : true);
        Select views = new Select(browser.findElement(By.id("saved-views")));
        assertThat(views.getOptions().stream().map(WebElement::getText).toList()).contains("李富生的网络");
        views.selectByVisibleText("李富生的网络");
        List<String> inView = until(() -> cells("#view-list li").contains("广泽集团") ? cells("#view-list li") : null);
        assertThat(inView).contains("李富生", "北关区");
        screenshot("saved-view");
    }

    /** Types into a search box and picks the first suggestion with the keyboard. */
    private static void choose(String inputId, String name) {
        WebElement input = browser.findElement(By.id(inputId));
        input.sendKeys(name);
        until(() -> browser.findElements(By.cssSelector("#" + inputId + "-list li[data-id]")).stream()
                .anyMatch(li -> li.getText().contains(name)) ? true : null);
        input.sendKeys(Keys.ENTER);
    }

    private static String blobText(int index) {
        until(() -> ((Number) js("return window.savedBlobs.length;")).intValue() > index ? true : null);
        return (String) ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; window.savedBlobs[" + index + "].text().then(done);");
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    private static List<String> cells(String css) {
        return browser.findElements(By.cssSelector(css)).stream().map(e -> e.getAttribute("textContent").trim()).toList();
    }

    private void open(String path) {
        chromium.open("http://127.0.0.1:" + httpPort + path);
    }

    private static <T> T until(Supplier<T> condition) {
        return chromium.until(condition);
    }

    private static void screenshot(String name) throws IOException {
        chromium.screenshot("explorer-screenshots", name);
    }
}
