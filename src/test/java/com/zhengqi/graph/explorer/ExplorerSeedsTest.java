package com.zhengqi.graph.explorer;

import com.zhengqi.graph.GraphTestSupport;
import com.zhengqi.graph.HeadlessChromium;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a newcomer does after the README's first command, in a real headless Chromium against the
 * graph extracted from seeds/ (the same ingest as {@code serve seeds}): sees the overview, finds the
 * path between two officials, sees where the money goes, saves the view and exports what is seen.
 * Screenshots go to target/explorer-screenshots/seeds-*.png (copies in docs/img/).
 */
class ExplorerSeedsTest extends GraphTestSupport {

    @RegisterExtension
    static final HeadlessChromium chromium = new HeadlessChromium();

    private ExplorerPage page;

    @BeforeEach
    void ingestTheSeeds() {
        clearGraph();
        ingest(SEEDS);
        page = new ExplorerPage(chromium, httpPort);
    }

    @Test
    void aNewcomerSeesTheOverviewFindsAPathSeesTheMoneySavesTheViewAndExportsIt() throws IOException {
        page.open("/");
        page.js("localStorage.clear();");
        page.open("/");
        List<String> counts = page.until(() -> page.cells("#overview-counts li").isEmpty() ? null : page.cells("#overview-counts li"));
        assertThat(counts).anySatisfy(c -> assertThat(c).endsWith("文章 Articles").doesNotStartWith("0 "));
        assertThat(page.cells("#overview-officials tr td:first-child")).contains("李富生");
        page.until(() -> page.browser().findElements(By.cssSelector("#money-treemap canvas")).isEmpty() ? null : true);
        page.screenshot("seeds-overview");

        // Where the money goes: the treemap (and the map, where the graph's regions have division codes).
        page.js("document.getElementById('money-treemap').scrollIntoView({block: 'center'});");
        page.screenshot("seeds-money");
        page.until(() -> page.browser().findElements(By.cssSelector("#money-map-chart canvas")).isEmpty() ? null : true);
        page.js("document.getElementById('money-map-chart').scrollIntoView({block: 'center'});");
        assertThat(page.cells("#money-map .credit")).singleElement().asString().contains("Natural Earth").contains("MIT");
        page.screenshot("seeds-map");
        WebElement province = page.browser().findElement(By.cssSelector("#overview-provinces button.link"));
        String provinceName = province.getText();
        province.sendKeys(Keys.ENTER);
        page.until(() -> page.cells("#region-body h2, #region-body .title").stream().anyMatch(t -> t.contains(provinceName)) ? true : null);
        page.screenshot("seeds-region");

        page.browser().findElement(By.id("tab-overview")).click();
        page.choose("path-from", "path-from-list", "李富生");
        page.choose("path-to", "path-to-list", "陈伟");
        List<String> steps = page.until(() -> {
            List<String> found = page.cells("#path-results .path-steps li .step");
            return found.isEmpty() ? null : found;
        });
        assertThat(steps.getFirst()).contains("李富生");
        assertThat(steps.getLast()).contains("陈伟");
        assertThat(page.cells("#path-results blockquote.sentence")).hasSameSizeAs(steps).allSatisfy(s -> assertThat(s).isNotBlank());
        page.screenshot("seeds-path");

        // Save the path as a view, reload, reopen it from the list, and export its picture and a table.
        page.browser().findElement(By.id("view-name")).sendKeys("李富生到陈伟");
        page.browser().findElement(By.id("save-view")).click();
        page.open("/");
        page.until(() -> page.cells("#overview-officials tr td:first-child").isEmpty() ? null : true);
        new Select(page.browser().findElement(By.id("saved-views"))).selectByVisibleText("李富生到陈伟");
        page.until(() -> page.cells("#path-results .path-steps li .step").size() == steps.size() ? true : null);
        page.js(ExplorerPage.CAPTURE_DOWNLOADS);
        page.browser().findElement(By.id("save-svg")).click();
        assertThat(page.blobText(0)).contains(">李富生</text>").contains(">陈伟</text>");
        page.browser().findElement(By.id("save-png")).click();
        page.until(() -> ((Number) page.js("return window.savedBlobs.length;")).intValue() == 2 ? true : null);
        assertThat(page.js("return window.savedBlobs[1].type;")).isEqualTo("image/png");
        page.screenshot("seeds-saved-view");

        page.browser().findElement(By.id("tab-overview")).click();
        page.until(() -> page.browser().findElements(By.cssSelector("[data-csv='overview-officials']")).isEmpty() ? null : true);
        page.browser().findElement(By.cssSelector("[data-csv='overview-officials']")).click();
        assertThat(page.blobText(2).lines().toList()).anySatisfy(line -> assertThat(line).startsWith("李富生,"));
        assertThat(chromium.consoleErrors()).as("the strict CSP lets the page run").isEmpty();
    }
}
