package se.medborgarlofte.casefile.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

class TaskCompletionRecorderTests {

    private final TaskCompletionRecorder recorder = new TaskCompletionRecorder(null, null, null, null, null, null, null);

    @Test
    void knowsEveryUserTaskOfEveryModel() throws Exception {
        Set<String> userTasks = new TreeSet<>();
        for (String model : new String[] {"bpmn/medborgarlofte.bpmn", "bpmn/atgard.bpmn", "bpmn/tryggare-radet.bpmn"}) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(model)) {
                Bpmn.readModelFromStream(in).getModelElementsByType(UserTask.class).forEach(task -> userTasks.add(task.getId()));
            }
        }

        assertThat(TaskCompletionRecorder.TASKS).containsExactlyInAnyOrderElementsOf(userTasks);
    }

    @Test
    void refusesATaskItDoesNotKnow() {
        assertThatThrownBy(() -> recorder.record("unknown-task", "ML-2026-0001", new Variables(name -> null), "polis", Instant.now()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("unknown-task");
    }

    @Test
    void refusesAReviewAnswerOutsideTheFormsChoicesInSwedish() {
        Map<String, Object> answer = new HashMap<>(Map.of("steeringReviewId", 1L, "reviewerId", "styrgrupp1",
                "reviewerDecision", "kanske", "reviewerComment", "Bra."));
        assertThatThrownBy(() -> recorder.record("review-follow-up", "ML-2026-0001", new Variables(answer::get), "styrgrupp1", Instant.now()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Förslag till beslut ska vara ett av [close, continue, revise]");

        answer.put("reviewerDecision", "continue");
        answer.put("commitmentAssessments", "[{\"promise\":\"Polisen lovar\",\"assessment\":\"bra\"}]");
        assertThatThrownBy(() -> recorder.record("review-follow-up", "ML-2026-0001", new Variables(answer::get), "styrgrupp1", Instant.now()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Bedömningen ska vara ett av");

        answer.put("commitmentAssessments", "[]");
        answer.put("reviewerComment", "x".repeat(2001));
        assertThatThrownBy(() -> recorder.record("review-follow-up", "ML-2026-0001", new Variables(answer::get), "styrgrupp1", Instant.now()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Motivering får vara högst 2000 tecken");
    }

    @Test
    void refusesADraftWithoutCommitmentsInSwedish() {
        Map<String, Object> variables = new HashMap<>(Map.of("pledgeText", "Text", "commitments", "[]"));

        assertThatThrownBy(() -> recorder.record("draft-pledge", "ML-2026-0001", new Variables(variables::get), "samordnare", Instant.now()))
                .hasMessage("Ett medborgarlöfte behöver minst ett åtagande.");
    }

    @Test
    void readsNumbersDatesAndListsWithSwedishMessages() {
        Variables variables = new Variables(Map.<String, Object>of("n", -2, "d", "31/12", "x", 2.5, "l", "{}")::get);

        assertThatThrownBy(() -> variables.whole("n", "Antal")).hasMessage("Antal kan inte vara negativt.");
        assertThatThrownBy(() -> variables.whole("x", "Antal")).hasMessage("Antal måste vara ett heltal.");
        assertThatThrownBy(() -> variables.date("d", "Datum")).hasMessage("Datum måste vara ett datum (ÅÅÅÅ-MM-DD), inte '31/12'.");
        assertThatThrownBy(() -> variables.requiredText("saknas", "Rubrik")).hasMessage("Rubrik saknas.");
        assertThatThrownBy(() -> variables.list("l", "Listan")).hasMessage("Listan måste vara en lista.");
    }
}
