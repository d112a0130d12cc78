package se.medborgarlofte;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium through its chromedriver, for the browser tests, and what they do in it as a user
 * would: log in to Tasklist, click with the element in view. A test using it is skipped (with a note) on a machine
 * without {@code chromium} and {@code chromium-driver}.
 */
public final class HeadlessChromium implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final int port;

    private HeadlessChromium(WebDriver driver, int port) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        this.port = port;
    }

    /** Starts the browser for the application on this port, or skips the test when Chromium is missing. */
    public static HeadlessChromium start(int port) {
        assumeTrue(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Debian's chromium and chromium-driver are needed (apt-get install chromium chromium-driver)");
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--hide-scrollbars",
                        "--window-size=1400,1600");
        return new HeadlessChromium(
                new ChromeDriver(
                        new ChromeDriverService.Builder()
                                .usingDriverExecutable(CHROMEDRIVER.toFile())
                                .build(),
                        options),
                port);
    }

    public WebDriver driver() {
        return driver;
    }

    public WebDriverWait waiting() {
        return wait;
    }

    /** The address of a path of the application, e.g. {@code /arenden}. */
    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    public String tasklist() {
        return url("/camunda/app/tasklist/default/");
    }

    /** Opens a path of the application. */
    public void open(String path) {
        driver.get(url(path));
    }

    /** Logs in on Tasklist's login form, with the demo password, and waits for the task list. */
    public void logInToTasklist(String user) {
        logIn(tasklist(), user, By.cssSelector(".tasks-list, [cam-tasks]"));
    }

    /** Logs in on Cockpit's login form, with the demo password, and waits for its dashboard. */
    public void logInToCockpit(String user) {
        logIn(url("/camunda/app/cockpit/default/"), user, By.cssSelector(".dashboard"));
    }

    /**
     * Fills in and sends the login form, and waits for the app. On a busy machine the form can be sent before the app
     * has bound it, and then nothing happens: a form still shown after a while is sent once more; an app still loading
     * is given longer.
     */
    private void logIn(String app, String user, By loggedIn) {
        driver.get(app);
        sendLoginForm(user);
        try {
            wait.until(ExpectedConditions.presenceOfElementLocated(loggedIn));
        } catch (TimeoutException slow) {
            if (!driver.findElements(By.cssSelector("input[ng-model='username']"))
                    .isEmpty()) {
                sendLoginForm(user);
            }
            new WebDriverWait(driver, Duration.ofSeconds(40))
                    .until(ExpectedConditions.presenceOfElementLocated(loggedIn));
        }
    }

    private void sendLoginForm(String user) {
        WebElement username =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
        username.clear();
        username.sendKeys(user);
        WebElement password = driver.findElement(By.cssSelector("input[ng-model='password']"));
        password.clear();
        password.sendKeys(EngineRestClient.DEMO_PASSWORD);
        driver.findElement(By.cssSelector("button[type='submit']")).click();
    }

    /** Clicks as a user would, with the element scrolled to the middle of the window (clear of Tasklist's footer). */
    public void click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    /**
     * The page from its top as PNG, at most {@code maxHeight} CSS pixels long, at the window's width (Chromium's own
     * screenshot beyond the viewport).
     */
    @SuppressWarnings("unchecked")
    public byte[] screenshotOfPage(int maxHeight) {
        ChromeDriver chrome = (ChromeDriver) driver;
        Map<String, Object> size = (Map<String, Object>)
                chrome.executeCdpCommand("Page.getLayoutMetrics", Map.of()).get("cssContentSize");
        Map<String, Object> shot = chrome.executeCdpCommand(
                "Page.captureScreenshot",
                Map.of(
                        "format",
                        "png",
                        "captureBeyondViewport",
                        true,
                        "clip",
                        Map.of(
                                "x",
                                0,
                                "y",
                                0,
                                "width",
                                ((Number) size.get("width")).doubleValue(),
                                "height",
                                Math.min(maxHeight, ((Number) size.get("height")).doubleValue()),
                                "scale",
                                1)));
        return Base64.getDecoder().decode((String) shot.get("data"));
    }

    /**
     * Saves the page (its first {@code maxHeight} pixels) as {@code <name>.png} in the directory named by
     * {@code -Dscreenshots} (the README's pictures: {@code -Dscreenshots=src/docs/images}); nothing without it.
     */
    public Optional<Path> saveScreenshot(String name, int maxHeight) {
        String directory = System.getProperty("screenshots");
        if (directory == null || directory.isBlank()) {
            return Optional.empty();
        }
        try {
            Path file = Path.of(directory, name + ".png");
            Files.createDirectories(file.getParent());
            Files.write(file, screenshotOfPage(maxHeight));
            return Optional.of(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
