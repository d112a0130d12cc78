package se.medborgarlofte.pledge.process;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import se.medborgarlofte.casefile.CommitmentRecords;
import se.medborgarlofte.casefile.EffectGoalRecords;
import se.medborgarlofte.casefile.EffectGoalRows;
import se.medborgarlofte.pledge.CommitmentAssessments;
import se.medborgarlofte.pledge.PledgeProcess.Variable;
import se.medborgarlofte.system.JsonVariables;

/**
 * Shows the coordinator who compiles a follow-up what was planned and what was done per commitment, from the case
 * file's occurrence reports as they stand when the task is created (the case page shows the latest). Local to the
 * task, so it is never mistaken for the pledge's own commitments. Also prepares a row per effect goal with its
 * standing (baseline, latest value, target), where a new value is entered when there is one.
 */
@Component
@RequiredArgsConstructor
public class FollowUpProgressListener implements TaskListener {

    private final CommitmentRecords commitments;
    private final EffectGoalRecords effectGoals;

    @Override
    public void notify(DelegateTask task) {
        task.setVariableLocal(
                Variable.COMMITMENT_PROGRESS,
                JsonVariables.json(CommitmentAssessments.progressRows(
                        commitments.progress(task.getExecution().getProcessBusinessKey()))));
        task.setVariableLocal(
                Variable.EFFECT_GOAL_VALUES,
                JsonVariables.json(EffectGoalRows.valueRows(
                        effectGoals.series(task.getExecution().getProcessBusinessKey()))));
    }
}
