package se.medborgarlofte.pledge.process;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import se.medborgarlofte.casefile.PublicFeedbackRecords;
import se.medborgarlofte.casefile.PublicFeedbackRecords.DecidedFollowUp;
import se.medborgarlofte.pledge.FeedbackSuggestions;
import se.medborgarlofte.pledge.PledgeProcess.Variable;

/**
 * Prepares the coordinator's task to publish the feedback on a follow-up, created in the same transaction as the
 * steering group's decision: which follow-up and decision it reports (from the case file, not from the pledge's
 * variables, which the next review may change), and suggestions of the decision and the changes in public words. All
 * of it is local to the task's own execution (the task's input parameters make it a scope), so feedback tasks of two
 * follow-ups open at once do not mix, and what the form submits stays with its task.
 */
@Component
@RequiredArgsConstructor
public class FollowUpFeedbackListener implements TaskListener {

    private final PublicFeedbackRecords feedback;

    @Override
    public void notify(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        DecidedFollowUp decided = feedback.latestDecision(execution.getProcessBusinessKey())
                .orElseThrow(() -> new IllegalStateException(
                        "Pledge " + execution.getProcessBusinessKey() + " has no steering decision to report"));
        execution.setVariableLocal(Variable.FEEDBACK_FOLLOW_UP_ID, decided.followUpId());
        execution.setVariableLocal(Variable.FEEDBACK_FOLLOW_UP_NUMBER, decided.followUpNumber());
        execution.setVariableLocal(Variable.FEEDBACK_STEERING_DECISION, FeedbackSuggestions.label(decided.decision()));
        execution.setVariableLocal(Variable.FEEDBACK_DONE, null);
        execution.setVariableLocal(Variable.FEEDBACK_CHANGES, FeedbackSuggestions.changes(decided.decision()));
        execution.setVariableLocal(Variable.FEEDBACK_DECISION, FeedbackSuggestions.decision(decided.decision()));
    }
}
