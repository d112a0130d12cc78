package se.medborgarlofte.cases.publication;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import se.medborgarlofte.AxeCore;
import se.medborgarlofte.BrowserTest;
import se.medborgarlofte.PledgeJourney;

/**
 * A citizen, without login, in headless Chromium: from the list of pledges through a search by area to one pledge,
 * on a computer and on a phone, and the accessibility statement. axe-core checks every page against WCAG 2.1 AA and
 * axe's best practices: any violation of WCAG 2.1 AA fails, whatever its impact (the public sites' law asks for AA).
 * With {@code -Dscreenshots=src/docs/images} the list and the pledge are saved as the README's pictures.
 */
class PublicPagesBrowserTests extends BrowserTest {

    private static final int PHONE = 390;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ManagementService management;

    @Test
    void aCitizenFindsAPledgeAndSeesHowFarItHasComeOnAccessiblePages() {
        PledgeJourney journey = new PledgeJourney(rest, management);
        String pledge = journey.start("Tryggare Hamnplan", "Hamnplan");
        journey.identifyNeed(pledge)
                .draftWithGoals(pledge, PledgeJourney.COMMITMENTS, PledgeJourney.EFFECT_GOAL)
                .sign(pledge)
                .policeReport(pledge);

        chromium.open("/medborgarloften");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Medborgarlöften");
        assertAccessible("listan");
        screenshot("medborgarloften-lista", 1200);

        browser.findElement(By.id("omrade")).sendKeys("hamnplan");
        chromium.click(browser.findElement(By.cssSelector("form.search button[type=submit]")));
        chromium.waiting().until(ExpectedConditions.urlContains("omrade=hamnplan"));
        assertThat(browser.findElements(By.cssSelector("table tbody tr"))).hasSize(1);
        assertAccessible("listan, sökning");

        chromium.click(browser.findElement(By.linkText("Tryggare Hamnplan")));
        chromium.waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Tryggare Hamnplan"));
        assertThat(browser.findElement(By.cssSelector(".promises progress")).getAttribute("value"))
                .isEqualTo("37");
        assertThat(browser.findElement(By.cssSelector("section[aria-labelledby=effektmal] svg[role=img] title"))
                        .getAttribute("textContent"))
                .startsWith("Andelen som känner sig otrygga i parken");
        assertAccessible("löftet");
        screenshot("medborgarloften-lofte", 1600);

        browser.manage().window().setSize(new Dimension(PHONE, 900));
        assertThat(horizontalOverflow()).as("the pledge fits a phone's width").isLessThanOrEqualTo(0);
        assertAccessible("löftet, mobil");
        browser.manage().window().setSize(new Dimension(1280, 900));

        chromium.click(browser.findElement(By.linkText("Tillgänglighetsredogörelse")));
        chromium.waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Tillgänglighetsredogörelse"));
        assertAccessible("tillgänglighetsredogörelsen");

        chromium.open("/medborgarloften/ML-1999-0001");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Sidan finns inte");
        assertAccessible("sidan för okänt löfte");
    }

    /** No violation of WCAG 2.1 A or AA at all; axe's best practices only when serious or critical. */
    private void assertAccessible(String page) {
        assertAccessible(null, page);
        assertThat(AxeCore.check(browser)).as(page).noneMatch(AxeCore.Violation::wcag);
    }

    private long horizontalOverflow() {
        return (Long) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    }
}
