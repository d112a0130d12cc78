package se.medborgarlofte.casefile.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import se.medborgarlofte.casefile.CompletedTask;
import se.medborgarlofte.system.FormValues;

class CaseFileTaskListenerTests {

    private final CaseFileTaskListener recorder =
            CaseFileListeners.listener(null, null, null, null, null, null, null, null, null, null, null);

    @Test
    void knowsEveryUserTaskOfEveryModel() throws Exception {
        Set<String> userTasks = new TreeSet<>();
        for (String model : new String[] {
            "bpmn/medborgarlofte.bpmn", "bpmn/atgard.bpmn", "bpmn/tryggare-radet.bpmn", "bpmn/medborgarsynpunkt.bpmn"
        }) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(model)) {
                Bpmn.readModelFromStream(in)
                        .getModelElementsByType(UserTask.class)
                        .forEach(task -> userTasks.add(task.getId()));
            }
        }

        assertThat(recorder.tasks()).containsExactlyInAnyOrderElementsOf(userTasks);
    }

    @Test
    void refusesATaskItDoesNotKnow() {
        assertThatThrownBy(() -> recorder.record(completed("unknown-task", name -> null, "polis")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("unknown-task");
    }

    @Test
    void refusesAReviewAnswerOutsideTheFormsChoicesInSwedish() {
        Map<String, Object> answer = new HashMap<>(Map.of(
                "steeringReviewId",
                1L,
                "reviewerId",
                "styrgrupp1",
                "reviewerDecision",
                "kanske",
                "reviewerComment",
                "Bra."));
        assertThatThrownBy(() -> recorder.record(completed("review-follow-up", answer::get, "styrgrupp1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Förslag till beslut ska vara ett av [close, continue, revise]");

        answer.put("reviewerDecision", "continue");
        answer.put("commitmentAssessments", "[{\"promise\":\"Polisen lovar\",\"assessment\":\"bra\"}]");
        assertThatThrownBy(() -> recorder.record(completed("review-follow-up", answer::get, "styrgrupp1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Bedömningen ska vara ett av");

        answer.put("commitmentAssessments", "[]");
        answer.put("reviewerComment", "x".repeat(2001));
        assertThatThrownBy(() -> recorder.record(completed("review-follow-up", answer::get, "styrgrupp1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Motivering får vara högst 2000 tecken");
    }

    @Test
    void refusesADraftWithoutCommitmentsInSwedish() {
        Map<String, Object> variables = new HashMap<>(Map.of("pledgeText", "Text", "commitments", "[]"));

        assertThatThrownBy(() -> recorder.record(completed("draft-pledge", variables::get, "samordnare")))
                .hasMessage("Ett medborgarlöfte behöver minst ett åtagande.");
    }

    /** The task of pledge ML-2026-0001 completed now by {@code user}, whose answers {@code answers} gives. */
    private static CompletedTask completed(String taskKey, Function<String, Object> answers, String user) {
        return new CompletedTask(taskKey, "ML-2026-0001", new FormValues(answers), user, user, Instant.now());
    }
}
