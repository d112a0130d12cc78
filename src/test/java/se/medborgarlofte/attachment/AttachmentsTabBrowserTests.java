package se.medborgarlofte.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.medborgarlofte.BrowserTest;
import se.medborgarlofte.PledgeJourney;
import se.medborgarlofte.TestFiles;

/**
 * The tab "Bilagor" beside a task in Tasklist, in headless Chromium: the association, a party of the demo's
 * town-square pledge, sees the pledge's attachments beside its measure, is told in Swedish what is missing, uploads a
 * PDF and sees it in the list. axe-core checks the tab. With {@code -Dscreenshots=src/docs/images} it is saved as the
 * README's picture.
 */
class AttachmentsTabBrowserTests extends BrowserTest {

    @Autowired
    TaskService tasks;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theAssociationUploadsAnAttachmentBesideItsMeasure() throws Exception {
        String townSquare = jdbc.sql(
                        "SELECT registration_number FROM pledge WHERE title = 'Tryggare Gustav Adolfs plan'")
                .query(String.class)
                .single();
        Task measure = tasks
                .createTaskQuery()
                .taskCandidateGroup(PledgeJourney.ASSOCIATION_GROUP)
                .processDefinitionKey("atgard")
                .processInstanceBusinessKey(townSquare)
                .list()
                .stream()
                .findFirst()
                .orElseThrow();
        Path walk = Files.createTempFile("vuxenvandring-", ".pdf");
        Files.write(walk, TestFiles.pdf("Rutt för vuxenvandringen"));

        chromium.logInToTasklist("forening");
        chromium.click(wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector(".tasks-list .task [href*='task=" + measure.getId() + "']"))));
        chromium.click(wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space()='Bilagor']"))));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".ml-panel h2"), townSquare + " Bilagor"));
        WebElement panel = browser.findElement(By.cssSelector(".ml-panel"));
        assertThat(panel.getText())
                .contains("Det undertecknade medborgarlöftet", "Anteckningar från trygghetsvandringen");

        // nothing chosen: the API's Swedish problems, beside the form
        chromium.click(panel.findElement(By.cssSelector("form.upload button[type=submit]")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".ml-upload-status"), "Välj en fil att bifoga."));
        assertThat(browser.findElement(By.cssSelector(".ml-upload-status")).getText())
                .contains("Beskriv kort vad bilagan är.");

        browser.findElement(By.cssSelector("form.upload input[type=file]")).sendKeys(walk.toString());
        browser.findElement(By.cssSelector("form.upload input[name=description]"))
                .sendKeys("Rutt för vuxenvandringen");
        chromium.click(browser.findElement(By.cssSelector("form.upload input[name=confidentiality][value=public]")));
        chromium.click(browser.findElement(By.cssSelector("form.upload button[type=submit]")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".ml-upload-status"), "Bilagan är tillagd."));
        assertThat(browser.findElements(By.cssSelector(".ml-panel td[data-label=Beskrivning]")).stream()
                        .map(WebElement::getText))
                .first()
                .isEqualTo("Rutt för vuxenvandringen");
        assertThat(browser.findElement(By.cssSelector(".ml-panel td[data-label=Fil] a"))
                        .getAttribute("href"))
                .contains("/api/pledges/" + townSquare + "/attachments/");
        assertThat(jdbc.sql("SELECT uploaded_by || ' ' || confidentiality || ' ' || file_name FROM attachment"
                                + " WHERE description = 'Rutt för vuxenvandringen'")
                        .query(String.class)
                        .single())
                .isEqualTo("forening public " + walk.getFileName());

        assertAccessible(".ml-panel", "fliken Bilagor i Uppgifter");
        screenshot("uppgifter-bilagor", 1100);
        Files.deleteIfExists(walk);
    }
}
