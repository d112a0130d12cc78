package se.medborgarlofte.pledge.process;

import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import se.medborgarlofte.casefile.CaseRecords.FollowUp;
import se.medborgarlofte.casefile.CompletedTask;
import se.medborgarlofte.casefile.EffectGoalRecords;
import se.medborgarlofte.casefile.EffectGoalRules;
import se.medborgarlofte.casefile.EffectGoalRules.NewValue;
import se.medborgarlofte.casefile.FollowUpRecords;
import se.medborgarlofte.casefile.PledgeRegister;
import se.medborgarlofte.casefile.PublicFeedbackRecords;
import se.medborgarlofte.casefile.TaskRecorder;
import se.medborgarlofte.pledge.FeedbackSuggestions;
import se.medborgarlofte.pledge.PledgeProcess.Element;
import se.medborgarlofte.pledge.PledgeProcess.Variable;
import se.medborgarlofte.system.CaseCalendar;
import se.medborgarlofte.system.FormValues;

/**
 * Records the follow-ups the coordinator compiles, the feedback to the citizens (after each follow-up's decision and at
 * the end, every one also among the pledge's public feedback). The steering members' answers on renewal are recorded by
 * {@code steering} as positions in a review.
 */
@Component
@RequiredArgsConstructor
public class FollowUpTaskRecorder implements TaskRecorder {

    private final PledgeRegister register;
    private final FollowUpRecords followUps;
    private final PublicFeedbackRecords publicFeedback;
    private final EffectGoalRecords effectGoals;
    private final EffectGoalRules goalRules;
    private final CaseCalendar calendar;

    /** The length of the feedback's texts in {@code public_feedback}. */
    static final int FEEDBACK_TEXT_LENGTH = 4000;

    static final int FEEDBACK_DECISION_LENGTH = 2000;

    @Override
    public Set<String> tasks() {
        return Set.of(
                Element.COMPILE_FOLLOW_UP,
                Element.COMPILE_FINAL_FOLLOW_UP,
                Element.PUBLISH_FOLLOW_UP_FEEDBACK,
                Element.GIVE_FEEDBACK_TO_CITIZENS);
    }

    @Override
    public Map<String, Object> record(CompletedTask task) {
        FormValues values = task.values();
        switch (task.key()) {
            case Element.COMPILE_FOLLOW_UP -> recordFollowUp(task, "periodic");
            case Element.COMPILE_FINAL_FOLLOW_UP -> recordFollowUp(task, "final");
            case Element.PUBLISH_FOLLOW_UP_FEEDBACK ->
                publicFeedback.recordFollowUpFeedback(
                        task.pledge(),
                        followUpOf(values),
                        values.requiredText(Variable.FEEDBACK_DONE, "Vad som gjorts", FEEDBACK_TEXT_LENGTH),
                        values.requiredText(Variable.FEEDBACK_CHANGES, "Vad som ändras", FEEDBACK_TEXT_LENGTH),
                        values.requiredText(Variable.FEEDBACK_DECISION, "Beslutet", FEEDBACK_DECISION_LENGTH),
                        task.actor(),
                        task.at());
            default -> giveFinalFeedback(task, values);
        }
        return Map.of();
    }

    /** The follow-up and the new values of the pledge's effect goals that it brought (checked against the case file). */
    private void recordFollowUp(CompletedTask task, String kind) {
        FormValues values = task.values();
        List<NewValue> newValues = goalRules.values(
                values.list(Variable.EFFECT_GOAL_VALUES, "Effektmålens värden"),
                effectGoals.current(task.pledge()),
                calendar.day(task.at()));
        long followUp = followUps.recordFollowUp(task.pledge(), followUp(kind, values), task.actor(), task.at());
        effectGoals.recordValues(followUp, newValues);
    }

    private void giveFinalFeedback(CompletedTask task, FormValues values) {
        String summary = values.requiredText("feedbackSummary", "Återkopplingen");
        register.recordFeedback(task.pledge(), values.date("feedbackOn", "Datum"), summary, task.actor(), task.at());
        String decision = publicFeedback
                .latestDecision(task.pledge())
                .map(decided -> FeedbackSuggestions.finalDecision(decided.decision()))
                .orElse(null);
        publicFeedback.recordFinalFeedback(task.pledge(), summary, decision, task.actor(), task.at());
    }

    /** The follow-up a feedback task reports on: written by code into the task's own execution when it was created. */
    private static long followUpOf(FormValues values) {
        String id = values.text(Variable.FEEDBACK_FOLLOW_UP_ID);
        if (id == null) {
            throw new IllegalStateException("The feedback task does not know its follow-up");
        }
        return Long.parseLong(id);
    }

    /**
     * The follow-up itself. The survey values and the period's reported crimes it once held as bare numbers are now
     * values of the pledge's effect goals; earlier follow-ups keep theirs.
     */
    private static FollowUp followUp(String kind, FormValues values) {
        return new FollowUp(
                kind,
                null,
                null,
                null,
                null,
                values.requiredWhole("activityParticipants", "Deltagare i aktiviteter"),
                values.requiredText("reportedCrimesContext", "Sammanhang för anmälda brott"),
                values.requiredText("followUpAssessment", "Samlad bedömning"));
    }
}
