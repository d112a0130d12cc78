package se.medborgarlofte.cases.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ManagementService;
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
import se.medborgarlofte.PledgeJourney;
import se.medborgarlofte.PostgresIntegrationTest;
import se.medborgarlofte.WebappPages;

/** The case file's REST API and documents on PostgreSQL: happy paths, every filter and every class of error. */
@PostgresIntegrationTest
class CaseFileApiIntegrationTests {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ManagementService management;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPledgeDrivenThroughItsLifecycleTellsItsWholeStory() {
        PledgeJourney journey = new PledgeJourney(rest, management);
        String pledge = journey.start("Trygga Norra parkeringen", "Norra parkeringen");
        journey.identifyNeed(pledge)
                .draft(pledge, PledgeJourney.COMMITMENTS)
                .sign(pledge)
                .policeReport(pledge)
                .housingCompanyCloses(pledge)
                .followUpAndReview(pledge, "continue");

        JsonNode story = get("/api/pledges/" + pledge);
        assertThat(story.at("/summary/stage").asText()).isEqualTo("implement");
        assertThat(story.at("/summary/signedOn").asText()).isNotBlank();
        assertThat(story.path("signatories").asText()).contains("Eva Holm", "Lars Ekström");
        assertThat(story.path("situationPictures")).hasSize(2);
        assertThat(story.at("/situationPictures/0/reportedCrimesBaseline").asInt())
                .isEqualTo(87);
        assertThat(story.at("/citizenDialogues/0/participants").asInt()).isEqualTo(212);
        assertThat(story.at("/prioritisedProblems/0/problem").asText()).isEqualTo("Bilbränder");
        JsonNode police = story.at("/commitments/0");
        assertThat(police.path("targetQuantity").asInt()).isEqualTo(8);
        assertThat(police.path("reportedQuantity").asInt()).isEqualTo(3);
        assertThat(police.path("progressPercent").asInt()).isEqualTo(37);
        assertThat(police.path("responsibleGroup").asText()).isEqualTo("polis");
        assertThat(police.path("status").asText()).isEqualTo("in-progress");
        JsonNode housing = story.at("/commitments/1");
        assertThat(housing.path("status").asText()).isEqualTo("done");
        assertThat(housing.path("outcomeReason").asText()).isEqualTo("Fyra föreningar har fått lokaler.");
        assertThat(story.path("approvals")).hasSize(2);
        assertThat(story.at("/followUps/0/activityParticipants").asInt()).isEqualTo(120);
        assertThat(story.at("/decisions/0/subject").asText()).isEqualTo("focus-areas");
        assertThat(story.at("/decisions/0/decision").asText()).isEqualTo("confirm");
        assertThat(story.at("/decisions/1/subject").asText()).isEqualTo("follow-up");
        assertThat(story.at("/decisions/1/decision").asText()).isEqualTo("continue");
        assertThat(story.at("/decisions/1/assessments")).hasSize(2);
        List<String> openTasks = new ArrayList<>();
        story.path("openTasks")
                .forEach(task -> openTasks.add(task.path("taskKey").asText() + "/"
                        + task.path("candidateGroups").get(0).asText()));
        assertThat(openTasks).containsExactly("report-occurrence/polis", "publish-follow-up-feedback/samordnare");
        assertThat(story.at("/openTasks/0/due").asText()).startsWith("2027-10-31");
        assertThat(story.path("publicFeedback")).isEmpty();

        journey.publishFollowUpFeedback(pledge, "Tre nya grannsamverkansområden och fyra föreningar med lokaler.");
        story = get("/api/pledges/" + pledge);
        assertThat(story.at("/municipalDecision/body").asText()).isEqualTo("Kommunstyrelsen");
        assertThat(story.at("/municipalDecision/decidedOn").asText()).isEqualTo("2026-11-20");
        assertThat(story.at("/municipalDecision/registryNumber").asText()).isEqualTo("KS 2026/123");
        assertThat(story.path("openTasks")).hasSize(1);
        JsonNode feedback = story.at("/publicFeedback/0");
        assertThat(feedback.path("kind").asText()).isEqualTo("follow-up");
        assertThat(feedback.path("followUpNumber").asInt()).isEqualTo(1);
        assertThat(feedback.path("done").asText())
                .isEqualTo("Tre nya grannsamverkansområden och fyra föreningar med lokaler.");
        assertThat(feedback.path("decision").asText()).contains("fortsätter enligt plan");
        assertThat(feedback.path("publishedAt").asText()).isNotBlank();

