package se.medborgarlofte.cases.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.medborgarlofte.EngineRestClient;
import se.medborgarlofte.PostgresIntegrationTest;
import se.medborgarlofte.WebappPages;

/**
 * The pledge's place on PostgreSQL, over HTTP: given at the start through the API and through the start form, read,
 * replaced and removed by the coordinator (also from the case page's session with its CSRF token), refused with a
 * Swedish 400 when it is no valid point or area, drawn on the case page and the public page with scripts from
 * ourselves only; and the demo town square's area.
 */
@PostgresIntegrationTest
class PledgePlaceIntegrationTests {

    private static final String POINT = "{\"type\": \"Point\", \"coordinates\": [17.0912, 59.6402]}";
    private static final String AREA = "{\"type\": \"Feature\", \"properties\": {\"kontakt\": \"anna@example.se\"},"
            + " \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[[17.090, 59.640], [17.093, 59.640], [17.093,"
            + " 59.642], [17.090, 59.640]]]}}";

    @Autowired
    TestRestTemplate rest;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPledgeStartsWithItsPlaceWhichTheCoordinatorReplacesAndRemoves() {
        ResponseEntity<String> created = coordinator()
                .exchange(
                        "/api/pledges",
                        HttpMethod.POST,
                        json(Map.of(
                                "title", "Trygg kajen",
                                "area", "Kajen",
                                "background", "Boende beskriver otrygghet vid kajen sena kvällar.",
                                "periodStart", "2027-01-01",
                                "periodEnd", "2028-12-31",
                                "parties", List.of("polisen", "kommunen"),
                                "place", EngineRestClient.read(POINT))),
                        String.class);
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        String pledge = EngineRestClient.read(created.getBody())
                .at("/summary/registrationNumber")
                .asText();

        JsonNode place = read(coordinator().getForEntity(place(pledge), String.class), 200);
        assertThat(place.path("type").asText()).isEqualTo("Feature");
        assertThat(place.path("geometry").toString())
                .isEqualTo("{\"type\":\"Point\",\"coordinates\":[17.0912,59.6402]}");
        assertThat(place.at("/properties/description").asText())
                .isEqualTo("En punkt på kartan: 59,64020° N, 17,09120° O.");
        assertThat(read(as("forening").getForEntity(place(pledge), String.class), 200)
                        .path("geometry")
                        .path("type")
                        .asText())
                .isEqualTo("Point");

        JsonNode replaced = read(put(coordinator(), pledge, AREA), 200);
        assertThat(replaced.at("/geometry/type").asText()).isEqualTo("Polygon");
        assertThat(jdbc.sql("SELECT pp.geometry FROM pledge_place pp JOIN pledge p ON p.id = pp.pledge_id"
                                + " WHERE p.registration_number = ?")
                        .param(pledge)
                        .query(String.class)
                        .single())
                .startsWith("{\"type\":\"Polygon\"")
                .doesNotContain("anna@example.se", "properties");
        assertThat(timeline(pledge))
                .filteredOn(text -> text.startsWith("Platsen"))
                .hasSize(2);

        assertThat(put(as("polis"), pledge, POINT).getStatusCode().value()).isEqualTo(403);
        assertThat(as("polis")
                        .exchange(place(pledge), HttpMethod.DELETE, null, String.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(403);

        assertThat(coordinator()
                        .exchange(place(pledge), HttpMethod.DELETE, null, String.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(204);
        assertProblem(coordinator().getForEntity(place(pledge), String.class), 404, "ingen plats på kartan");
        assertProblem(coordinator().exchange(place(pledge), HttpMethod.DELETE, null, String.class), 404, "ingen plats");
        assertProblem(coordinator().getForEntity(place("ML-2020-9999"), String.class), 404, null);
    }

    @Test
    void refusesWhatIsNoPointOrAreaWithASwedishMessageAndKeepsThePlace() {
        String pledge = EngineRestClient.as(rest, "samordnare")
                .registerPledge("Trygg platsvalidering", "Valideringstorget", List.of("polisen"));
        assertThat(put(coordinator(), pledge, POINT).getStatusCode().value()).isEqualTo(200);

        assertFieldProblem(put(coordinator(), pledge, "{\"type\": \"Point\""), "inte giltig JSON");
        assertFieldProblem(
                put(coordinator(), pledge, "{\"type\": \"LineString\", \"coordinates\": [[17, 59], [18, 60]]}"),
                "Typen 'LineString' stöds inte");
        assertFieldProblem(
                put(coordinator(), pledge, "{\"type\": \"Point\", \"coordinates\": [648000, 6613000]}"),
                "utanför WGS84");
        assertFieldProblem(
                put(
                        coordinator(),
                        pledge,
                        "{\"type\": \"Polygon\", \"coordinates\": [[[17.0, 59.6], [17.1, 59.6], [17.1, 59.7], [17.0,"
                                + " 59.7]]]}"),
                "inte sluten");
        assertFieldProblem(
                put(
                        coordinator(),
                        pledge,
                        "{\"type\": \"Polygon\", \"coordinates\": [[[17.0, 59.6], [17.1, 59.7], [17.1, 59.6], [17.0,"
                                + " 59.7], [17.0, 59.6]]]}"),
                "korsar sig själv");

        ResponseEntity<String> badStart = coordinator()
                .exchange(
                        "/api/pledges",
                        HttpMethod.POST,
                        json(Map.of(
                                "title", "Trygg felplats",
                                "area", "Felplatsen",
                                "background", "Boende beskriver otrygghet vid felplatsen.",
                                "periodStart", "2027-01-01",
                                "periodEnd", "2028-12-31",
                                "parties", List.of("polisen"),
                                "place", Map.of("type", "Point", "coordinates", List.of(17.0, 95.0)))),
                        String.class);
        assertFieldProblem(badStart, "utanför WGS84");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM pledge WHERE title = 'Trygg felplats'")
                        .query(Long.class)
                        .single())
                .isZero();

        assertThat(read(coordinator().getForEntity(place(pledge), String.class), 200)
                        .at("/geometry/type")
                        .asText())
                .as("the refused changes left the place as it was")
                .isEqualTo("Point");
    }

    @Test
    void theStartFormTakesPastedGeoJsonAndRefusesABadOne() {
        EngineRestClient coordinator = EngineRestClient.as(rest, "samordnare");
        Map<String, Object> start = Map.of(
                "pledgeTitle", Map.of("value", "Trygg formulärplats"),
                "area", Map.of("value", "Formulärtorget"),
                "background", Map.of("value", "Boende beskriver otrygghet vid formulärtorget."),
                "periodStart", Map.of("value", "2027-01-01"),
                "periodEnd", Map.of("value", "2028-06-30"),
                "parties", Map.of("value", "[\"polisen\",\"kommunen\"]", "type", "Json"),
                "placeGeometry", Map.of("value", AREA));
        ResponseEntity<String> started = coordinator.exchange(
                HttpMethod.POST, "/process-definition/key/medborgarlofte/submit-form", Map.of("variables", start));
        assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(200);
        String pledge =
                EngineRestClient.read(started.getBody()).path("businessKey").asText();
        assertThat(read(coordinator().getForEntity(place(pledge), String.class), 200)
                        .at("/geometry/type")
                        .asText())
                .isEqualTo("Polygon");

        Map<String, Object> bad = new java.util.HashMap<>(start);
        bad.put("pledgeTitle", Map.of("value", "Trygg felformulär"));
        bad.put("placeGeometry", Map.of("value", "{\"type\": \"Point\", \"coordinates\": [17.0, 95.0]}"));
        ResponseEntity<String> refused = coordinator.exchange(
                HttpMethod.POST, "/process-definition/key/medborgarlofte/submit-form", Map.of("variables", bad));
        assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(400);
        assertThat(refused.getBody()).contains("utanför WGS84").doesNotContain("Exception", "ENGINE-");
    }

    @Test
    void theCasePageDrawsThePlaceAndLetsTheCoordinatorSaveWithTheSessionsCsrfToken() {
        String pledge = EngineRestClient.as(rest, "samordnare")
                .registerPledge("Trygg kartsida", "Kartgatan", List.of("polisen"));
        assertThat(put(coordinator(), pledge, AREA).getStatusCode().value()).isEqualTo(200);
        WebappPages pages = new WebappPages(rest);

        ResponseEntity<String> response = pages.get("samordnare", "/arenden/" + pledge);
        Document page = WebappPages.html(response, 200);
        Element map = page.selectFirst("section[aria-labelledby=plats] [data-karta]");
        assertThat(map).isNotNull();
        assertThat(map.attr("data-geometry")).startsWith("{\"type\":\"Polygon\"");
        assertThat(map.hasAttr("hidden")).as("shown by the script only").isTrue();
        assertThat(page.select("section[aria-labelledby=plats] figcaption").text())
                .contains("Ett område på kartan, cirka", "hektar", "utan bakgrundskarta");
        assertOwnScriptsOnly(page);
        String policy = response.getHeaders().getFirst("Content-Security-Policy");
        assertThat(policy)
                .contains("script-src 'self';", "connect-src 'self';", "img-src 'self' data:;")
                .doesNotContain("unsafe-inline", "unsafe-eval", "http");

        Element editor = page.selectFirst("[data-karta-redigering]");
        assertThat(editor).isNotNull();
        assertThat(editor.attr("data-api")).isEqualTo("/api/pledges/" + pledge + "/place");
        HttpHeaders session = pages.headers("samordnare");
        session.setContentType(MediaType.APPLICATION_JSON);
        session.setAccept(List.of(MediaType.APPLICATION_JSON));
        assertThat(rest.exchange(
                                editor.attr("data-api"), HttpMethod.PUT, new HttpEntity<>(POINT, session), String.class)
                        .getStatusCode()
                        .value())
                .as("a session's write without its CSRF token")
                .isEqualTo(403);
        session.set("X-XSRF-TOKEN", editor.attr("data-csrf"));
        assertThat(rest.exchange(
                                editor.attr("data-api"), HttpMethod.PUT, new HttpEntity<>(POINT, session), String.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(200);

        Document asPolice = WebappPages.html(pages.get("polis", "/arenden/" + pledge), 200);
        assertThat(asPolice.select("[data-karta]")).hasSize(1);
        assertThat(asPolice.select("[data-karta-redigering]"))
                .as("only the coordinator edits")
                .isEmpty();
        assertThat(asPolice.select("section[aria-labelledby=plats] figcaption").text())
                .contains("En punkt på kartan: 59,64020° N, 17,09120° O.");
    }

    @Test
    void theDemoTownSquareIsAnAreaOnItsPublicPageAndTheOtherDemoPledgeAPoint() {
        String townSquare = demoPledge("Tryggare Gustav Adolfs plan");
        String housingArea = demoPledge("Trygghet i Västerleden");
        assertThat(read(coordinator().getForEntity(place(townSquare), String.class), 200)
                        .at("/geometry/type")
                        .asText())
                .isEqualTo("Polygon");
        assertThat(read(coordinator().getForEntity(place(housingArea), String.class), 200)
                        .at("/geometry/type")
                        .asText())
                .isEqualTo("Point");

        ResponseEntity<String> response = new WebappPages(rest).get(null, "/medborgarloften/" + townSquare);
        Document page = WebappPages.html(response, 200);
        assertThat(page.selectFirst("section[aria-labelledby=plats] [data-karta]")
                        .attr("data-geometry"))
                .startsWith("{\"type\":\"Polygon\"")
                .doesNotContain("namn");
        assertThat(page.select("section[aria-labelledby=plats] figcaption").text())
                .startsWith("Ett område på kartan, cirka");
        assertThat(page.select("[data-karta-redigering]")).isEmpty();
        assertOwnScriptsOnly(page);
        assertThat(response.getHeaders().getFirst("Content-Security-Policy"))
                .contains("script-src 'self';", "img-src 'self' data:;")
                .doesNotContain("connect-src", "unsafe-inline", "http");
        for (String script : page.select("script[src]").eachAttr("src")) {
            ResponseEntity<String> served = rest.getForEntity(script, String.class);
            assertThat(served.getStatusCode().value()).as(script).isEqualTo(200);
        }
        assertThat(rest.getForEntity("/webjars/leaflet/1.9.4/dist/leaflet.css", String.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(200);
    }

    private static void assertOwnScriptsOnly(Document page) {
        assertThat(page.select("script"))
                .isNotEmpty()
                .allSatisfy(script -> assertThat(script.attr("src"))
                        .matches("/(webjars/leaflet/[0-9.]+/dist/leaflet|resurser/karta)\\.js"));
        assertThat(page.select("script").stream().map(Element::data)).allMatch(String::isBlank);
    }

    private String demoPledge(String title) {
        return jdbc.sql("SELECT registration_number FROM pledge WHERE title = ? ORDER BY id LIMIT 1")
                .param(title)
                .query(String.class)
                .single();
    }

    private List<String> timeline(String pledge) {
        return read(coordinator().getForEntity("/api/pledges/" + pledge + "/timeline", String.class), 200)
                .findValuesAsText("description");
    }

    private TestRestTemplate coordinator() {
        return as("samordnare");
    }

    private TestRestTemplate as(String user) {
        return rest.withBasicAuth(user, EngineRestClient.DEMO_PASSWORD);
    }

    private static String place(String pledge) {
        return "/api/pledges/" + pledge + "/place";
    }

    private static ResponseEntity<String> put(TestRestTemplate client, String pledge, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return client.exchange(place(pledge), HttpMethod.PUT, new HttpEntity<>(body, headers), String.class);
    }

    private static HttpEntity<Object> json(Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    private static JsonNode read(ResponseEntity<String> response, int status) {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
        return EngineRestClient.read(response.getBody());
    }

    private static void assertFieldProblem(ResponseEntity<String> response, String message) {
        assertProblem(response, 400, null);
        JsonNode problem = EngineRestClient.read(response.getBody());
        assertThat(problem.at("/errors/0/field").asText()).isEqualTo("place");
        assertThat(problem.at("/errors/0/message").asText()).contains(message);
    }

    private static void assertProblem(ResponseEntity<String> response, int status, String detail) {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        JsonNode problem = EngineRestClient.read(response.getBody());
        assertThat(problem.path("detail").asText()).isNotBlank().doesNotContain("Exception", "SQL");
        if (detail != null) {
            assertThat(problem.path("detail").asText()).contains(detail);
        }
    }
}
