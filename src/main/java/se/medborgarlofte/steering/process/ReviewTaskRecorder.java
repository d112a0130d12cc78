package se.medborgarlofte.steering.process;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import se.medborgarlofte.casefile.CaseEvents;
import se.medborgarlofte.casefile.CaseRecords.Assessment;
import se.medborgarlofte.casefile.CompletedTask;
import se.medborgarlofte.casefile.SteeringSubject;
import se.medborgarlofte.casefile.TaskRecorder;
import se.medborgarlofte.pledge.PledgeProcess.Choice;
import se.medborgarlofte.pledge.PledgeProcess.Variable;
import se.medborgarlofte.steering.SteeringProcess;
import se.medborgarlofte.steering.SteeringReviews;
import se.medborgarlofte.steering.SteeringVerdict;
import se.medborgarlofte.system.FormValues;

/**
 * Records one steering member's answer in a review of a follow-up, of the focus areas or of the renewal: their
 * position, in their own name (the task's assignee), with a decision the review's subject allows.
 */
@Component
@RequiredArgsConstructor
public class ReviewTaskRecorder implements TaskRecorder {

    /** The length of {@code steering_position.comment}. */
    static final int COMMENT_LENGTH = 2000;

    private final SteeringReviews reviews;
    private final CaseEvents events;

    @Override
    public Set<String> tasks() {
        return SteeringReviewKind.memberTasks();
    }

    @Override
    public Map<String, Object> record(CompletedTask task) {
        FormValues values = task.values();
        SteeringSubject subject = SteeringReviewKind.ofMemberTask(task.key()).subject();
        if (subject != SteeringSubject.FOLLOW_UP && values.text(SteeringProcess.REVIEW_ID) == null) {
            recordSingleMemberDecision(subject, task);
            return Map.of();
        }
        String decision = values.choice(
                SteeringProcess.REVIEWER_DECISION, "Förslag till beslut", Set.copyOf(subject.decisions()));
        reviews.recordPosition(
                Long.parseLong(values.requiredText(SteeringProcess.REVIEW_ID, "Granskning")),
                task.assignee() != null ? task.assignee() : values.requiredText(SteeringProcess.REVIEWER_ID, "Ledamot"),
                decision,
                comment(subject, decision, values),
                subject == SteeringSubject.FOLLOW_UP ? assessments(values) : List.of(),
                task.at());
        return Map.of();
    }

    /**
     * A task of the model's version before the focus areas and renewal were decided collectively, still open in a pledge
     * started on it: one member of the group decided alone, in the old form's variables, and its model reads them. It
     * is recorded as it was then, in the timeline.
     */
    private void recordSingleMemberDecision(SteeringSubject subject, CompletedTask task) {
        FormValues values = task.values();
        String description = subject == SteeringSubject.FOCUS_AREAS
                ? (Choice.CONFIRM.equals(values.requiredText(Variable.FOCUS_AREAS_DECISION, "Beslut"))
                        ? "Styrgruppen fastställde fokusområdena."
                        : "Styrgruppen återremitterade fokusområdena: " + values.text(Variable.FOCUS_AREAS_COMMENT))
                : (Choice.RENEW.equals(values.requiredText(Variable.RENEWAL_DECISION, "Beslut"))
                                ? "Styrgruppen beslutade att förnya medborgarlöftet: "
                                : "Styrgruppen beslutade att avsluta medborgarlöftet: ")
                        + values.text(Variable.RENEWAL_COMMENT);
        events.append(
                events.pledgeId(task.pledge()),
                subject == SteeringSubject.FOCUS_AREAS ? "focus-areas" : "renewal-decision",
                description,
                task.actor(),
                task.at());
    }

    /** The member's reasons: required, except for confirming the focus areas (the form asks only for a send-back). */
    private static String comment(SteeringSubject subject, String decision, FormValues values) {
        if (subject == SteeringSubject.FOCUS_AREAS && Choice.CONFIRM.equals(decision)) {
            String comment = values.text(SteeringProcess.REVIEWER_COMMENT);
            return comment == null || comment.isBlank()
                    ? null
                    : FormValues.withinLength(comment.trim(), "Motivering", COMMENT_LENGTH);
        }
        return values.requiredText(SteeringProcess.REVIEWER_COMMENT, "Motivering", COMMENT_LENGTH);
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
