package se.medborgarlofte.measure.process;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import se.medborgarlofte.casefile.CommitmentRecords;
import se.medborgarlofte.measure.MeasureProcess.Variable;

/** Called when the decision table has chosen a measure's responsible group: records it on the commitment. */
@Component
@RequiredArgsConstructor
public class MeasureRoutedListener implements ExecutionListener {

    private final CommitmentRecords commitments;

    @Override
    public void notify(DelegateExecution execution) {
        Object commitmentId = execution.getVariable(Variable.COMMITMENT_ID);
        if (commitmentId != null) {
            commitments.measureRouted(
                    ((Number) commitmentId).longValue(), (String) execution.getVariable(Variable.RESPONSIBLE_GROUP));
        }
    }
}
