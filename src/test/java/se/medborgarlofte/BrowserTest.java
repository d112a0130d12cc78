package se.medborgarlofte;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser test: the whole application on PostgreSQL and Debian's Chromium, headless, one browser per test (skipped
 * when Chromium is missing). What the test reports (axe-core's findings, the screenshots saved) is printed at its end.
 */
@PostgresIntegrationTest
public abstract class BrowserTest {

    @LocalServerPort
    protected int port;

    protected HeadlessChromium chromium;
    protected WebDriver browser;
    protected WebDriverWait wait;
    protected final List<String> report = new ArrayList<>();

    /** The window's size; a desktop screen unless the test says otherwise. */
    protected Dimension window() {
        return new Dimension(1280, 900);
    }

    @BeforeEach
    void startBrowser() {
        chromium = HeadlessChromium.start(port);
        browser = chromium.driver();
        browser.manage().window().setSize(window());
        wait = chromium.waiting();
    }

    @AfterEach
    void closeBrowser() {
        report.forEach(System.out::println);
        if (chromium != null) {
            chromium.close();
        }
    }

    /** Fails on a serious or critical axe-core violation in the elements matching {@code selector} (null: the page). */
    protected void assertAccessible(String selector, String page) {
        report.add(AxeCore.assertNoGraveViolations(browser, selector, page));
    }

    /** Saves the page's first {@code maxHeight} pixels when -Dscreenshots names a directory. */
    protected void screenshot(String name, int maxHeight) {
        chromium.saveScreenshot(name, maxHeight).ifPresent(file -> report.add("screenshot: " + file));
    }
}
