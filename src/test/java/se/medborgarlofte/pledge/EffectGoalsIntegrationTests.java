package se.medborgarlofte.pledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ManagementService;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import se.medborgarlofte.EngineRestClient;
import se.medborgarlofte.EngineRestClient.Json;
import se.medborgarlofte.PledgeJourney;
import se.medborgarlofte.PostgresIntegrationTest;
import se.medborgarlofte.WebappPages;

/**
 * Effect goals over HTTP on PostgreSQL: drafted with the pledge (refused in Swedish when they break a rule), a new
 * value with a follow-up (only for the pledge's own goals, on the indicator's scale, with its day and source), the
 * standing in the steering review, and the series in the API, on the case page, in the follow-up report (HTML and
 * PDF) and on the public page.
 */
@PostgresIntegrationTest
class EffectGoalsIntegrationTests {

    static final String GOALS = """
            [{"indicator":"andel-otrygga","goal":"Andelen som känner sig otrygga på torget kvällstid ska minska från 38 % till under 25 %.","scope":"Torget kvällstid","baselineValue":38,"baselineOn":"2026-03-01","baselineSource":"Trygghetsmätningen 2026","targetValue":25},
             {"indicator":"problemindex","goal":"Problemindex för torget ska sjunka under 2.","baselineValue":2.8,"baselineOn":"2025-10-01","baselineSource":"Polisens trygghetsmätning 2025","targetValue":2}]
            """;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ManagementService management;

