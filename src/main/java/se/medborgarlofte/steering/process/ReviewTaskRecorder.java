package se.medborgarlofte.steering.process;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import se.medborgarlofte.casefile.CaseRecords.Assessment;
import se.medborgarlofte.casefile.CompletedTask;
import se.medborgarlofte.casefile.TaskRecorder;
import se.medborgarlofte.pledge.PledgeProcess.Element;
import se.medborgarlofte.pledge.PledgeProcess.Variable;
import se.medborgarlofte.steering.SteeringProcess;
import se.medborgarlofte.steering.SteeringReviews;
import se.medborgarlofte.steering.SteeringVerdict;
import se.medborgarlofte.system.FormValues;

/** Records one steering member's answer to a review: their position, in their own name (the task's assignee). */
@Component
@RequiredArgsConstructor
public class ReviewTaskRecorder implements TaskRecorder {

    private final SteeringReviews reviews;

    @Override
    public Set<String> tasks() {
        return Set.of(Element.REVIEW_FOLLOW_UP, Element.REVIEW_FINAL_FOLLOW_UP);
    }

    @Override
    public Map<String, Object> record(CompletedTask task) {
        FormValues values = task.values();
        reviews.recordPosition(
                Long.parseLong(values.requiredText(SteeringProcess.REVIEW_ID, "Granskning")),
                task.assignee() != null ? task.assignee() : values.requiredText(SteeringProcess.REVIEWER_ID, "Ledamot"),
                values.choice(
                        SteeringProcess.REVIEWER_DECISION,
                        "Förslag till beslut",
                        Set.copyOf(SteeringVerdict.DECISIONS)),
                values.requiredText(SteeringProcess.REVIEWER_COMMENT, "Motivering", 2000),
                assessments(values),
                task.at());
        return Map.of();
    }

    private static List<Assessment> assessments(FormValues values) {
        List<Assessment> assessments = new ArrayList<>();
        for (JsonNode item : values.list(Variable.COMMITMENT_ASSESSMENTS, "Bedömningar")) {
            if (item.hasNonNull("assessment")) {
                assessments.add(new Assessment(
                        FormValues.withinLength(item.path("promise").asText(""), "Åtagandet", 1000),
                        FormValues.allowedValue(
                                item.get("assessment").asText(),
                                "Bedömningen",
                                Set.copyOf(SteeringVerdict.ASSESSMENTS))));
            }
        }
        return assessments;
    }
}
