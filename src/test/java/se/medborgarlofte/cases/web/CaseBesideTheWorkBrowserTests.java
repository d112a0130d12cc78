package se.medborgarlofte.cases.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import se.medborgarlofte.BrowserTest;
import se.medborgarlofte.PledgeJourney;

/**
 * The case beside the work, in headless Chromium: a police officer lands on their task in Tasklist, reads the pledge
 * in the tab "Ärendet" and completes the form; an association reads its measure's pledge without the police picture;
 * the coordinator opens Cockpit to the overview of every pledge, follows it to a case page, and reads the case beside
 * a process instance. axe-core checks each panel (serious or critical violations fail), and no page shows the
 * webapps' English or the migration banner. With {@code -Dscreenshots=src/docs/images} the tab, the overview and
 * Cockpit's tab are saved as the README's pictures.
 */
class CaseBesideTheWorkBrowserTests extends BrowserTest {

    /** What the webapps showed in English before they spoke Swedish. */
    private static final List<String> ENGLISH = List.of(
            "Select a task in the list",
            "No task matching filters found",
            "Claim",
            "Complete",
            "Field is required.",
            "Due in",
            "Add Comment",
            "Create task",
            "Right Now",
            "Running Process Instances",
            "It is time to migrate");

    private static final String POLICE_PICTURE = "Skadegörelse och bilbränder";

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ManagementService management;

    @Autowired
    TaskService tasks;

    @Override
    protected Dimension window() {
        return new Dimension(1400, 1000);
    }

