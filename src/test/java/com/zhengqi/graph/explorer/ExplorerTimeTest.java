package com.zhengqi.graph.explorer;

import com.zhengqi.graph.GraphTestSupport;
import com.zhengqi.graph.HeadlessChromium;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The time slider and a person's career, in a real headless Chromium against articles written for
 * the test, extracted and written to the embedded Neo4j by the application's own ingest: a county
 * head appointed, visiting two companies, removed, then appointed mayor of a city and visiting one of
 * the companies again there. Screenshots: target/explorer-screenshots/time-*.png and career-*.png.
 */
class ExplorerTimeTest extends GraphTestSupport {

    @RegisterExtension
    static final HeadlessChromium chromium = new HeadlessChromium();

    private static final String FIRST_COMPANY = "恒信精密机械有限公司";
    private static final String SECOND_COMPANY = "华锐新材料有限公司";

    private ExplorerPage page;
    private WebDriver browser;
    private String official;

    @BeforeEach
    void aCareerInSixArticles() {
        clearGraph();
        ingestService.ingestText("t1.txt", "县长任命\n2018年3月8日，内黄县人大常委会决定任命赵立新为内黄县县长。", "2018-03-10");
        ingestService.ingestText("t2.txt", "县长考察\n2018年6月1日，内黄县县长赵立新到" + FIRST_COMPANY + "考察。", "2018-06-02");
        ingestService.ingestText("t3.txt", "县长考察\n2019年9月12日，内黄县县长赵立新到" + SECOND_COMPANY + "考察。", "2019-09-13");
        ingestService.ingestText("t4.txt", "县长免职\n2020年2月8日，免去赵立新的内黄县县长职务。", "2020-02-10");
        ingestService.ingestText("t5.txt", "市长任命\n2020年2月18日，林州市人大常委会决定任命赵立新为林州市市长。", "2020-02-20");
        ingestService.ingestText("t6.txt", "市长考察\n2020年5月5日，林州市市长赵立新到" + FIRST_COMPANY + "考察。", "2020-05-06");
        // Resolution may keep the mayor of 林州市 apart from the county head (a name is resolved per region): the county head is drawn.
        official = driver.session().executeRead(tx -> tx.run(
                "MATCH (p:Person {name: '赵立新'})-[:APPOINTED]->(:Region {name: '内黄县'}) RETURN DISTINCT p.id AS id").single().get("id").asString());
        page = new ExplorerPage(chromium, httpPort);
        browser = page.browser();
    }

    @Test
    void theCareerIsATimelineInTheSidePanelWithEachTenuresEvidence() throws IOException {
        page.open("/#entity=" + official);
        List<String> posts = page.until(() -> {
            List<String> found = page.cells("#career .tenure .post");
            return found.isEmpty() ? null : found;
        });
        assertThat(posts).contains("内黄县 县长");
        WebElement county = tenure("内黄县 县长");
        // The removal may be read onto another 赵立新 (resolution), so the tenure's end is its last report or the removal.
        assertThat(county.findElement(By.cssSelector(".when")).getText()).contains("2018-03-08 任 appointed");
        assertThat(county.findElement(By.cssSelector(".bar")).getAttribute("class")).contains("dated");
        WebElement sentence = county.findElement(By.cssSelector("blockquote.sentence"));
        assertThat(sentence.getText()).contains("任命赵立新为内黄县县长");

        // Enter on the sentence opens its article with the sentence marked.
        sentence.sendKeys(Keys.ENTER);
        String mark = page.until(() -> county.findElements(By.cssSelector(".article mark")).stream().findFirst()
                .map(WebElement::getText).orElse(null));
        assertThat(mark).isEqualTo(sentence.getText());
        // The visits' evidence carries their dates.
        assertThat(page.cells("#panel-body .evidence .date")).contains("2018-06-01", "2019-09-12");
        page.js("document.querySelector('#career').scrollIntoView();");
        page.screenshot("career-timeline");

        // "Show this tenure on the network": the slider takes the county tenure's months.
        county.findElement(By.cssSelector("button.tenure-time")).click();
        page.until(() -> "2018-03".equals(text("time-from-label")) ? true : null);
        assertThat(drawnVisitDates()).contains("2018-06-01", "2019-09-12").doesNotContain("2020-05-05");
        assertThat(browser.getCurrentUrl()).contains("time=2018-03..");
    }