    @Test
    void effectGoalsAreDraftedFollowedUpAndShownAsSeries() {
        PledgeJourney journey = new PledgeJourney(rest, management);
        String pledge = journey.start("Tryggare Effekttorget", "Effekttorget");
        journey.identifyNeed(pledge);

        assertDraftRefused(pledge, GOALS.replace("\"baselineValue\":2.8", "\"baselineValue\":7"), "utanför skalan");
        assertDraftRefused(pledge, GOALS.replace("\"targetValue\":25", "\"targetValue\":45"), "ska vara lägre än");
        assertDraftRefused(pledge, GOALS.replace("\"andel-otrygga\"", "\"trygghet\""), "Indikator");
        assertDraftRefused(
                pledge,
                GOALS.replace("\"indicator\":\"problemindex\"", "\"id\":1,\"indicator\":\"problemindex\""),
                "Effektmål");
        assertDraftRefused(pledge, GOALS.replace("2026-03-01", "2031-03-01"), "framtiden");

        journey.draftWithGoals(pledge, PledgeJourney.COMMITMENTS, GOALS).sign(pledge);
        management.executeJob(management
                .createJobQuery()
                .processInstanceId(journey.processInstanceId(pledge))
                .activityId("await-follow-up-date")
                .singleResult()
                .getId());

        EngineRestClient coordinator = journey.as("samordnare");
        String task = coordinator
                .task(pledge, "compile-follow-up", "samordnare")
                .path("id")
                .asText();
        ArrayNode rows = (ArrayNode) coordinator.variables(task).get("effectGoalValues");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).path("standing").asText())
                .isEqualTo("Utgångsvärde 38 % (2026-03-01) · inget nytt värde ännu · mål 25 % (lägre är bättre)");
        assertThat(rows.get(1).path("indicator").asText())
                .startsWith("Polisens trygghetsmätning, problemindex: 0–6, lägre är bättre");

        ArrayNode forged = rows.deepCopy();
        ((ObjectNode) forged.get(0))
                .put("goalId", 999_999)
                .put("value", 30)
                .put("measuredOn", "2026-10-01")
                .put("source", "Enkät");
        assertFollowUpRefused(coordinator, task, forged, "effectGoalValues[0].goalId");
        ArrayNode outOfScale = rows.deepCopy();
        ((ObjectNode) outOfScale.get(1))
                .put("value", 6.5)
                .put("measuredOn", "2026-10-01")
                .put("source", "Mätning");
        assertFollowUpRefused(coordinator, task, outOfScale, "Effektmål 2: det nya värdet 6.5 ligger utanför skalan");
        ArrayNode withoutSource = rows.deepCopy();
        ((ObjectNode) withoutSource.get(0)).put("value", 30).put("measuredOn", "2026-10-01");
        assertFollowUpRefused(coordinator, task, withoutSource, "Effektmål 1: ange källan till det nya värdet");

        ArrayNode values = rows.deepCopy();
        ((ObjectNode) values.get(0))
                .put("value", 31)
                .put("measuredOn", "2026-10-01")
                .put("source", "Kommunens enkät vid torget");
        assertThat(coordinator.submit(task, followUp(values))).isEqualTo(204);

        EngineRestClient member = journey.as("styrgrupp1");
        JsonNode review = member.assignedTask(pledge, "review-follow-up", "styrgrupp1");
        JsonNode standing = member.variables(review.path("id").asText()).get("effectGoalStanding");
        assertThat(standing.get(0).path("standing").asText())
                .isEqualTo("Utgångsvärde 38 % (2026-03-01) · senast 31 % (2026-10-01) · mål 25 % (lägre är bättre)");
        assertThat(standing.get(1).path("standing").asText()).contains("Utgångsvärde 2,8", "inget nytt värde ännu");

        JsonNode story = EngineRestClient.read(
                coordinator.getApi("/api/pledges/" + pledge).getBody());
        JsonNode goal = story.at("/effectGoals/0");
        assertThat(goal.at("/goal/indicatorKey").asText()).isEqualTo("andel-otrygga");
        assertThat(goal.at("/goal/baselineValue").decimalValue()).isEqualByComparingTo("38");
        assertThat(goal.at("/goal/targetValue").decimalValue()).isEqualByComparingTo("25");
        assertThat(goal.at("/goal/direction").asText()).isEqualTo("LOWER");
        assertThat(goal.at("/values/0/value").decimalValue()).isEqualByComparingTo("31");
        assertThat(goal.at("/values/0/source").asText()).isEqualTo("Kommunens enkät vid torget");
        assertThat(story.at("/effectGoals/1/values")).isEmpty();

        Document casePage = WebappPages.html(new WebappPages(rest).get("samordnare", "/arenden/" + pledge), 200);
        assertSeriesShown(casePage, "section[aria-labelledby=effektmal]");

        String report = coordinator
                .getApi("/api/pledges/" + pledge + "/follow-up-report.html")
                .getBody();
        assertSeriesShown(org.jsoup.Jsoup.parse(report), "body");
        assertThat(pdfText("/api/pledges/" + pledge + "/follow-up-report.pdf"))
                .contains(
                        "Andelen som känner sig otrygga på torget",
                        "Uppföljning 1 2026-10-01 31 % Kommunens enkät vid torget",
                        "Mål – 25 % –");

        Document publicPage = WebappPages.html(new WebappPages(rest).get(null, "/medborgarloften/" + pledge), 200);
        assertSeriesShown(publicPage, "section[aria-labelledby=effektmal]");
    }

    private static void assertSeriesShown(Document page, String section) {
        var goals = page.select(section + " .effect-goal");
        assertThat(goals).hasSize(2);
        var chart = goals.get(0).selectFirst("svg[role=img]");
        assertThat(chart).isNotNull();
        assertThat(chart.select("circle")).hasSize(2);
        assertThat(chart.select("title").text()).startsWith("Andelen som känner sig otrygga");
        assertThat(goals.get(0).select("table.effect-values tbody tr").eachText())
                .containsExactly(
                        "Utgångsvärde 2026-03-01 38 % Trygghetsmätningen 2026",
                        "Uppföljning 1 2026-10-01 31 % Kommunens enkät vid torget", "Mål – 25 % –");
    }

    private void assertDraftRefused(String pledge, String goals, String message) {
        EngineRestClient coordinator = EngineRestClient.as(rest, "samordnare");
        String task = coordinator
                .task(pledge, "draft-pledge", "samordnare")
                .path("id")
                .asText();
        Map<String, Object> values = new HashMap<>();
        values.put("pledgeText", "Polisen och kommunen lovar de boende ett tryggare område.");
        values.put("periodStart", "2026-12-01");
        values.put("periodEnd", "2028-11-30");
        values.put(
                "commitments",
                new Json(new PledgeJourney(rest, management).withOrganisationIds(PledgeJourney.COMMITMENTS)));
        values.put("effectGoals", new Json(goals));
        ResponseEntity<String> answer = coordinator.submitForAnswer(task, values);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
        assertThat(answer.getBody()).contains(message).doesNotContain("Exception", "ENGINE-", "SQL");
    }

    private static void assertFollowUpRefused(
            EngineRestClient coordinator, String task, ArrayNode rows, String message) {
        ResponseEntity<String> answer = coordinator.submitForAnswer(task, followUp(rows));
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
        assertThat(answer.getBody()).contains(message).doesNotContain("Exception", "ENGINE-", "SQL");
    }

    private static Map<String, Object> followUp(ArrayNode rows) {
        return Map.of(
                "effectGoalValues",
                new Json(rows.toString()),
                "activityParticipants",
                40,
                "reportedCrimesContext",
                "Mer polisnärvaro ger fler anmälningar.",
                "followUpAssessment",
                "Arbetet går enligt plan och otryggheten minskar.");
    }

    private String pdfText(String path) {
        ResponseEntity<byte[]> response =
                rest.withBasicAuth("samordnare", EngineRestClient.DEMO_PASSWORD).getForEntity(path, byte[].class);
        assertThat(response.getStatusCode().value()).as(path).isEqualTo(200);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        try (var document = Loader.loadPDF(response.getBody())) {
            return new PDFTextStripper().getText(document);
        } catch (java.io.IOException e) {
            throw new AssertionError("Not a PDF: " + path, e);
        }
    }
}
