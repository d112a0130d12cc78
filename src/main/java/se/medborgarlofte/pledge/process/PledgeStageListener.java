package se.medborgarlofte.pledge.process;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import se.medborgarlofte.casefile.CommitmentRecords;
import se.medborgarlofte.casefile.PledgeRegister;
import se.medborgarlofte.casefile.Stages;
import se.medborgarlofte.pledge.PledgeProcess.Choice;
import se.medborgarlofte.pledge.PledgeProcess.Element;
import se.medborgarlofte.pledge.PledgeProcess.Variable;
import se.medborgarlofte.system.EngineContext;

/**
 * Called when a stage of the pledge starts (and when a periodic review has ended): records the stage the pledge is
 * in. Entering a stage that ends implementation (the final follow-up, conclusion, and a new agreement after the final
 * review's revision) marks running measures stopped. A revision after a periodic follow-up does not: it runs inside
 * implementation, beside the measures (see the revision module).
 */
@Component
@RequiredArgsConstructor
public class PledgeStageListener implements ExecutionListener {

    private final PledgeRegister register;
    private final CommitmentRecords commitments;

    @Override
    public void notify(DelegateExecution execution) {
        String element = execution.getCurrentActivityId();
        String pledge = execution.getProcessBusinessKey();
        if (Element.PERIODIC_REVIEW_DONE.equals(element)) {
            // after "continue" the pledge is back in implementation; revise and close have moved it on already (a
            // revision
            // records its own stage, and implementation again once it is applied)
            if (Choice.CONTINUE.equals(execution.getVariable(Variable.STEERING_DECISION))) {
                register.enterStage(
                        pledge,
                        Element.IMPLEMENT,
                        "Uppföljningen är granskad; genomförandet fortsätter.",
                        EngineContext.now());
            }
            return;
        }
        String description = Stages.startedDescription(element);
        if (description == null) {
            throw new IllegalStateException("No stage starts at " + element);
        }
        if (element.equals(Element.AGREE_WITH_POLICE)
                || element.equals(Element.FINAL_FOLLOW_UP)
                || element.equals(Element.CONCLUDE)) {
            commitments.stopRunningMeasures(pledge, EngineContext.now());
        }
        register.enterStage(pledge, element, description, EngineContext.now());
    }
}
