package se.medborgarlofte.revision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
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
 * The coordinator revises the commitments in Tasklist, in headless Chromium: the form shows one row per running
 * commitment, kept by default; withdrawing one with a reason needs no signature, ends that measure with the reason and
 * leaves the other running.
 */
class RevisionInTasklistBrowserTests extends BrowserTest {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ManagementService management;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theCoordinatorWithdrawsOneCommitmentInTasklist() {
        PledgeJourney journey = new PledgeJourney(rest, management);
        String pledge = journey.start("Trygg webbrevidering", "Webbtorget");
        journey.identifyNeed(pledge).draft(pledge, PledgeJourney.COMMITMENTS).sign(pledge);
        journey.followUpAndReview(pledge, "revise");
        Task draft = tasks.createTaskQuery()
                .processInstanceBusinessKey(pledge)
                .taskDefinitionKey("draft-revision")
                .singleResult();

        tasks.claim(draft.getId(), "samordnare");

        chromium.logInToTasklist("samordnare");
        browser.get(chromium.tasklist() + "#/?task=" + draft.getId());
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".fjs-form-field-radio"), 2));
        WebElement complete = browser.findElement(By.cssSelector("button[ng-click='complete()']"));
        List<WebElement> actions = browser.findElements(By.cssSelector(".fjs-form-field-radio"));
        actions.get(1).findElements(By.cssSelector("label")).stream()
                .filter(label -> label.getText().startsWith("Återta"))
                .findFirst()
                .ifPresent(chromium::click);
        WebElement reason = browser.findElements(By.cssSelector("textarea[id*='Field_withdrawalReason']"))
                .get(1);
        chromium.click(reason);
        reason.sendKeys("Bostadsbolaget har lämnat samarbetet.");
        screenshot("uppgifter-revidering", 1400);
        chromium.click(browser.findElement(By.cssSelector(".fjs-form-field-text")));
        chromium.click(wait.until(ExpectedConditions.elementToBeClickable(complete)));

        wait.withTimeout(Duration.ofSeconds(20))
                .until(driver -> tasks.createTaskQuery().taskId(draft.getId()).count() == 0);
        assertThat(jdbc.sql("""
                        SELECT c.party || ': ' || c.status || ' ' || COALESCE(c.outcome_reason, '') FROM commitment c
                        JOIN pledge p ON p.id = c.pledge_id WHERE p.registration_number = ? ORDER BY c.position""").param(pledge).query(String.class).list())
                .containsExactly("polisen: in-progress ", "naringsliv: stopped Bostadsbolaget har lämnat samarbetet.");
        assertThat(runtime.createProcessInstanceQuery()
                        .processDefinitionKey("atgard")
                        .processInstanceBusinessKey(pledge)
                        .count())
                .isOne();
        assertThat(tasks.createTaskQuery()
                        .processInstanceBusinessKey(pledge)
                        .taskDefinitionKey("approve-revision-police")
                        .count())
                .as("a withdrawal alone is not signed")
                .isZero();
    }
}
