package se.medborgarlofte.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.medborgarlofte.EngineRestClient;
import se.medborgarlofte.HeadlessChromium;
import se.medborgarlofte.PostgresIntegrationTest;

/**
 * The Camunda webapps as a Swedish user meets them, in headless Chromium (whose language is English, the worst case):
 * Tasklist offers no "Skapa uppgift" and "Starta process" only to those who may start a process; Camunda Forms
 * validate and take dates in Swedish; the headers, login pages and footers name the apps and the product in Swedish.
 * With {@code -Dscreenshots=<directory>} the screens are saved there as PNG.
 */
@PostgresIntegrationTest
class SwedishWebappsBrowserTests {

    /** Every text form-js 1.8 writes itself into a Tasklist form (see form-js-sv.js), as it writes it. */
    static final Map<String, String> FORM_JS_TEXTS = texts(
            "Field is required.",
            "Fältet måste fyllas i.",
            "Field must have minimum length of 10.",
            "Fältet måste ha minst 10 tecken.",
            "Field must have maximum length of 2000.",
            "Fältet får ha högst 2000 tecken.",
            "Field must have minimum value of 0.",
            "Värdet måste vara minst 0.",
            "Field must have maximum value of 6.",
            "Värdet får vara högst 6.",
            "Field must match pattern ^ML-[0-9]{4}-[0-9]{4}$.",
            "Fältet har inte rätt format.",
            "Field must be a valid  international phone number. (e.g. +4930664040900)",
            "Ange ett telefonnummer med landsnummer, t.ex. +46701234567.",
            "Field must be a valid email.",
            "Ange en giltig e-postadress.",
            "Value is not a number.",
            "Värdet är inte ett tal.",
            "Value is expected to be an integer.",
            "Värdet måste vara ett heltal.",
            "Value is expected to have at most 2 decimal digits.",
            "Värdet får ha högst 2 decimaler.",
            "Please select a valid value, the two nearest valid values are 5 and 10.",
            "Ange ett giltigt värde. De två närmaste giltiga värdena är 5 och 10.",
            "Add new",
            "Lägg till",
            "Collapse",
            "Fäll ihop",
            "Expand all (7)",
            "Visa alla (7)",
            "No results",
            "Inga träffar",
            "All values selected",
            "Alla värden är valda");

    /** The same, for form-js's attributes (aria-label, placeholder, title). */
    static final Map<String, String> FORM_JS_ATTRIBUTES = texts(
            "Remove list item 2",
            "Ta bort rad 2",
            "Increment",
            "Öka",
            "Decrement",
            "Minska",
            "Search",
            "Sök",
            "Remove tag",
            "Ta bort",
            "Previous page",
            "Föregående sida",
            "Next page",
            "Nästa sida",
            "yyyy-mm-dd",
            "åååå-mm-dd");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private HeadlessChromium chromium;
    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void startBrowser() {
        chromium = HeadlessChromium.start(port);
        browser = chromium.driver();
        wait = chromium.waiting();
    }