    @Test
    void theTimeSliderHidesRelationshipsDatedOutsideItAndFadesWhatIsLeftWithout() throws IOException {
        page.open("/");
        page.js("localStorage.clear();");
        page.open("/#entity=" + official);
        new Select(browser.findElement(By.id("max-nodes"))).selectByValue("500");
        page.until(() -> text("time-summary").contains("2018-03 – 2020-05") ? true : null);
        assertThat(drawnVisitDates()).containsExactlyInAnyOrder("2018-06-01", "2019-09-12", "2020-05-05");
        assertThat(faded()).isEmpty();

        // Only dated relationships: what has none (the regions above the county, reached by PART_OF) fades.
        browser.findElement(By.id("time-undated")).click();
        page.until(() -> faded().isEmpty() ? null : true);
        assertThat(faded()).doesNotContain(FIRST_COMPANY, SECOND_COMPANY, "内黄县");

        // The keyboard moves the handles a month at a time: the end back to 2019-12 ...
        WebElement to = browser.findElement(By.id("time-to"));
        for (int i = 0; i < 5; i++) {
            to.sendKeys(Keys.ARROW_LEFT);
        }
        page.until(() -> "2019-12".equals(text("time-to-label")) ? true : null);
        assertThat(drawnVisitDates()).containsExactlyInAnyOrder("2018-06-01", "2019-09-12");
        assertThat(faded()).doesNotContain(FIRST_COMPANY, SECOND_COMPANY);
        assertThat(text("status")).contains("2018-03 – 2019-12");
        page.screenshot("time-slider");

        // ... and the start on to 2019-01: the first company's visits are both outside, it fades.
        WebElement from = browser.findElement(By.id("time-from"));
        for (int i = 0; i < 10; i++) {
            from.sendKeys(Keys.ARROW_RIGHT);
        }
        page.until(() -> "2019-01".equals(text("time-from-label")) ? true : null);
        assertThat(drawnVisitDates()).containsExactly("2019-09-12");
        assertThat(faded()).contains(FIRST_COMPANY).doesNotContain(SECOND_COMPANY);
        assertThat(page.cells("#view-list li[data-id='" + official + "'][data-faded]")).as("the centre never fades").isEmpty();

        // The address keeps the window and the most nodes: saved, reloaded and reopened, the same picture.
        assertThat(browser.getCurrentUrl()).contains("time=2019-01..2019-12").contains("dated=only").contains("limit=500");
        browser.findElement(By.id("view-name")).sendKeys("赵立新2019");
        browser.findElement(By.id("save-view")).click();
        page.open("/");
        page.until(() -> page.cells("#overview-counts li").isEmpty() ? null : true);
        new Select(browser.findElement(By.id("saved-views"))).selectByVisibleText("赵立新2019");
        page.until(() -> faded().contains(FIRST_COMPANY) ? true : null);
        assertThat(text("time-from-label")).isEqualTo("2019-01");
        assertThat(text("time-to-label")).isEqualTo("2019-12");
        assertThat(browser.findElement(By.id("time-undated")).isSelected()).isFalse();
        assertThat(new Select(browser.findElement(By.id("max-nodes"))).getFirstSelectedOption().getText()).isEqualTo("500");
        assertThat(drawnVisitDates()).containsExactly("2019-09-12");
        assertThat(chromium.consoleErrors()).isEmpty();
        page.screenshot("time-saved-view");

        // "All dates" brings everything back.
        browser.findElement(By.id("time-reset")).click();
        page.until(() -> faded().isEmpty() ? true : null);
        assertThat(drawnVisitDates()).hasSize(3);
    }

    private WebElement tenure(String post) {
        return browser.findElements(By.cssSelector("#career .tenure")).stream()
                .filter(li -> li.findElement(By.cssSelector(".post")).getText().equals(post)).findFirst().orElseThrow();
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText().trim();
    }

    /** The dates of the VISITED edges drawn now (not hidden by the slider). */
    @SuppressWarnings("unchecked")
    private List<String> drawnVisitDates() {
        return (List<String>) page.js("""
                const network = window.zhengqi.network;
                return network.cy.edges('[type = "VISITED"]').not('.out-of-time').map(e => network.edges.get(e.data('edgeId')).date);""");
    }

    /** Names of the nodes the slider faded, as the list beside the canvas marks them for screen readers. */
    private List<String> faded() {
        return page.cells("#view-list li[data-faded]");
    }
}