        List<String> timeline = new ArrayList<>();
        get("/api/pledges/" + pledge + "/timeline")
                .forEach(event -> timeline.add(event.path("type").asText()));
        assertThat(timeline)
                .startsWith("registered", "stage", "situation-picture")
                .contains(
                        "draft",
                        "approval",
                        "signed",
                        "communicated",
                        "measure-started",
                        "occurrence",
                        "measure-closed",
                        "follow-up",
                        "decision",
                        "public-feedback");
        JsonNode indicators = get("/api/pledges/" + pledge + "/indicators");
        assertThat(indicators).hasSize(1);
        assertThat(indicators.at("/0/activityParticipants").asInt()).isEqualTo(120);

        String document = text("/api/pledges/" + pledge + "/document.html");
        assertThat(document)
                .contains(
                        "Trygga Norra parkeringen",
                        "Polisen lovar att …",
                        "Bostadsbolaget och näringslivet lovar att …",
                        "Eva Holm, lokalpolisområdeschef",
                        "starta minst 8 nya grannsamverkansområden.",
                        "Kommunstyrelsen 2026-11-20, diarienummer KS 2026/123");
        assertThat(document.split("Polisen lovar att", -1))
                .as("the police's heading, not repeated before its promise")
                .hasSize(2);
        String report = text("/api/pledges/" + pledge + "/follow-up-report.html");
        assertThat(report).contains("37 %", "Fortsätt enligt plan", "Grannsamverkan kommer igång");
        assertThat(pdfText("/api/pledges/" + pledge + "/document.pdf"))
                .contains("Trygga Norra parkeringen", "Polisen lovar att");
        assertThat(pdfText("/api/pledges/" + pledge + "/follow-up-report.pdf"))
                .contains("Planerat och genomfört", "Styrgruppens beslut");
        String csv = text("/api/pledges/" + pledge + "/follow-up-report.csv");
        assertThat(csv)
                .startsWith("\uFEFFLöftesnummer;")
                .contains(
                        pledge
                                + ";1;Polisen;Polisen lovar att starta minst 8 nya grannsamverkansområden.;8;områden;3;1;45;37;");
    }