    @AfterEach
    void closeBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void anOfficerIsOfferedNeitherToCreateATaskNorToStartAProcess() {
        chromium.logInToTasklist("polis");
        WebElement shortcutHelp = wait.until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[cam-widget-header] .shortcut-help a")));
        waitForAngular();
        waitUntilLoaded();
        screenshot("tasklist-polis");

        assertThat(browser.findElements(By.cssSelector(".create-task-action, .start-process-action")))
                .isEmpty();
        assertThat(header().getText())
                .contains("Kortkommandon")
                .doesNotContain("Skapa uppgift", "Create task", "Starta process", "Start process");
        chromium.click(shortcutHelp);
        WebElement help = wait.until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".shortcut-modal .modal-body")));
        assertThat(help.getText())
                .as("the shortcut help lists no shortcut for starting a process")
                .contains("tar den markerade uppgiften")
                .doesNotContain("Starta process");
    }

    @Test
    void theCoordinatorStartsAPledgeWithASwedishForm() {
        chromium.logInToTasklist("samordnare");
        WebElement startProcess =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".start-process-action a")));
        assertThat(startProcess.getText()).contains("Starta process");
        assertThat(browser.findElements(By.cssSelector(".create-task-action"))).isEmpty();
        waitUntilLoaded();
        screenshot("tasklist-samordnare");

        chromium.click(startProcess);
        chromium.click(wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//div[contains(@class,'modal-content')]//a[normalize-space()='Medborgarlöfte']"))));
        WebElement title = field("Field_pledgeTitle");
        WebElement start = browser.findElement(By.cssSelector("button[ng-click='startProcessInstance()']"));
        chromium.click(start);

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".modal-content .fjs-form-field-error")));
        assertThat(formErrors()).isNotEmpty().allMatch("Fältet måste fyllas i."::equals);
        assertThat(browser.getPageSource()).doesNotContain("Field is required");
        assertThat(srOnlyTexts(".modal-content .alert"))
                .as("the close button of the dialog's error is read out in Swedish")
                .isNotEmpty()
                .containsOnly("Stäng");

        type(title, "Abc");
        wait.until(driver -> formErrors().contains("Fältet måste ha minst 5 tecken."));
        WebElement periodStart = field("Field_periodStart-date");
        assertThat(periodStart.getAttribute("placeholder")).isEqualTo("åååå-mm-dd");
        chromium.click(periodStart);
        WebElement calendar = wait.until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal-content .flatpickr-calendar")));
        assertThat(calendar.findElements(By.cssSelector(".flatpickr-weekday"))
                        .get(0)
                        .getText())
                .as("the week starts on Monday")
                .isEqualTo("mån");
        assertThat(calendar.getText()).contains("januari", "december").doesNotContain("January");
        screenshot("tasklist-start-form");

        String name = "Webbstart " + UUID.randomUUID().toString().substring(0, 8);
        title.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        type(title, name);
        type(field("Field_area"), "Resecentrum");
        type(periodStart, "2027-01-15");
        type(field("Field_periodEnd-date"), "2028-12-31");
        chromium.click(field("Field_parties-0"));
        chromium.click(field("Field_parties-1"));
        type(field("Field_background"), "Boende beskriver otrygghet vid resecentrum sena kvällar.");
        // form-js takes a typed value a moment after the last key; leaving the field hands it over at once
        pause(Duration.ofMillis(500));
        chromium.click(start);

        wait.withTimeout(Duration.ofSeconds(20))
                .until(driver -> !jdbc.sql(
                                "SELECT period_start::text || ' ' || period_end::text FROM pledge WHERE title = ?")
                        .param(name)
                        .query(String.class)
                        .list()
                        .isEmpty());
        assertThat(jdbc.sql("SELECT period_start::text || ' ' || period_end::text FROM pledge WHERE title = ?")
                        .param(name)
                        .query(String.class)
                        .single())
                .as("the dates typed in the Swedish format reach the case file")
                .isEqualTo("2027-01-15 2028-12-31");
    }

    @Test
    void formJsWritesItsTextsInSwedishAndNothingElse() {
        chromium.logInToTasklist("polis");
        waitForAngular();

        // written into a form as form-js writes them (added, changed in place), and one outside a form
        @SuppressWarnings("unchecked")
        Map<String, Object> shown = (Map<String, Object>)
                ((JavascriptExecutor) browser).executeAsyncScript("""
                const [texts, attributes, done] = arguments;
                const element = (tag, text, attribute) => {
                  const created = document.createElement(tag);
                  if (attribute) {
                    created.setAttribute(attribute, text);
                  } else {
                    created.textContent = text;
                  }
                  return created;
                };
                const form = element('div', 'fjs-container', 'class');
                const spans = Object.keys(texts).map((text) => element('span', text));
                const buttons = Object.keys(attributes).map((text) => element('button', text, 'aria-label'));
                const error = element('div', 'Fältet måste fyllas i.');
                const input = element('input', '', 'placeholder');
                const outside = element('span', 'Field is required.');
                form.append(...spans, ...buttons, error, input);
                document.body.append(form, outside);
                const tick = () => new Promise((resolve) => setTimeout(resolve, 50));
                tick()
                  .then(() => {
                    // as Preact changes a text or an attribute in place
                    error.firstChild.data = 'Field must have minimum length of 3.';
                    input.setAttribute('placeholder', 'Search');
                    return tick();
                  })
                  .then(() => {
                    const shown = {
                      texts: Object.fromEntries(spans.map((span, i) => [Object.keys(texts)[i], span.textContent])),
                      attributes: Object.fromEntries(buttons.map((button, i) =>
                        [Object.keys(attributes)[i], button.getAttribute('aria-label')])),
                      changed: [error.textContent, input.getAttribute('placeholder')],
                      outside: outside.textContent
                    };
                    form.remove();
                    outside.remove();
                    done(shown);
                  });""", FORM_JS_TEXTS, FORM_JS_ATTRIBUTES);

        assertThat((Map<?, ?>) shown.get("texts")).isEqualTo(FORM_JS_TEXTS);
        assertThat(shown.get("changed"))
                .asInstanceOf(InstanceOfAssertFactories.list(String.class))
                .as("a text and an attribute form-js changes in place")
                .containsExactly("Fältet måste ha minst 3 tecken.", "Sök");
        assertThat((Map<?, ?>) shown.get("attributes")).isEqualTo(FORM_JS_ATTRIBUTES);
        assertThat(shown.get("outside")).as("outside a form nothing is touched").isEqualTo("Field is required.");
    }

    @Test
    void theHeaderLoginAndFooterNameTheAppsAndTheProductInSwedish() {
        chromium.open("/camunda/app/cockpit/default/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
        waitForAngular();
        chromium.click(browser.findElement(By.cssSelector("[cam-widget-header] .app-switch .dropdown-toggle")));
        screenshot("cockpit-login");

        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("sv");
        assertThat(browser.findElements(By.cssSelector("[cam-widget-header] .app-switch .dropdown-menu li")).stream()
                        .map(WebElement::getText)
                        .toList())
                .containsExactly("Startsida", "Administration", "Uppgifter");
        assertThat(srOnlyTexts("[cam-widget-header] .navbar-toggle")).containsExactly("Visa/dölj navigering");
        assertThat((String) ((JavascriptExecutor) browser)
                        .executeScript("return getComputedStyle(document.querySelector('.form-signin .login-logo'),"
                                + " '::before').content"))
                .isEqualTo("\"Medborgarlöfte\"");
        assertThat(browser.findElement(By.cssSelector("footer")).getText())
                .contains("Medborgarlöfte · drivs med Camunda Platform");

        // a message Admin posts with an English status written into its code
        chromium.open("/camunda/app/admin/default/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")))
                .sendKeys("admin");
        browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(EngineRestClient.DEMO_PASSWORD);
        browser.findElement(By.cssSelector("button[type='submit']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[cam-widget-header] .account")));
        waitForAngular();
        ((JavascriptExecutor) browser).executeScript("""
                const injector = angular.element(document.body).injector();
                injector.get('$rootScope').$apply(() => injector.get('Notifications')
                    .addError({status: 'Failed', message: 'Medlemskapet kunde inte skapas.'}));""");
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(
                                By.cssSelector(".page-notifications .status")))
                        .getText())
                .isEqualTo("Misslyckades");
        screenshot("admin-notification", 1600);
    }

    private WebElement header() {
        return browser.findElement(By.cssSelector("[cam-widget-header]"));
    }

    /** A field of the open form, by the end of its id (form-js prefixes the form's own). */
    private WebElement field(String id) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id$='-" + id + "']")));
    }

    private void type(WebElement field, String text) {
        chromium.click(field);
        field.sendKeys(text, Keys.TAB);
    }

    private List<String> formErrors() {
        return browser.findElements(By.cssSelector(".modal-content .fjs-form-field-error")).stream()
                .map(WebElement::getText)
                .filter(text -> !text.isBlank())
                .toList();
    }

    /** The screen-reader texts under the elements, which Selenium's getText leaves out as invisible. */
    @SuppressWarnings("unchecked")
    private List<String> srOnlyTexts(String selector) {
        return (List<String>) ((JavascriptExecutor) browser)
                .executeScript(
                        "return [...document.querySelectorAll(arguments[0] + ' .sr-only')].map(e => e.textContent.trim());",
                        selector);
    }

    /** Until Tasklist's (or the app's) Angular has no request outstanding, e.g. the check behind "Starta process". */
    private void waitForAngular() {
        wait.until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver)
                .executeScript("const injector = window.angular && angular.element(document.body).injector();"
                        + " return !!injector && injector.get('$http').pendingRequests.length === 0;")));
    }

    /** Until Tasklist has loaded its filters and tasks (they come through its own client, not Angular's). */
    private void waitUntilLoaded() {
        wait.until(driver -> !driver.findElement(By.tagName("body")).getText().contains("Läser in"));
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void screenshot(String name) {
        screenshot(name, 1000);
    }

    /** Saves the page (its first {@code maxHeight} pixels) as PNG in the directory named by -Dscreenshots, if set. */
    private void screenshot(String name, int maxHeight) {
        String directory = System.getProperty("screenshots");
        if (directory == null || directory.isBlank()) {
            return;
        }
        try {
            Path file = Path.of(directory, name + ".png");
            Files.createDirectories(file.getParent());
            Files.write(file, chromium.screenshotOfPage(maxHeight));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> texts(String... englishThenSwedish) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (int i = 0; i < englishThenSwedish.length; i += 2) {
            texts.put(englishThenSwedish[i], englishThenSwedish[i + 1]);
        }
        return texts;
    }
}
