package se.medborgarlofte.cases.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.identity.User;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.UriUtils;
import se.medborgarlofte.EngineRestClient;
import se.medborgarlofte.PledgeJourney;
import se.medborgarlofte.PostgresIntegrationTest;
import se.medborgarlofte.WebappPages;

/**
 * The start page and the case pages on PostgreSQL, with the Tasklist login of the demo users: each user sees on the
 * pages exactly what the API shows them, a page view is audited as the API's read, and everything a visitor without a
 * login gets is a login link.
 */
@PostgresIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CasePagesIntegrationTests {

    private static final String POLICE_PICTURE = "Skadegörelse och bilbränder";

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ManagementService management;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IdentityService identity;

    private WebappPages pages;
    private String pledge;
    private String processInstanceId;

    @BeforeAll
    void drivePledgeThroughAFollowUpAndADecision() {
        pages = new WebappPages(rest);
        PledgeJourney journey = new PledgeJourney(rest, management);
        pledge = journey.start("Trygga sidor", "Sidtorget");
        journey.identifyNeed(pledge)
                .draft(pledge, PledgeJourney.COMMITMENTS)
                .sign(pledge)
                .policeReport(pledge)
                .housingCompanyCloses(pledge)
                .followUpAndReview(pledge, "continue")
                .publishFollowUpFeedback(pledge, "Grannsamverkan har startat och föreningarna har fått lokaler.");
        processInstanceId = journey.processInstanceId(pledge);
    }

    @Test
    void theCoordinatorFindsThePledgeInTheListAndSeesTheWholeCase() {
        Document list = html(page("samordnare", "/arenden?q=" + pledge), 200);
        assertThat(list.select("table tbody tr")).hasSize(1);
        Element link = list.selectFirst("table tbody a");
        assertThat(link.attr("href")).isEqualTo("/arenden/" + pledge);
        assertThat(link.text()).isEqualTo("Trygga sidor");

        Document page = html(page("samordnare", "/arenden/" + pledge), 200);
        assertThat(page.title()).isEqualTo("Trygga sidor – Medborgarlöfte");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Trygga sidor");
        assertThat(facts(page))
                .containsEntry("Löftesnummer", pledge)
                .containsEntry("Område", "Sidtorget")
                .containsEntry("Skede", "Genomförande")
                .containsEntry("Status", "Pågående")
                .containsEntry("Period", "2026-12-01 – 2028-11-30")
                .containsEntry("Parter", "Kommunen, Näringsliv och bostadsbolag, Polisen");
        assertThat(facts(page).get("Undertecknat")).contains("Eva Holm", "Lars Ekström");

        List<List<String>> commitments = rows(section(page, "ataganden"));
        assertThat(commitments).hasSize(2);
        assertThat(commitments.get(0))
                .containsExactly(
                        "1",
                        "Polisen lovar att starta minst 8 nya grannsamverkansområden. Grannsamverkan · följs upp med:"
                                + " Antal områden",
                        "Polisen",
                        "8 områden",
                        "3 (1 tillfälle)",
                        "37 %",
                        "2027-10-31",
                        "Pågår");
        Element progress = section(page, "ataganden").selectFirst("progress");
        assertThat(progress.attr("value")).isEqualTo("37");
        assertThat(progress.attr("max")).isEqualTo("100");
        assertThat(progress.attr("aria-label")).isEqualTo("Framsteg för åtagande 1");
        assertThat(commitments.get(1)).contains("Genomförd");
        // the column names the organisation a commitment names, not only its kind of party
        assertThat(commitments.get(1).get(2)).isEqualTo("Stadens Bostäder AB");

        List<List<String>> tasks = rows(section(page, "uppgifter"));
        assertThat(tasks).hasSize(1);
        assertThat(tasks.get(0).get(1)).isEqualTo("Polisen, lokalpolisområdet");
        assertThat(tasks.get(0).get(4)).startsWith("2027-10-31");

        List<List<String>> followUps = rows(section(page, "uppfoljningar"));
        assertThat(followUps).hasSize(1);
        assertThat(followUps.get(0)).startsWith("Uppföljning 1");
        // the figures now live in the effect goals; a follow-up records its participants here
        assertThat(followUps.get(0)).contains("120");
        assertThat(section(page, "uppfoljningar").text()).contains("Grannsamverkan kommer igång");
        assertThat(section(page, "indikatorer").select("table.chart caption").eachText())
                .containsExactly("Deltagare i aktiviteter");
        assertThat(section(page, "indikatorer").select("table.chart svg rect:not(.track)"))
                .allMatch(bar -> Integer.parseInt(bar.attr("width")) > 0);

        Element decisions = section(page, "beslut");
        assertThat(decisions.select("h3").eachText())
                .containsExactly("Beslut 1: Fastställ fokusområdena", "Beslut 2: Fortsätt enligt plan");
        assertThat(decisions.text()).contains("när 2 av 3 ledamöter hade svarat");
        assertThat(hrefs(page))
                .contains(
                        "/api/pledges/" + pledge + "/document.html",
                        "/api/pledges/" + pledge + "/document.pdf",
                        "/api/pledges/" + pledge + "/follow-up-report.html",
                        "/api/pledges/" + pledge + "/follow-up-report.pdf",
                        "/api/pledges/" + pledge + "/follow-up-report.csv",
                        "/api/pledges/" + pledge + "/decisions/1/minutes.html",
                        "/api/pledges/" + pledge + "/decisions/1/minutes.pdf",
                        "/api/pledges/" + pledge + "/decisions/2/minutes.html",
                        "/api/pledges/" + pledge + "/decisions/2/minutes.pdf",
                        "/camunda/app/cockpit/default/#/process-instance/" + processInstanceId);
        assertThat(section(page, "behov").select("h3").eachText())
                .contains("Polisens lägesbild", "Kommunens lägesbild");
        assertThat(section(page, "behov").text()).contains(POLICE_PICTURE, "Ökande");
        assertThat(rows(section(page, "godkannanden"))).hasSize(2);
        assertThat(section(page, "handelser").select("li"))
                .hasSize(api("samordnare", "/api/pledges/" + pledge + "/timeline")
                        .size());
    }

    @Test
    void everyUserSeesOnThePageWhatTheApiShowsThem() {
        for (String user : List.of("samordnare", "polis", "kommun", "styrgrupp1", "forening", "bostadsbolag")) {
            JsonNode story = api(user, "/api/pledges/" + pledge);
            Document page = html(page(user, "/arenden/" + pledge), 200);

            List<String> promises = new ArrayList<>();
            story.path("commitments")
                    .forEach(commitment ->
                            promises.add(commitment.path("promise").asText()));
            assertThat(section(page, "ataganden")
                            .select("td[data-label=Åtagande] > span:first-child")
                            .eachText())
                    .as(user)
                    .isEqualTo(promises);
            List<String> taskNames = new ArrayList<>();
            story.path("openTasks")
                    .forEach(task -> taskNames.add(task.path("name").asText()));
            assertThat(rows(section(page, "uppgifter")).stream()
                            .map(row -> row.get(0))
                            .toList())
                    .as(user)
                    .isEqualTo(taskNames);
            List<String> pictures = new ArrayList<>();
            story.path("situationPictures")
                    .forEach(picture -> pictures.add(
                            picture.path("source").asText().equals("police")
                                    ? "Polisens lägesbild"
                                    : "Kommunens lägesbild"));
            assertThat(section(page, "behov").select("h3").eachText())
                    .as(user)
                    .filteredOn(heading -> heading.endsWith("lägesbild") && !heading.startsWith("Gemensam"))
                    .isEqualTo(pictures);
            assertThat(page.text().contains(POLICE_PICTURE))
                    .as(user + " reads the police situation picture")
                    .isEqualTo(story.toString().contains(POLICE_PICTURE));

            boolean internal = !List.of("forening", "bostadsbolag").contains(user);
            assertThat(rest.withBasicAuth(user, EngineRestClient.DEMO_PASSWORD)
                            .getForEntity("/api/pledges/" + pledge + "/timeline", String.class)
                            .getStatusCode()
                            .value())
                    .isEqualTo(internal ? 200 : 403);
            for (String part : List.of("uppfoljningar", "indikatorer", "beslut", "godkannanden", "handelser")) {
                assertThat(page.getElementById(part) != null)
                        .as(user + " sees " + part)
                        .isEqualTo(internal);
            }
            assertThat(hrefs(page).stream().anyMatch(href -> href.contains("follow-up-report")))
                    .as(user)
                    .isEqualTo(internal);
            assertThat(hrefs(page).stream().anyMatch(href -> href.contains("minutes")))
                    .as(user)
                    .isEqualTo(internal);
            assertThat(hrefs(page).stream().anyMatch(href -> href.contains("/process-instance/")))
                    .as(user + " is sent to Cockpit")
                    .isEqualTo(user.equals("samordnare"));
            if (!internal) {
                assertThat(page.text()).doesNotContain("Grannsamverkan kommer igång", "Fortsätt enligt plan");
                assertThat(page.text()).contains("visas för kommunen, polisen och styrgruppen");
            }
        }
    }

    @Test
    void anUnknownRegistrationNumberIsASwedishNotFoundPage() {
        Document unknown = html(page("kommun", "/arenden/ML-1999-0001"), 404);
        assertThat(unknown.selectFirst("h1").text()).isEqualTo("Ärendet finns inte");
        assertThat(unknown.text()).contains("Det finns inget medborgarlöfte med löftesnummer ML-1999-0001");
        assertThat(hrefs(unknown)).contains("/arenden", "/");

        ResponseEntity<String> hostile = page(
                "kommun",
                "/arenden/" + UriUtils.encodePathSegment("<img src=x onerror=alert(1)>", StandardCharsets.UTF_8));
        assertThat(hostile.getStatusCode().value()).isEqualTo(404);
        assertThat(hostile.getBody()).doesNotContain("<img src=x").contains("&lt;img src=x onerror=alert(1)&gt;");

        Document deeper = html(page("kommun", "/arenden/" + pledge + "/mer"), 404);
        assertThat(deeper.selectFirst("h1").text()).isEqualTo("Finns inte");
        assertThat(deeper.text()).contains("Sidan finns inte");
    }

    @Test
    void withoutALoginTheCasePagesAskForOneAndShowNothing() {
        for (String path : List.of("/arenden", "/arenden/" + pledge, "/arenden?q=Trygga")) {
            ResponseEntity<String> anonymous = page(null, path);
            Document login = html(anonymous, 401);
            assertThat(login.selectFirst("h1").text()).isEqualTo("Logga in för att se ärendena");
            assertThat(hrefs(login)).contains("/camunda/app/tasklist/default/#/login", path);
            assertThat(login.select("main").text())
                    .as("nothing of the case but the address asked for")
                    .doesNotContain("Trygga sidor", "Sidtorget", "Genomförande");
            assertThat(anonymous.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE))
                    .as("no scheme a browser would prompt for")
                    .doesNotContainIgnoringCase("basic");
        }
        ResponseEntity<String> basic = rest.withBasicAuth("samordnare", EngineRestClient.DEMO_PASSWORD)
                .exchange("/arenden/" + pledge, HttpMethod.GET, new HttpEntity<>(pages.headers(null)), String.class);
        assertThat(basic.getStatusCode().value())
                .as("the pages take the webapps' login, not HTTP Basic")
                .isEqualTo(401);
    }

    @Test
    void theStartPageSendsEachUserToTheirWorkAndAnonymousVisitorsToTheLogin() {
        ResponseEntity<String> anonymous = page(null, "/");
        Document start = html(anonymous, 200);
        assertThat(start.selectFirst("h1").text()).isEqualTo("Medborgarlöfte");
        assertThat(start.text()).contains("Logga in");
        assertThat(hrefs(start))
                .contains("/camunda/app/tasklist/default/#/login")
                .doesNotContain("/arenden");
        assertThat(anonymous.getBody()).doesNotContainPattern("ML-\\d{4}-\\d{4}");

        assertThat(hrefs(html(page("samordnare", "/"), 200)))
                .contains("/camunda/app/tasklist/default/", "/arenden", "/camunda/app/cockpit/default/");
        assertThat(hrefs(html(page("forening", "/"), 200)))
                .contains("/camunda/app/tasklist/default/", "/arenden")
                .doesNotContain("/camunda/app/cockpit/default/", "/camunda/app/admin/default/");
        assertThat(hrefs(html(page("admin", "/"), 200)))
                .contains("/camunda/app/cockpit/default/", "/camunda/app/admin/default/");
    }

    @Test
    void aUserOfNoOrganisationIsToldSoAndRefusedTheCases() {
        String outsider = "utomstaende";
        if (identity.createUserQuery().userId(outsider).count() == 0) {
            User user = identity.newUser(outsider);
            user.setPassword(EngineRestClient.DEMO_PASSWORD);
            identity.saveUser(user);
        }
        pages.logIn("welcome", outsider);

        Document start = html(page(outsider, "/"), 200);
        assertThat(start.text()).contains("hör inte till någon av organisationerna");
        assertThat(hrefs(start)).doesNotContain("/arenden", "/camunda/app/tasklist/default/");
        Document refused = html(page(outsider, "/arenden/" + pledge), 403);
        assertThat(refused.selectFirst("h1").text()).isEqualTo("Åtkomst nekad");
        assertThat(refused.text()).contains("Du tillhör ingen organisation").doesNotContain("Trygga sidor");
        assertThat(html(page(outsider, "/arenden"), 403).text()).doesNotContain(pledge);
    }

    @Test
    void aPageViewIsRecordedInTheAuditLogAsTheApiRecordsARead() {
        page("kommun", "/arenden/" + pledge);
        page("kommun", "/arenden?q=Trygga");
        rest.withBasicAuth("kommun", EngineRestClient.DEMO_PASSWORD)
                .getForEntity("/api/pledges/" + pledge, String.class);
        page("kommun", "/");
        page(null, "/arenden/" + pledge);

        assertThat(audit("GET /arenden/" + pledge))
                .contains("kommun case-read " + pledge + " 200", "null authentication-failed " + pledge + " 401");
        assertThat(audit("GET /api/pledges/" + pledge)).contains("kommun case-read " + pledge + " 200");
        assertThat(audit("GET /arenden")).contains("kommun case-search null 200");
        assertThat(audit("GET /")).as("the start page shows no case data").isEmpty();
    }

    @Test
    void theListFiltersPagesAndSortsExactlyLikeTheApi() {
        String token = "sidfilter" + System.nanoTime();
        String first = EngineRestClient.as(rest, "samordnare")
                .registerPledge(token + " Alfa", token + "-torget", List.of("polisen", "kommunen"));
        String second = EngineRestClient.as(rest, "samordnare")
                .registerPledge(token + " Beta", token + "-parken", List.of("polisen", "forening"));
        String third = EngineRestClient.as(rest, "samordnare")
                .registerPledge(token + " Gamma", token + "-torget", List.of("kommunen", "naringsliv"));
        new PledgeJourney(rest, management).identifyNeed(third);

        for (String query : List.of(
                "q=" + token + "&sort=title,asc",
                "q=" + token + "&sort=title,desc",
                "area=" + token + "-TORGET&sort=title,asc",
                "q=" + token + "&party=forening",
                "q=" + token + "&stage=agree-with-police",
                "q=" + token + "&status=active&sort=registrationNumber,asc",
                "q=" + token + "&status=closed",
                "q=" + token + "&year=" + first.substring(3, 7) + "&sort=registrationNumber,asc",
                "q=" + token + "&year=2001",
                "q=" + token + "&sort=title,asc&size=2&page=1")) {
            List<String> onPage = numbers(html(page("samordnare", "/arenden?" + query), 200));
            List<String> inApi = new ArrayList<>();
            api("samordnare", "/api/pledges?" + query)
                    .path("items")
                    .forEach(item -> inApi.add(item.path("registrationNumber").asText()));
            assertThat(onPage).as(query).isEqualTo(inApi);
        }
        assertThat(numbers(html(page("samordnare", "/arenden?q=" + token + "&sort=title,asc"), 200)))
                .containsExactly(first, second, third);
        assertThat(numbers(html(page("samordnare", "/arenden?q=" + token + "&stage=agree-with-police"), 200)))
                .containsExactly(third);

        Document second2 = html(page("samordnare", "/arenden?q=" + token + "&sort=title,asc&size=2&page=1"), 200);
        assertThat(second2.selectFirst("caption").text()).isEqualTo("Medborgarlöften, sida 2 av 2");
        assertThat(second2.text()).contains("Visar 3–3 av 3 medborgarlöften.");
        Element previous = second2.selectFirst("nav[aria-label=Sidor] a[rel=prev]");
        assertThat(previous.attr("href")).isEqualTo("/arenden?q=" + token + "&sort=title%2Casc&size=2");
        assertThat(second2.selectFirst("nav[aria-label=Sidor] a[rel=next]")).isNull();
        Document first2 = html(page("samordnare", previous.attr("href")), 200);
        assertThat(numbers(first2)).containsExactly(first, second);
        assertThat(first2.selectFirst("a[rel=next]").attr("href")).endsWith("&page=1");

        Element titleHeader = first2.select("thead th").get(1);
        assertThat(titleHeader.attr("aria-sort")).isEqualTo("ascending");
        assertThat(titleHeader.selectFirst("a").attr("href")).contains("sort=title%2Cdesc");
        assertThat(first2.select("thead th[aria-sort]")).hasSize(1);
        assertThat(first2.selectFirst("#f-q").val()).isEqualTo(token);
        assertThat(first2.selectFirst("#f-sort option[selected]").val()).isEqualTo("title,asc");
        assertThat(first2.selectFirst("#f-size option[selected]").val()).isEqualTo("2");

        Document refused = html(page("samordnare", "/arenden?year=abc&stage=nowhere"), 400);
        assertThat(refused.select(".errors li").eachText())
                .contains("Registreringsår: 'abc' är inte ett heltal.")
                .anyMatch(problem -> problem.startsWith("Skede: Okänt värde 'nowhere'"));
        assertThat(refused.selectFirst("#f-year").attr("aria-invalid")).isEqualTo("true");
        assertThat(refused.selectFirst("#f-year").val()).isEqualTo("abc");
        assertThat(refused.select("table")).isEmpty();
    }

    @Test
    void userTextIsEscapedOnThePages() {
        String attack = "<script>alert('xss')</script><img src=x onerror=alert(1)>";
        String hostile = EngineRestClient.as(rest, "samordnare")
                .registerPledge("Trygg " + attack, "Torget " + attack, List.of("polisen"));

        for (String path : List.of("/arenden?q=" + hostile, "/arenden/" + hostile)) {
            ResponseEntity<String> response = page("samordnare", path);
            assertThat(response.getStatusCode().value()).isEqualTo(200);
            assertThat(response.getBody())
                    .doesNotContain("<script>alert", "<img src=x")
                    .contains("&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;");
            Document page = Jsoup.parse(response.getBody());
            // only the map's scripts, from our own resources; nothing inline
            assertThat(page.select("script").eachAttr("src"))
                    .allMatch(src -> src.matches("/(webjars/leaflet/[0-9.]+/dist/leaflet|resurser/karta)\\.js"));
            assertThat(page.select("script").stream().map(Element::data)).allMatch(String::isBlank);
            assertThat(page.select("img")).isEmpty();
            assertThat(page.text()).contains("Trygg " + attack);
        }
    }

    @Test
    void thePagesCarryTheSecurityHeadersAndAllowOnlyOurOwnScripts() {
        for (String path : List.of("/", "/arenden", "/arenden/" + pledge, "/resurser/sidor.css")) {
            ResponseEntity<String> response = page("kommun", path);
            assertThat(response.getStatusCode().value()).as(path).isEqualTo(200);
            HttpHeaders headers = response.getHeaders();
            assertThat(headers.getFirst("Content-Security-Policy"))
                    .as(path)
                    .contains(
                            "default-src 'none'",
                            "script-src 'self';",
                            "style-src 'self'",
                            "frame-ancestors 'none'",
                            "form-action 'self'")
                    .doesNotContain("unsafe-inline", "unsafe-eval");
            assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
        }
        ResponseEntity<String> start = page(null, "/");
        assertThat(start.getHeaders().getContentLanguage()).hasToString("sv_SE");
        assertThat(page("kommun", "/resurser/sidor.css")
                        .getHeaders()
                        .getContentType()
                        .toString())
                .startsWith("text/css");
    }

    private ResponseEntity<String> page(String user, String path) {
        return pages.get(user, path);
    }

    private static Document html(ResponseEntity<String> response, int status) {
        return WebappPages.html(response, status);
    }

    private JsonNode api(String user, String path) {
        ResponseEntity<String> response =
                rest.withBasicAuth(user, EngineRestClient.DEMO_PASSWORD).getForEntity(path, String.class);
        assertThat(response.getStatusCode().value()).as(path).isEqualTo(200);
        return EngineRestClient.read(response.getBody());
    }

    private static Element section(Document page, String id) {
        Element section = page.selectFirst("section[aria-labelledby=" + id + "]");
        assertThat(section).as("section " + id).isNotNull();
        return section;
    }

    /** The text of each cell, row by row, of a section's first table. */
    private static List<List<String>> rows(Element section) {
        List<List<String>> rows = new ArrayList<>();
        Element table = section.selectFirst("table");
        if (table != null) {
            for (Element row : table.select("tbody tr")) {
                rows.add(row.select("th, td").eachText());
            }
        }
        return rows;
    }

    private static Map<String, String> facts(Document page) {
        Map<String, String> facts = new LinkedHashMap<>();
        Element list = page.selectFirst("dl.facts");
        for (Element term : list.select("dt")) {
            facts.put(term.text(), term.nextElementSibling().text());
        }
        return facts;
    }

    private static List<String> hrefs(Document page) {
        return page.select("a[href]").eachAttr("href");
    }

    private static List<String> numbers(Document list) {
        return list.select("table tbody tr td:first-child").eachText();
    }

    private List<String> audit(String resource) {
        return jdbc.sql("SELECT user_id, action, pledge, outcome FROM audit_entry WHERE resource = ? ORDER BY id")
                .param(resource)
                .query((rs, n) -> rs.getString("user_id") + " " + rs.getString("action") + " " + rs.getString("pledge")
                        + " " + rs.getInt("outcome"))
                .list();
    }
}