    @Test
    void theSteeringGroupsDecisionHasMinutesWithEveryMembersPosition() {
        PledgeJourney journey = new PledgeJourney(rest, management);
        String pledge = journey.start("Trygg Västra skolgården", "Västra skolgården");
        journey.identifyNeed(pledge)
                .draft(pledge, PledgeJourney.COMMITMENTS)
                .sign(pledge)
                .followUpAndReview(pledge, "continue")
                .publishFollowUpFeedback(pledge, "Grannsamverkan har kommit i gång vid skolgården.");

        // decision 1 confirmed the focus areas; decision 2 is the review of the follow-up
        JsonNode decision = get("/api/pledges/" + pledge).at("/decisions/1");
        assertThat(decision.path("number").asInt()).isEqualTo(2);
        assertThat(decision.path("decidedWhen").asText()).isEqualTo("quorum");
        assertThat(decision.path("members").asInt()).isEqualTo(3);
        assertThat(decision.path("quorum").asInt()).isEqualTo(2);
        List<String> positions = new ArrayList<>();
        decision.path("positions")
                .forEach(position -> positions.add(position.path("member").asText() + "="
                        + position.path("decision").asText()
                        + (position.path("dissent").asBoolean() ? "!" : "")));
        assertThat(positions)
                .containsExactlyInAnyOrder("styrgrupp1=continue", "styrgrupp2=continue", "styrgrupp3=null");

        String minutes = text("/api/pledges/" + pledge + "/decisions/2/minutes.html");
        assertThat(minutes)
                .contains(
                        "Protokoll",
                        "Beslutförhet",
                        "Fortsätt enligt plan",
                        "Maria Andersson",
                        "Johan Karlsson",
                        "Lena Persson",
                        "Svarade inte",
                        "Beslutet fattades när 2 av 3 ledamöter hade svarat");
        assertThat(pdfText("/api/pledges/" + pledge + "/decisions/2/minutes.pdf"))
                .contains("Ledamöternas ställningstaganden", "Maria Andersson");
        assertProblem(exchange("/api/pledges/" + pledge + "/decisions/3/minutes.html", HttpMethod.GET), 404);
        assertThat(rest.withBasicAuth("forening", EngineRestClient.DEMO_PASSWORD)
                        .getForEntity("/api/pledges/" + pledge + "/decisions/2/minutes.html", String.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(403);
    }

    @Test
    void createsAPledgeWithItsLocation() {
        ResponseEntity<String> created = post(Map.of(
                "title",
                "Trygg station",
                "area",
                "Stationsområdet",
                "targetGroup",
                "Unga som samlas vid stationen sent på kvällen",
                "background",
                "Resenärer känner sig otrygga sent på kvällen.",
                "periodStart",
                "2027-01-01",
                "periodEnd",
                "2028-12-31",
                "parties",
                List.of("polisen", "kommunen")));

        assertThat(created.getStatusCode().value()).isEqualTo(201);
        String number = EngineRestClient.read(created.getBody())
                .at("/summary/registrationNumber")
                .asText();
        assertThat(created.getHeaders().getLocation().toString()).endsWith("/api/pledges/" + number);
        assertThat(EngineRestClient.read(created.getBody()).at("/summary/stage").asText())
                .isEqualTo("identify-need");
        assertThat(EngineRestClient.read(created.getBody()).at("/openTasks")).hasSize(3);
        assertThat(EngineRestClient.read(created.getBody()).path("targetGroup").asText())
                .isEqualTo("Unga som samlas vid stationen sent på kvällen");
        assertThat(WebappPages.html(new WebappPages(rest).get("samordnare", "/arenden/" + number), 200)
                        .select("section[aria-labelledby=lofte]")
                        .text())
                .contains("Målgrupp Unga som samlas vid stationen sent på kvällen");
    }

    @Test
    void refusesAnIncompletePledgeNamingEveryWrongFieldAndCreatesNothing() {
        long before = pledgeCount();
        ResponseEntity<String> refused = post(Map.of("title", "x", "parties", List.of("polisen", "grannar")));

        assertProblem(refused, 400);
        List<String> fields = new ArrayList<>();
        EngineRestClient.read(refused.getBody())
                .path("errors")
                .forEach(error -> fields.add(error.path("field").asText()));
        assertThat(fields).contains("title", "area", "background", "periodStart", "periodEnd", "parties[1]");
        assertThat(pledgeCount()).isEqualTo(before);
    }

    @Test
    void refusesMalformedJsonWrongDatesAndPeriodsThatEndFirst() {
        assertProblem(rawPost("{\"title\": \"Trygg\", "), 400);
        ResponseEntity<String> badDate = post(Map.of(
                "title",
                "Trygg station",
                "area",
                "Stationen",
                "background",
                "Resenärer känner sig otrygga sent.",
                "periodStart",
                "2027-13-01",
                "periodEnd",
                "2028-01-01",
                "parties",
                List.of("polisen")));
        assertProblem(badDate, 400);
        assertThat(EngineRestClient.read(badDate.getBody())
                        .at("/errors/0/field")
                        .asText())
                .isEqualTo("periodStart");
        ResponseEntity<String> backwards = post(Map.of(
                "title",
                "Trygg station",
                "area",
                "Stationen",
                "background",
                "Resenärer känner sig otrygga sent.",
                "periodStart",
                "2028-01-01",
                "periodEnd",
                "2027-01-01",
                "parties",
                List.of("polisen")));
        assertProblem(backwards, 400);
        assertThat(EngineRestClient.read(backwards.getBody())
                        .at("/errors/0/message")
                        .asText())
                .isEqualTo("Periodens sista dag ligger före dess första dag.");
        assertThat(exchange("/api/pledges", HttpMethod.DELETE).getStatusCode().value())
                .isEqualTo(405);
    }

    @Test
    void unknownRegistrationNumbersAreNotFoundEverywhere() {
        for (String path : List.of(
                "",
                "/timeline",
                "/indicators",
                "/document.html",
                "/document.pdf",
                "/follow-up-report.html",
                "/follow-up-report.pdf",
                "/follow-up-report.csv")) {
            ResponseEntity<String> response = exchange("/api/pledges/ML-1999-0001" + path, HttpMethod.GET);
            assertThat(response.getStatusCode().value()).as(path).isEqualTo(404);
            assertThat(response.getHeaders().getContentType().toString())
                    .as(path)
                    .startsWith("application/problem+json");
            assertThat(response.getBody())
                    .as(path)
                    .contains("Det finns inget medborgarlöfte med löftesnummer ML-1999-0001");
        }
        assertThat(exchange("/api/nothing-here", HttpMethod.GET).getStatusCode().value())
                .isEqualTo(404);
    }

    @Test
    void anonymousCallsToTheApiAreRefused() {
        assertThat(rest.getForEntity("/api/pledges", String.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(401);
        assertThat(rest.getForEntity("/api/pledges/ML-2026-0001/document.pdf", String.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(401);
    }

    @Test
    void listFiltersByEveryCriterionAndPagesAndSorts() {
        String token = "filter" + System.nanoTime();
        String first = EngineRestClient.as(rest, "samordnare")
                .registerPledge(token + " Alfa", token + "-torget", List.of("polisen", "kommunen"));
        String second = EngineRestClient.as(rest, "samordnare")
                .registerPledge(token + " Beta", token + "-parken", List.of("polisen", "forening"));
        String third = EngineRestClient.as(rest, "samordnare")
                .registerPledge(token + " Gamma", token + "-torget", List.of("kommunen", "naringsliv"));
        new PledgeJourney(rest, management).identifyNeed(third);

        assertThat(numbers("q=" + token + "&sort=title,asc")).containsExactly(first, second, third);
        assertThat(numbers("q=" + token + "&sort=title,desc")).containsExactly(third, second, first);
        assertThat(numbers("area=" + token + "-TORGET&sort=title,asc")).containsExactly(first, third);
        assertThat(numbers("q=" + token + "&party=forening")).containsExactly(second);
        assertThat(numbers("q=" + token + "&stage=agree-with-police")).containsExactly(third);
        assertThat(numbers("q=" + token + "&status=active&sort=registrationNumber,asc"))
                .containsExactly(first, second, third);
        assertThat(numbers("q=" + token + "&status=closed")).isEmpty();
        assertThat(numbers("q=" + token + "&year=" + first.substring(3, 7) + "&sort=registrationNumber,asc"))
                .containsExactly(first, second, third);
        assertThat(numbers("q=" + token + "&year=2001")).isEmpty();
        assertThat(numbers("q=" + first)).containsExactly(first);

        JsonNode page = get("/api/pledges?q=" + token + "&sort=title,asc&size=2&page=1");
        assertThat(page.path("totalItems").asInt()).isEqualTo(3);
        assertThat(page.path("totalPages").asInt()).isEqualTo(2);
        assertThat(page.path("items")).hasSize(1);
        assertThat(page.at("/items/0/registrationNumber").asText()).isEqualTo(third);
    }

    @Test
    void refusesUnknownFiltersWithTheFieldsNamed() {
        ResponseEntity<String> refused = exchange(
                "/api/pledges?stage=nowhere&status=x&year=abc&party=grannar&page=-1&size=0&sort=secret,desc",
                HttpMethod.GET);

        assertProblem(refused, 400);
        List<String> fields = new ArrayList<>();
        EngineRestClient.read(refused.getBody())
                .path("errors")
                .forEach(error -> fields.add(error.path("field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("stage", "status", "year", "party", "page", "size", "sort");
        assertProblem(exchange("/api/pledges?sort=title,sideways", HttpMethod.GET), 400);
    }

    @Test
    void sqlInjectionInFiltersIsJustText() {
        long before = pledgeCount();
        for (String attack : List.of("'; DROP TABLE pledge; --", "%' OR '1'='1", "_", "\\", "ML-2026-0001' --")) {
            ResponseEntity<String> response = coordinator()
                    .exchange("/api/pledges?q={q}&area={q}", HttpMethod.GET, null, String.class, Map.of("q", attack));
            assertThat(response.getStatusCode().value()).as(attack).isEqualTo(200);
            assertThat(EngineRestClient.read(response.getBody())
                            .path("totalItems")
                            .asInt())
                    .as(attack)
                    .isZero();
        }
        assertThat(pledgeCount()).isEqualTo(before);
    }

    @Test
    void userTextIsEscapedInDocumentsAndApi() {
        String attack = "<script>alert('xss')</script><img src=x onerror=alert(1)>";
        String pledge = EngineRestClient.as(rest, "samordnare")
                .registerPledge("Trygg " + attack, "Torget " + attack, List.of("polisen"));

        String document = text("/api/pledges/" + pledge + "/document.html");
        assertThat(document)
                .doesNotContain("<script>alert", "<img src=x")
                .contains("&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;");
        assertThat(text("/api/pledges/" + pledge + "/follow-up-report.html"))
                .doesNotContain("<script>alert", "<img src=x");
        assertThat(pdfText("/api/pledges/" + pledge + "/document.pdf")).contains("<script>alert('xss')</script>");
        assertThat(exchange("/api/pledges/" + pledge, HttpMethod.GET)
                        .getHeaders()
                        .getContentType()
                        .toString())
                .startsWith("application/json");
    }

    @Test
    void theOpenApiDocumentDescribesTheEndpointsAndTheirMediaTypes() {
        assertThat(rest.getForEntity("/v3/api-docs", String.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(401);
        JsonNode api = EngineRestClient.read(
                coordinator().getForEntity("/v3/api-docs", String.class).getBody());

        assertThat(api.at("/paths/~1api~1pledges/post")).isNotEmpty();
        assertThat(api.at("/paths/~1api~1pledges~1{registrationNumber}~1timeline/get"))
                .isNotEmpty();
        assertThat(api.at("/paths/~1api~1pledges~1{registrationNumber}~1document.pdf/get/responses/200/content")
                        .has("application/pdf"))
                .isTrue();
        assertThat(api.at("/paths/~1api~1pledges~1{registrationNumber}~1document.pdf/get/responses/200/content"
                                + "/application~1pdf/schema/format")
                        .asText())
                .isEqualTo("binary");
        assertThat(api.at("/paths/~1api~1pledges~1{registrationNumber}~1follow-up-report.csv/get/responses/200/content")
                        .has("text/csv"))
                .isTrue();
        assertThat(api.at(
                                "/paths/~1api~1pledges~1{registrationNumber}~1follow-up-report.html/get/responses/200/content")
                        .has("text/html"))
                .isTrue();
        assertThat(coordinator()
                        .getForEntity("/swagger-ui/index.html", String.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(200);
    }

    private List<String> numbers(String query) {
        List<String> numbers = new ArrayList<>();
        get("/api/pledges?" + query)
                .path("items")
                .forEach(item -> numbers.add(item.path("registrationNumber").asText()));
        return numbers;
    }

    private long pledgeCount() {
        return jdbc.sql("SELECT COUNT(*) FROM pledge").query(Long.class).single();
    }

    private TestRestTemplate coordinator() {
        return rest.withBasicAuth("samordnare", EngineRestClient.DEMO_PASSWORD);
    }

    private JsonNode get(String path) {
        ResponseEntity<String> response = coordinator().getForEntity(path, String.class);
        assertThat(response.getStatusCode().value())
                .as(path + ": " + response.getBody())
                .isEqualTo(200);
        return EngineRestClient.read(response.getBody());
    }

    private String text(String path) {
        ResponseEntity<String> response = coordinator().getForEntity(path, String.class);
        assertThat(response.getStatusCode().value()).as(path).isEqualTo(200);
        return response.getBody();
    }

    private String pdfText(String path) {
        ResponseEntity<byte[]> response = coordinator().getForEntity(path, byte[].class);
        assertThat(response.getStatusCode().value()).as(path).isEqualTo(200);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        try (var document = Loader.loadPDF(response.getBody())) {
            return new PDFTextStripper().getText(document);
        } catch (java.io.IOException e) {
            throw new AssertionError("Not a PDF: " + path, e);
        }
    }

    private ResponseEntity<String> post(Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return coordinator().exchange("/api/pledges", HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    private ResponseEntity<String> rawPost(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return coordinator().exchange("/api/pledges", HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    private ResponseEntity<String> exchange(String path, HttpMethod method) {
        return coordinator().exchange(path, method, null, String.class);
    }

    private static void assertProblem(ResponseEntity<String> response, int status) {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        JsonNode problem = EngineRestClient.read(response.getBody());
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("detail").asText()).isNotBlank().doesNotContain("Exception");
    }
}
