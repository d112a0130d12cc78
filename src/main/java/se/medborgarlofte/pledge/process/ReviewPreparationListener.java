package se.medborgarlofte.pledge.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import se.medborgarlofte.pledge.CommitmentAssessments;
import se.medborgarlofte.pledge.PledgeProcess.Variable;
import se.medborgarlofte.system.JsonVariables;

/** Gives a new steering review task one row per commitment to assess. */
@Component
public class ReviewPreparationListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        String commitments = JsonVariables.text(task.getVariable(Variable.COMMITMENTS));
        task.setVariable(Variable.COMMITMENT_ASSESSMENTS, JsonVariables.json(CommitmentAssessments.template(commitments)));
    }
}