    @Test
    void thePoliceLandOnTheirTaskReadTheCaseBesideItAndCompleteIt() {
        PledgeJourney journey = new PledgeJourney(rest, management);
        String pledge = journey.start("Tryggare Bangården", "Bangården");
        Task picture = tasks.createTaskQuery()
                .processInstanceBusinessKey(pledge)
                .taskDefinitionKey("compile-police-situation-picture")
                .singleResult();

        chromium.logInToTasklist("polis");
        WebElement inList = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector(".tasks-list .task [href*='task=" + picture.getId() + "']")));
        assertThat(inList.getText()).contains("Ta fram polisens lägesbild");
        chromium.click(inList);

        openTab("Ärendet");
        WebElement panel = waitForPanel(pledge);
        assertThat(panel.findElement(By.cssSelector("dl.facts")).getText())
                .contains("Bangården")
                .contains("Identifiera behov");
        assertThat(tabs()).doesNotContain("Mötet");
        assertSwedishWithoutBanner("Uppgifter, fliken Ärendet");
        assertAccessible(".ml-panel", "fliken Ärendet");
        screenshot("uppgifter-arendet", 1000);

        // claimed before the form opens: the form renders again when the task is claimed, and would lose what was typed
        chromium.click(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[ng-click='claim()']"))));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("[ng-click='claim()']")));
        openTab("Formulär");
        // the form is ready when it shows the pledge's title from the task's variables
        wait.until(driver -> !driver.findElement(By.cssSelector("input[id$='Field_pledgeTitle1']"))
                .getDomProperty("value")
                .isEmpty());
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("textarea[id$='Field_policeWhat']", "Skadegörelse vid perrongerna på kvällarna.");
        answers.put("textarea[id$='Field_policeWhere']", "Perrongerna och gångtunneln");
        answers.put("input[id$='Field_policeWhen']", "Fredagar och lördagar efter 21");
        answers.put("input[id$='Field_policeFrequency']", "Varje vecka");
        answers.put("input[id$='Field_reportedCrimesBaseline']", "42");
        answers.put("textarea[id$='Field_staffDialogueFindings']", "Personalen ser samma grupp återkomma varje helg.");
        answers.forEach(this::fill);
        chromium.click(browser.findElement(By.cssSelector(".fjs-form-field-select .fjs-input-group")));
        chromium.click(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".fjs-dropdownlist-item"))));
        // leaving the last field hands form-js its value at once (it waits for a pause in the typing otherwise)
        chromium.click(browser.findElement(By.cssSelector(".fjs-form-field-text")));
        // on a busy machine form-js can render a field again as it is typed in: type again what did not stay
        answers.forEach((selector, text) -> {
            WebElement field = browser.findElement(By.cssSelector(selector));
            if (!text.equals(field.getDomProperty("value"))) {
                field.clear();
                field.sendKeys(text);
            }
        });
        chromium.click(browser.findElement(By.cssSelector(".fjs-form-field-text")));
        chromium.click(
                wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[ng-click='complete()']"))));

        try {
            wait.withTimeout(Duration.ofSeconds(20))
                    .until(driver ->
                            tasks.createTaskQuery().taskId(picture.getId()).count() == 0);
        } catch (TimeoutException notCompleted) {
            throw new AssertionError("The form was not completed; the page said: "
                    + browser.findElements(By.cssSelector(".fjs-has-errors, .page-notifications")).stream()
                            .map(WebElement::getText)
                            .toList());
        }
    }

    @Test
    void anAssociationReadsThePledgeOfItsMeasureWithoutThePolicePicture() {
        PledgeJourney journey = new PledgeJourney(rest, management);
        String pledge = journey.start("Tryggare Folkets park", "Folkets park");
        journey.identifyNeed(pledge)
                .draft(pledge, PledgeJourney.COMMITMENTS_WITH_ASSOCIATION)
                .sign(pledge);
        Task measure = tasks.createTaskQuery()
                .processInstanceBusinessKey(pledge)
                .taskDefinitionKey("plan-measure")
                .taskCandidateGroup(PledgeJourney.ASSOCIATION_GROUP)
                .singleResult();

        chromium.logInToTasklist("forening");
        chromium.click(wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector(".tasks-list .task [href*='task=" + measure.getId() + "']"))));
        openTab("Ärendet");
        WebElement panel = waitForPanel(pledge);

        assertThat(panel.getText())
                .contains("Nattvandrarna lovar att vandra varje fredag.")
                .doesNotContain(POLICE_PICTURE)
                .doesNotContain("Senaste händelserna");
        assertSwedishWithoutBanner("Uppgifter som förening");
        assertAccessible(".ml-panel", "fliken Ärendet, förening");
    }

    @Test
    void theCoordinatorSeesEveryPledgeOnCockpitsFirstPage() {
        PledgeJourney journey = new PledgeJourney(rest, management);
        String early = journey.start("Tryggare Stortorget", "Stortorget");
        String running = journey.start("Tryggare Västerleden", "Västerleden");
        journey.identifyNeed(running).draft(running, PledgeJourney.COMMITMENTS).sign(running);

        chromium.logInToCockpit("samordnare");
        WebElement overview = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ml-overview")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ml-overview .ml-stages")));
        assertThat(overview.findElements(By.cssSelector(".ml-stages a")))
                .extracting(WebElement::getText)
                .anyMatch(stage -> stage.startsWith("Identifiera behov:"))
                .anyMatch(stage -> stage.startsWith("Genomförande:"));
        assertThat(aboveTheStatistics(overview))
                .as("the overview comes first on the dashboard")
                .isTrue();
        assertSwedishWithoutBanner("Processöversikt, startsidan");
        assertAccessible(".ml-panel", "översikten i Processöversikt");
        screenshot("processoversikt-medborgarloften", 1300);

        chromium.click(overview.findElement(By.partialLinkText("Genomförande")));
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Ärenden"));
        assertThat(browser.findElements(By.linkText("Tryggare Västerleden"))).hasSize(1);
        assertThat(browser.findElements(By.linkText("Tryggare Stortorget"))).isEmpty();

        browser.get(
                chromium.url("/camunda/app/cockpit/default/#/process-instance/" + journey.processInstanceId(early)));
        openTab("Ärendet");
        waitForPanel(early);
        assertSwedishWithoutBanner("Processöversikt, en process");
        assertAccessible(".ml-panel", "fliken Ärendet i Processöversikt");
        screenshot("processoversikt-arendet", 1300);
    }

    private void openTab(String label) {
        chromium.click(wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space()='" + label + "']"))));
    }

    private List<String> tabs() {
        return browser.findElements(By.cssSelector("ul.nav-tabs a")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private WebElement waitForPanel(String pledge) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ml-panel h2"), pledge));
        return browser.findElement(By.cssSelector(".ml-panel"));
    }

    private void fill(String selector, String text) {
        // typing focuses the field; a click could land on the form while it renders again after the claim
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(selector)))
                .sendKeys(text);
    }

    /** No text from the webapps' English, and the migration banner hidden. */
    private void assertSwedishWithoutBanner(String page) {
        String text = browser.findElement(By.tagName("body")).getText();
        assertThat(ENGLISH).as(page).noneMatch(text::contains);
        assertThat(browser.findElements(By.cssSelector(".ce-eol-banner")))
                .as(page)
                .noneMatch(WebElement::isDisplayed);
    }

    private boolean aboveTheStatistics(WebElement overview) {
        return (Boolean) ((JavascriptExecutor) browser)
                .executeScript(
                        "const stats = document.querySelector('.dashboard section.actual');"
                                + " return !stats || arguments[0].getBoundingClientRect().top"
                                + " < stats.getBoundingClientRect().top;",
                        overview);
    }
}
