package se.medborgarlofte.revision.process;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import se.medborgarlofte.casefile.PledgeRegister;
import se.medborgarlofte.casefile.Stages;
import se.medborgarlofte.pledge.PledgeProcess;
import se.medborgarlofte.revision.RevisionProcess.Element;
import se.medborgarlofte.revision.RevisionProcess.Variable;
import se.medborgarlofte.system.EngineContext;
import se.medborgarlofte.system.JsonVariables;

/**
 * Called when a revision starts beside the running implementation: declares the revision's variables in its own scope
 * (so that its answers never mix with another revision's), takes the steering decision back so that a later "revise"
 * starts a new revision, and records the stage. The running measures are not touched.
 */
@Component
@RequiredArgsConstructor
public class RevisionStartListener implements ExecutionListener {

    private final PledgeRegister register;

    @Override
    public void notify(DelegateExecution execution) {
        for (String name : Variable.LOCAL) {
            execution.setVariableLocal(name, null);
        }
        execution.setVariableLocal(Variable.ADDED_COMMITMENTS, JsonVariables.json("[]"));
        execution.setVariableLocal(Variable.REVISION_NEEDS_SIGNING, false);
        execution.removeVariable(PledgeProcess.Variable.STEERING_DECISION);
        register.enterStage(
                execution.getProcessBusinessKey(),
                Element.REVISE_COMMITMENTS,
                Stages.startedDescription(Element.REVISE_COMMITMENTS),
                EngineContext.now());
    }
}
