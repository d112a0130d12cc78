package se.medborgarlofte.pledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.medborgarlofte.EngineRestClient;
import se.medborgarlofte.PledgeJourney;
import se.medborgarlofte.PostgresIntegrationTest;
import se.medborgarlofte.casefile.PublicFeedback;
import se.medborgarlofte.casefile.PublicFeedbackRecords;

/**
 * The feedback on a follow-up, published by the coordinator over the engine REST API as Tasklist does, on
 * PostgreSQL: only what its form offers is accepted, and what is published is in the case file, its API and the
 * public read method, while the pledge went on without waiting.
 */
@PostgresIntegrationTest
class FollowUpFeedbackIntegrationTests {

    private static final String TASK = "publish-follow-up-feedback";

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ManagementService management;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PublicFeedbackRecords publicFeedback;

    @Test
    void theCoordinatorPublishesTheFeedbackOnAFollowUpAndOnlyItsFormsFieldsAreAccepted() {
        PledgeJourney journey = new PledgeJourney(rest, management);
        String pledge = journey.start("Tryggare Norra torget", "Norra torget");
        journey.identifyNeed(pledge)
                .draft(pledge, PledgeJourney.COMMITMENTS)
                .sign(pledge)
                .followUpAndReview(pledge, "continue");

        EngineRestClient samordnare = journey.as("samordnare");
        JsonNode task = samordnare.task(pledge, TASK, "samordnare");
        String taskId = task.path("id").asText();
        assertThat(task.path("name").asText()).isEqualTo("Återkoppla uppföljningen till medborgarna");
        assertThat(task.path("due").asText()).isNotEmpty();
        assertThat(samordnare
                        .getJson("/task/" + taskId + "/deployed-form")
                        .path("id")
                        .asText())
                .isEqualTo(TASK);
        Map<String, JsonNode> shown = samordnare.variables(taskId);
        assertThat(shown.get("feedbackFollowUpNumber").asInt()).isEqualTo(1);
        assertThat(shown.get("feedbackSteeringDecision").asText()).isEqualTo("Fortsätt enligt plan");
        assertThat(shown.get("feedbackDecision").asText()).isEqualTo(FeedbackSuggestions.decision("continue"));
        // the pledge went on: its measures still run beside the open feedback
        assertThat(samordnare.getJson("/process-instance?processDefinitionKey=atgard&businessKey=" + pledge))
                .hasSize(2);

        Map<String, Object> answer = new HashMap<>(Map.of(
                "feedbackDone",
                "Polisen har startat tre nya grannsamverkansområden och bostadsbolaget stöder fyra föreningar.",
                "feedbackChanges",
                "Inget ändras; arbetet fortsätter som vi lovat.",
                "feedbackDecision",
                "Styrgruppen vill att arbetet fortsätter som hittills."));
        assertRefused(samordnare, taskId, with(answer, "feedbackFollowUpId", 1), "feedbackFollowUpId");
        assertRefused(samordnare, taskId, with(answer, "feedbackFollowUpNumber", 7), "feedbackFollowUpNumber");
        assertRefused(samordnare, taskId, with(answer, "steeringDecision", "close"), "steeringDecision");
        assertRefused(samordnare, taskId, with(answer, "feedbackDone", "Kort."), "feedbackDone");
        assertRefused(journey.as("polis"), taskId, answer, null);
        assertThat(samordnare.variables(taskId)).isEqualTo(shown);

        assertThat(samordnare.submit(taskId, answer)).isEqualTo(204);

        Map<String, Object> row = jdbc.sql("""
                SELECT pf.kind, f.follow_up_number, pf.done_text, pf.changes_text, pf.decision_text, pf.written_by
                FROM public_feedback pf JOIN pledge p ON p.id = pf.pledge_id JOIN follow_up f ON f.id = pf.follow_up_id
                WHERE p.registration_number = ?""").param(pledge).query().singleRow();
        assertThat(row)
                .containsEntry("kind", "follow-up")
                .containsEntry("follow_up_number", 1)
                .containsEntry("done_text", answer.get("feedbackDone"))
                .containsEntry("changes_text", answer.get("feedbackChanges"))
                .containsEntry("decision_text", answer.get("feedbackDecision"))
                .containsEntry("written_by", "samordnare");
        List<PublicFeedback> published = publicFeedback.ofPledge(pledge);
        assertThat(published).singleElement().satisfies(feedback -> {
            assertThat(feedback.kind()).isEqualTo(PublicFeedback.FOLLOW_UP);
            assertThat(feedback.followUpNumber()).isEqualTo(1);
            assertThat(feedback.done()).isEqualTo(answer.get("feedbackDone"));
            assertThat(feedback.publishedAt()).isNotNull();
        });

        JsonNode pledgeCase = EngineRestClient.read(
                samordnare.getApi("/api/pledges/" + pledge).getBody());
        assertThat(pledgeCase.path("publicFeedback")).hasSize(1);
        assertThat(pledgeCase.path("publicFeedback").get(0).path("decision").asText())
                .isEqualTo(answer.get("feedbackDecision"));
        assertThat(pledgeCase.path("summary").path("stage").asText()).isEqualTo("implement");
        JsonNode timeline = EngineRestClient.read(
                samordnare.getApi("/api/pledges/" + pledge + "/timeline").getBody());
        List<String> events = new ArrayList<>();
        timeline.forEach(event -> events.add(event.path("type").asText()));
        assertThat(events).contains("public-feedback");
        assertThat(samordnare.getJson("/task?processInstanceBusinessKey=" + pledge + "&taskDefinitionKey=" + TASK))
                .isEmpty();
    }

    private static void assertRefused(
            EngineRestClient client, String taskId, Map<String, Object> submission, String field) {
        ResponseEntity<String> answer = client.submitForAnswer(taskId, submission);
        if (field == null) {
            assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(403);
            return;
        }
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        EngineRestClient.read(answer.getBody())
                .path("errors")
                .forEach(error -> fields.add(error.path("field").asText()));
        assertThat(fields).as(answer.getBody()).contains(field);
    }

    private static Map<String, Object> with(Map<String, Object> answer, String key, Object value) {
        Map<String, Object> changed = new HashMap<>(answer);
        changed.put(key, value);
        return changed;
    }
}
