package se.medborgarlofte.steering;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import se.medborgarlofte.EngineRestClient;
import se.medborgarlofte.PledgeJourney;
import se.medborgarlofte.PostgresIntegrationTest;

/**
 * The steering group confirms the focus areas collectively, on PostgreSQL and over HTTP as Tasklist submits: one
 * member's answer decides nothing, no member can write the group's decision, and the case file, its API and the
 * minutes record every member's position beside the consolidated decision.
 */
@PostgresIntegrationTest
class CollectiveDecisionsIntegrationTests {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ManagementService management;

    @Test
    void oneMembersAnswerAloneDoesNotDecideTheFocusAreasAndEveryPositionIsRecorded() {
        PledgeJourney journey = new PledgeJourney(rest, management);
        String pledge = journey.start("Gemensamt beslutade fokusområden", "Östra torget");
        journey.policePicture(pledge).untilFocusAreas(pledge);
        EngineRestClient coordinator = journey.as("samordnare");
        String instance = journey.processInstanceId(pledge);

        EngineRestClient member = journey.as("styrgrupp1");
        String taskId = member.assignedTask(pledge, "confirm-focus-areas", "styrgrupp1")
                .path("id")
                .asText();
        // the member's own task takes their position, not the group's decision nor its rule
        ResponseEntity<String> forGroup = member.submitForAnswer(
                taskId,
                Map.of(
                        "reviewerDecision",
                        "send-back",
                        "reviewerComment",
                        "Jag bestämmer själv.",
                        "focusAreasDecision",
                        "send-back",
                        "reviewQuorum",
                        1));
        int processVariable = member.status(
                HttpMethod.PUT,
                "/process-instance/" + instance + "/variables/focusAreasDecision",
                Map.of("value", "send-back"));
        ResponseEntity<String> othersTask =
                journey.as("styrgrupp2").submitForAnswer(taskId, Map.of("reviewerDecision", "confirm"));
        assertThat(forGroup.getStatusCode().value()).isEqualTo(400);
        assertThat(fields(forGroup)).containsExactlyInAnyOrder("focusAreasDecision", "reviewQuorum");
        assertThat(processVariable).isEqualTo(403);
        assertThat(othersTask.getStatusCode().value()).isEqualTo(403);

        journey.answer(
                pledge,
                "confirm-focus-areas",
                "styrgrupp1",
                Map.of("reviewerDecision", "send-back", "reviewerComment", "Orsaksanalysen behöver fördjupas."));

        assertThat(get(coordinator, "/api/pledges/" + pledge).path("decisions")).isEmpty();
        assertThat(openTasks(pledge, "confirm-focus-areas")).containsExactlyInAnyOrder("styrgrupp2", "styrgrupp3");
        assertThat(openTasks(pledge, "compile-joint-situation-picture")).isEmpty();
        assertThat(EngineRestClient.as(rest, "admin")
                        .getJson("/process-instance/" + instance + "/variables")
                        .has("focusAreasDecision"))
                .as("no decision before the quorum")
                .isFalse();

        journey.answer(pledge, "confirm-focus-areas", "styrgrupp2", Map.of("reviewerDecision", "confirm"));

        // two of three answered: the quorum; one each way is a tie, which confirms (the change needs a majority)
        assertThat(openTasks(pledge, "confirm-focus-areas")).isEmpty();
        assertThat(openTasks(pledge, "draft-pledge")).hasSize(1);
        JsonNode decision = get(coordinator, "/api/pledges/" + pledge).at("/decisions/0");
        assertThat(decision.path("subject").asText()).isEqualTo("focus-areas");
        assertThat(decision.path("decision").asText()).isEqualTo("confirm");
        assertThat(decision.path("decidedWhen").asText()).isEqualTo("quorum");
        assertThat(decision.path("members").asInt()).isEqualTo(3);
        assertThat(decision.path("quorum").asInt()).isEqualTo(2);
        List<String> positions = new ArrayList<>();
        decision.path("positions")
                .forEach(position -> positions.add(position.path("member").asText() + "="
                        + position.path("decision").asText()
                        + (position.path("dissent").asBoolean() ? "!" : "")));
        assertThat(positions)
                .containsExactlyInAnyOrder("styrgrupp1=send-back!", "styrgrupp2=confirm", "styrgrupp3=null");

        String minutes = coordinator
                .getApi("/api/pledges/" + pledge + "/decisions/1/minutes.html")
                .getBody();
        assertThat(minutes)
                .contains(
                        "Protokoll – styrgruppens fastställande av fokusområdena",
                        "Fastställ fokusområdena",
                        "Återremittera fokusområdena till samordnaren",
                        "Orsaksanalysen behöver fördjupas.",
                        "Maria Andersson",
                        "Johan Karlsson",
                        "Lena Persson",
                        "Svarade inte",
                        "Reservation: Maria Andersson")
                .doesNotContain("Bedömning per åtagande");
        List<String> timeline = new ArrayList<>();
        get(coordinator, "/api/pledges/" + pledge + "/timeline")
                .forEach(event -> timeline.add(event.path("type").asText()));
        assertThat(timeline).contains("review-opened", "review-position", "focus-areas");
    }

    private static JsonNode get(EngineRestClient client, String path) {
        ResponseEntity<String> response = client.getApi(path);
        assertThat(response.getStatusCode().value()).as(path).isEqualTo(200);
        return EngineRestClient.read(response.getBody());
    }

    /** The assignees (empty when unassigned) of the pledge's open tasks of this kind, as the administrator sees them. */
    private List<String> openTasks(String pledge, String taskKey) {
        List<String> assignees = new ArrayList<>();
        EngineRestClient.as(rest, "admin")
                .getJson("/task?processInstanceBusinessKey=" + pledge + "&taskDefinitionKey=" + taskKey)
                .forEach(task -> assignees.add(task.path("assignee").asText("")));
        return assignees;
    }

    private static List<String> fields(ResponseEntity<String> answer) {
        List<String> fields = new ArrayList<>();
        EngineRestClient.read(answer.getBody())
                .path("errors")
                .forEach(error -> fields.add(error.path("field").asText()));
        return fields;
    }
}
