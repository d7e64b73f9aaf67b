package com.zhengqi.graph.explorer;

import com.zhengqi.graph.HeadlessChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;

/** The explorer page in the test browser: what the explorer's browser tests do to it and read from it. */
final class ExplorerPage {

    /** Keeps every blob the page offers as a download, so a test can read what would be saved. */
    static final String CAPTURE_DOWNLOADS = """
            window.savedBlobs = [];
            const create = URL.createObjectURL;
            URL.createObjectURL = blob => { window.savedBlobs.push(blob); return create(blob); };""";

    private final HeadlessChromium chromium;
    private final int port;

    ExplorerPage(HeadlessChromium chromium, int port) {
        this.chromium = chromium;
        this.port = port;
    }

    WebDriver browser() {
        return chromium.browser();
    }

    void open(String path) {
        chromium.open("http://127.0.0.1:" + port + path);
    }

    <T> T until(Supplier<T> condition) {
        return chromium.until(condition);
    }

    /** The text of every element the selector finds, trimmed. */
    List<String> cells(String css) {
        return browser().findElements(By.cssSelector(css)).stream().map(e -> e.getAttribute("textContent").trim()).toList();
    }

    Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) browser()).executeScript(script, arguments);
    }

    Object jsAsync(String script, Object... arguments) {
        return ((JavascriptExecutor) browser()).executeAsyncScript(script, arguments);
    }

    /** Types into a search box and picks the suggestion with that name with the keyboard (the first is active). */
    void choose(String inputId, String listId, String name) {
        WebElement input = browser().findElement(By.id(inputId));
        input.sendKeys(name);
        until(() -> browser().findElements(By.cssSelector("#" + listId + " li[data-id]")).stream()
                .anyMatch(li -> li.getText().contains(name)) ? true : null);
        input.sendKeys(Keys.ENTER);
    }

    /** The text of the index-th blob offered for download since {@link #CAPTURE_DOWNLOADS} ran. */
    String blobText(int index) {
        until(() -> ((Number) js("return window.savedBlobs.length;")).intValue() > index ? true : null);
        return (String) jsAsync("const done = arguments[arguments.length - 1]; window.savedBlobs[" + index + "].text().then(done);");
    }

    void screenshot(String name) throws IOException {
        chromium.screenshot("explorer-screenshots", name);
    }
}
