package se.medborgarlofte.cases.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import se.medborgarlofte.BrowserTest;
import se.medborgarlofte.PledgeJourney;

/**
 * The coordinator, logged in to Tasklist in headless Chromium, goes from the start page to the case list, searches
 * with the form and follows a link to a pledge. axe-core checks every page on the way (the start page before and
 * after the login, the login page, the list, the case at desktop and phone width, the 404 page): none may have a
 * serious or critical violation of WCAG 2.1 AA or axe's best practices. With {@code -Dscreenshots=<directory>} the
 * start page, the list and the top of the case (at desktop and phone width) are saved there as PNG (the README's
 * pictures: {@code -Dscreenshots=src/docs/images}).
 */
class CasePagesBrowserTests extends BrowserTest {

    private static final int DESKTOP = 1280;
    private static final int PHONE = 390;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ManagementService management;

    @Test
    void theCoordinatorGoesFromTheStartPageThroughTheListToACaseOnAccessiblePages() {
        PledgeJourney journey = new PledgeJourney(rest, management);
        String pledge = journey.start("Tryggare Stationsparken", "Stationsparken");
        journey.identifyNeed(pledge)
                .draftWithGoals(pledge, PledgeJourney.COMMITMENTS, PledgeJourney.EFFECT_GOAL)
                .sign(pledge)
                .policeReport(pledge)
                .housingCompanyCloses(pledge)
                .followUpAndReview(pledge, "continue")
                .publishFollowUpFeedback(pledge, "Grannsamverkan har startat vid Stationsparken.");
        secondFollowUp(journey, pledge);

        chromium.open("/");
        assertThat(browser.findElement(By.cssSelector("main .button")).getAttribute("href"))
                .endsWith("/camunda/app/tasklist/default/#/login");
        assertAccessible("startsidan, utloggad");
        chromium.open("/arenden/" + pledge);
        assertThat(heading()).isEqualTo("Logga in för att se ärendena");
        assertAccessible("inloggningssidan");

        chromium.logInToTasklist("samordnare");
        chromium.open("/");
        assertThat(browser.findElement(By.cssSelector(".who")).getText()).isEqualTo("Inloggad som samordnare");
        assertAccessible("startsidan");
        screenshot("sidor-start", 1200);

        chromium.click(browser.findElement(By.linkText("Ärenden")));
        waitForHeading("Ärenden");
        assertThat(browser.findElements(By.cssSelector("table tbody tr"))).isNotEmpty();
        assertAccessible("ärendelistan");
        screenshot("sidor-arenden", 1600);

        WebElement search = browser.findElement(By.id("f-q"));
        search.sendKeys("Stationsparken");
        new Select(browser.findElement(By.id("f-stage"))).selectByVisibleText("Genomförande");
        chromium.click(browser.findElement(By.cssSelector("form.search button[type=submit]")));
        chromium.waiting().until(ExpectedConditions.urlContains("q=Stationsparken"));
        assertThat(browser.getCurrentUrl()).contains("stage=implement");
        assertThat(browser.findElements(By.cssSelector("table tbody tr"))).hasSize(1);
        assertAccessible("ärendelistan, sökning");

        chromium.click(browser.findElement(By.linkText("Tryggare Stationsparken")));
        waitForHeading("Tryggare Stationsparken");
        assertThat(browser.getCurrentUrl()).endsWith("/arenden/" + pledge);
        assertThat(browser.findElements(By.cssSelector("section[aria-labelledby=ataganden] tbody tr")))
                .hasSize(2);
        assertThat(browser.findElement(By.cssSelector("section[aria-labelledby=ataganden] progress"))
                        .getAttribute("value"))
                .isEqualTo("37");
        assertThat(browser.findElements(By.cssSelector("section[aria-labelledby=beslut] h3")).stream()
                        .map(org.openqa.selenium.WebElement::getText)
                        .toList())
                .startsWith("Beslut 1: Fastställ fokusområdena", "Beslut 2: Fortsätt enligt plan");
        assertThat(browser.findElements(By.cssSelector("table.chart tbody tr")))
                .as("participants per follow-up: the survey and crime figures are now effect goals' values")
                .hasSize(2);
        assertThat(browser.findElements(By.cssSelector("section[aria-labelledby=effektmal] svg[role=img]")))
                .hasSize(1);
        assertThat(browser.findElement(By.linkText("Ärendets process i Processöversikt"))
                        .getAttribute("href"))
                .contains("/camunda/app/cockpit/default/#/process-instance/" + journey.processInstanceId(pledge));
        assertAccessible("ärendet");
        screenshot("sidor-arende", 2700);

        browser.manage().window().setSize(new Dimension(PHONE, 900));
        assertThat(horizontalOverflow())
                .as("the case page fits a phone's width")
                .isLessThanOrEqualTo(0);
        assertAccessible("ärendet, mobil");
        screenshot("sidor-arende-mobil", 2200);
        browser.manage().window().setSize(new Dimension(DESKTOP, 900));

        chromium.open("/arenden/ML-1999-0001");
        assertThat(heading()).isEqualTo("Ärendet finns inte");
        assertAccessible("sidan för okänt ärende");
    }

    /** Runs axe-core on the page; fails on a serious or critical violation, reports the others. */
    private void assertAccessible(String page) {
        assertAccessible(null, page);
    }

    private String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    private void waitForHeading(String text) {
        chromium.waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), text));
    }

    /** How far the page is wider than the window (0 or less when nothing sticks out sideways). */
    private long horizontalOverflow() {
        return (Long) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    }

    /** A second follow-up with other figures, so that the indicator charts have a development to show. */
    private void secondFollowUp(PledgeJourney journey, String pledge) {
        management.executeJob(management
                .createJobQuery()
                .processInstanceId(journey.processInstanceId(pledge))
                .activityId("await-follow-up-date")
                .singleResult()
                .getId());
        journey.complete(
                "samordnare",
                pledge,
                "compile-follow-up",
                "samordnare",
                Map.of(
                        "activityParticipants",
                        260,
                        "reportedCrimesContext",
                        "Färre anmälda bilbränder sedan belysningen byttes.",
                        "followUpAssessment",
                        "Fler grannsamverkansområden i gång; färre bränder."));
        journey.review(pledge, "review-follow-up", "styrgrupp1", "continue");
        journey.review(pledge, "review-follow-up", "styrgrupp3", "continue");
        journey.publishFollowUpFeedback(pledge, "Färre bilbränder sedan belysningen byttes.");
    }
}
