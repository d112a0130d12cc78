package se.medborgarlofte.steering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.medborgarlofte.BrowserTest;
import se.medborgarlofte.PledgeJourney;

/**
 * A steering group member reads the follow-up in the tab "Ärendet" and answers their review in Tasklist, in headless
 * Chromium: the form with its list of
 * commitments can be completed (Tasklist's own check would keep it disabled, see {@code form-validity.js}), and an
 * incomplete answer is refused with the fields marked.
 */
class ReviewInTasklistBrowserTests extends BrowserTest {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ManagementService management;

    @Autowired
    TaskService tasks;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aMemberAnswersTheirReviewInTasklist() {
        PledgeJourney journey = new PledgeJourney(rest, management);
        String pledge = journey.start("Trygg webbgranskning", "Webbtorget");
        journey.identifyNeed(pledge).draft(pledge, PledgeJourney.COMMITMENTS).sign(pledge);
        String pledgeInstance = journey.processInstanceId(pledge);
        management.executeJob(management
                .createJobQuery()
                .processInstanceId(pledgeInstance)
                .activityId("await-follow-up-date")
                .singleResult()
                .getId());
        journey.compileFollowUp(pledge, "compile-follow-up");
        Task review = tasks.createTaskQuery()
                .processInstanceBusinessKey(pledge)
                .taskDefinitionKey("review-follow-up")
                .taskAssignee("styrgrupp1")
                .singleResult();

        chromium.logInToTasklist("styrgrupp1");
        browser.get(chromium.tasklist() + "#/?task=" + review.getId());
        // the follow-up under review, beside the form
        chromium.click(wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Ärendet"))));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ml-panel h2"), pledge));
        assertThat(browser.findElement(By.cssSelector(".ml-panel")).getText()).contains("Uppföljning 1");
        chromium.click(browser.findElement(By.linkText("Formulär")));
        WebElement complete =
                wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[ng-click='complete()']")));
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".fjs-form-field-select"), 2));

        click(complete);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fjs-form-field-error")));
        assertThat(browser.findElements(By.cssSelector(".fjs-form-field-error")))
                .as("every unanswered field is marked")
                .hasSize(4);
        assertThat(tasks.createTaskQuery().taskId(review.getId()).count())
                .as("the incomplete answer is refused")
                .isEqualTo(1);
        dismissNotifications();

        for (WebElement select : browser.findElements(By.cssSelector(".fjs-form-field-select"))) {
            click(select.findElement(By.cssSelector(".fjs-input-group")));
            click(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".fjs-dropdownlist-item"))));
        }
        browser.findElements(By.cssSelector(".fjs-form-field-radio label")).stream()
                .filter(label -> label.getText().contains("Revidera åtagandena"))
                .findFirst()
                .ifPresent(this::click);
        WebElement comment = browser.findElement(By.cssSelector("textarea[id$='Field_reviewerComment']"));
        click(comment);
        comment.sendKeys("Belysningen dröjer.");
        click(browser.findElement(By.cssSelector(".fjs-form-field-text")));
        click(wait.until(ExpectedConditions.elementToBeClickable(complete)));

        wait.withTimeout(Duration.ofSeconds(20))
                .until(driver -> tasks.createTaskQuery().taskId(review.getId()).count() == 0);
        List<String> positions = jdbc.sql("""
                SELECT s.member || '=' || s.decision FROM steering_position s JOIN steering_review r ON r.id = s.review_id
                JOIN pledge p ON p.id = r.pledge_id WHERE p.registration_number = ? AND s.decision IS NOT NULL
                AND r.subject = 'follow-up'""").param(pledge).query(String.class).list();
        assertThat(positions).containsExactly("styrgrupp1=revise");
        assertThat(jdbc.sql("""
                SELECT a.assessment FROM position_assessment a JOIN steering_review r ON r.id = a.review_id
                JOIN pledge p ON p.id = r.pledge_id WHERE p.registration_number = ? ORDER BY a.position""").param(pledge).query(String.class).list())
                .hasSize(2)
                .doesNotContainNull();
    }

    private void click(WebElement element) {
        chromium.click(element);
    }

    /** The error notification from the refused answer lies over the form's buttons until it is closed. */
    private void dismissNotifications() {
        for (WebElement close : browser.findElements(By.cssSelector(".page-notifications .close"))) {
            if (close.isDisplayed()) {
                click(close);
            }
        }
    }
}
