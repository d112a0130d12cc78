package se.medborgarlofte.steering.process;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import se.medborgarlofte.casefile.CommitmentProgress;
import se.medborgarlofte.casefile.CommitmentRecords;
import se.medborgarlofte.casefile.EffectGoalRecords;
import se.medborgarlofte.casefile.EffectGoalRows;
import se.medborgarlofte.casefile.SteeringSubject;
import se.medborgarlofte.pledge.CommitmentAssessments;
import se.medborgarlofte.pledge.PledgeProcess.Variable;
import se.medborgarlofte.steering.SteeringProcess;
import se.medborgarlofte.system.JsonVariables;

/**
 * Prepares one member's task in a steering review: in a follow-up's review a row per commitment to assess, with what
 * was planned and what the reports say was done, and in every review the member's answer kept local to the task's
 * execution, so that members answering in parallel do not overwrite each other and no answer reaches the variables the
 * gateways read ({@code steeringDecision}, {@code focusAreasDecision}, {@code renewalDecision}: only the consolidated
 * decision does).
 */
@Component
@RequiredArgsConstructor
public class ReviewPreparationListener implements TaskListener {

    private final CommitmentRecords commitmentRecords;
    private final EffectGoalRecords effectGoals;

    @Override
    public void notify(DelegateTask task) {
        DelegateExecution memberExecution = task.getExecution();
        if (SteeringReviewKind.ofMemberTask(task.getTaskDefinitionKey()).subject() == SteeringSubject.FOLLOW_UP) {
            String commitments = JsonVariables.text(task.getVariable(Variable.COMMITMENTS));
            List<CommitmentProgress> progress = commitmentRecords.progress(memberExecution.getProcessBusinessKey());
            memberExecution.setVariableLocal(
                    Variable.COMMITMENT_ASSESSMENTS,
                    JsonVariables.json(CommitmentAssessments.template(commitments, progress)));
            memberExecution.setVariableLocal(
                    Variable.EFFECT_GOAL_STANDING,
                    JsonVariables.json(
                            EffectGoalRows.standingRows(effectGoals.series(memberExecution.getProcessBusinessKey()))));
        }
        memberExecution.setVariableLocal(SteeringProcess.REVIEWER_DECISION, null);
        memberExecution.setVariableLocal(SteeringProcess.REVIEWER_COMMENT, null);
        memberExecution.setVariableLocal(SteeringProcess.REVIEWER_ID, task.getAssignee());
    }
}
