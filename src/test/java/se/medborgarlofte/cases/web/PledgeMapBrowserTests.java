package se.medborgarlofte.cases.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import se.medborgarlofte.AxeCore;
import se.medborgarlofte.BrowserTest;
import se.medborgarlofte.EngineRestClient;
import se.medborgarlofte.PledgeJourney;

/**
 * The pledge's place drawn by Leaflet in headless Chromium, without a tile server (the default): the area on the
 * public page (accessible, fitting a phone) and on the case page, where the coordinator sets a point by clicking the
 * map and saves it through the API with the session's CSRF token. The pages' content security policy is in force, so
 * a script or style it blocked would leave the map undrawn. With {@code -Dscreenshots=DIR} the maps are saved.
 */
class PledgeMapBrowserTests extends BrowserTest {

    private static final int PHONE = 390;
    private static final String AREA = "{\"type\": \"Polygon\", \"coordinates\": [[[17.6380, 59.8580], [17.6420,"
            + " 59.8578], [17.6426, 59.8596], [17.6385, 59.8600], [17.6380, 59.8580]]]}";

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ManagementService management;

    @Test
    void theMapDrawsTheAreaOnThePublicPageAndTheCoordinatorSetsAPointOnTheCasePage() {
        PledgeJourney journey = new PledgeJourney(rest, management);
        String pledge = journey.start("Tryggare Kartplan", "Kartplan");
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        assertThat(rest.withBasicAuth("samordnare", EngineRestClient.DEMO_PASSWORD)
                        .exchange(
                                "/api/pledges/" + pledge + "/place",
                                HttpMethod.PUT,
                                new HttpEntity<>(AREA, json),
                                String.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(200);
        journey.identifyNeed(pledge).draft(pledge, PledgeJourney.COMMITMENTS).sign(pledge);

        chromium.open("/medborgarloften/" + pledge);
        WebElement area = drawnShape();
        assertThat(area.getAttribute("d")).as("the polygon's outline").contains("L");
        assertThat(browser.findElements(By.cssSelector(".place-map img.leaflet-tile")))
                .as("no tiles without a tile server")
                .isEmpty();
        assertThat(browser.findElement(By.cssSelector(".place-map figcaption")).getText())
                .contains("Ett område på kartan, cirka", "utan bakgrundskarta");
        assertAccessible(null, "löftet med karta");
        assertThat(AxeCore.check(browser)).as("löftet med karta").noneMatch(AxeCore.Violation::wcag);
        screenshot("karta-offentlig", 1400);
        browser.manage().window().setSize(new Dimension(PHONE, 900));
        assertThat(horizontalOverflow()).as("the map fits a phone's width").isLessThanOrEqualTo(0);
        assertThat(AxeCore.check(browser)).as("löftet med karta, mobil").noneMatch(AxeCore.Violation::wcag);
        browser.manage().window().setSize(window());

        chromium.logInToTasklist("samordnare");
        chromium.open("/arenden/" + pledge);
        WebElement map = browser.findElement(By.cssSelector(".place-map .map"));
        drawnShape();
        WebElement editor = browser.findElement(By.cssSelector("[data-karta-redigering]"));
        assertThat(editor.isDisplayed()).isTrue();
        assertAccessible(null, "ärendet med karta");
        screenshot("karta-arende", 1600);

        chromium.click(editor.findElement(By.cssSelector("[data-mode=point]")));
        new Actions(browser).moveToElement(map, 40, 30).click().perform();
        wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".map-status"), "Punkten är satt"));
        chromium.click(editor.findElement(By.cssSelector("[data-action=save]")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".place-map figcaption"), "En punkt på kartan"));
        drawnShape();

        JsonNode place = EngineRestClient.read(EngineRestClient.as(rest, "samordnare")
                .getApi("/api/pledges/" + pledge + "/place")
                .getBody());
        assertThat(place.at("/geometry/type").asText()).isEqualTo("Point");
        // clicked beside the area's middle: longitude first, as GeoJSON has it
        assertThat(place.at("/geometry/coordinates/0").asDouble()).isBetween(17.63, 17.65);
        assertThat(place.at("/geometry/coordinates/1").asDouble()).isBetween(59.85, 59.87);
    }

    /** Leaflet's SVG path of the place: the area's outline, or the point's circle. */
    private WebElement drawnShape() {
        return wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".place-map .leaflet-overlay-pane svg path")));
    }

    private long horizontalOverflow() {
        return (Long) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    }
}
