package se.medborgarlofte.measure.process;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import se.medborgarlofte.casefile.Commitment;
import se.medborgarlofte.casefile.CommitmentRecords;
import se.medborgarlofte.measure.MeasureProcess;
import se.medborgarlofte.measure.MeasureProcess.Variable;
import se.medborgarlofte.measure.OccurrenceLog;
import se.medborgarlofte.organisation.Organisation;
import se.medborgarlofte.organisation.Organisations;
import se.medborgarlofte.system.CaseCalendar;
import se.medborgarlofte.system.EngineContext;
import se.medborgarlofte.system.JsonVariables;

/**
 * Runs when a measure starts: unpacks the commitment it carries out into the variables its forms, its DMN
 * decision (the group of the commitment's organisation) and its due-date timer read, opens an empty occurrence log and marks the commitment in progress.
 */
@Component
@RequiredArgsConstructor
public class MeasureStartListener implements ExecutionListener {

    private final CaseCalendar calendar;
    private final CommitmentRecords commitments;
    private final Organisations organisations;

    @Override
    public void notify(DelegateExecution execution) {
        Commitment commitment = Commitment.fromJson(JsonVariables.text(execution.getVariable(Variable.COMMITMENT)));
        execution.setVariables(MeasureProcess.variablesOf(commitment));
        execution.setVariable(Variable.MEASURE_DUE_AT, commitment.overdueAt(calendar.zone()));
        execution.setVariable(
                Variable.ORGANISATION_GROUP,
                commitment.organisationId() == null
                        ? null
                        : organisations
                                .find(commitment.organisationId())
                                .map(Organisation::groupId)
                                .orElse(null));
        OccurrenceLog log = OccurrenceLog.empty();
        execution.setVariable(Variable.OCCURRENCES, JsonVariables.json(log.json()));
        execution.setVariable(Variable.OCCURRENCE_COUNT, log.count());
        execution.setVariable(Variable.REPORTED_QUANTITY, log.reportedQuantity());
        if (commitment.id() != null) {
            execution.setVariable(Variable.COMMITMENT_ID, commitment.id());
            commitments.measureStarted(commitment.id(), execution.getProcessInstanceId(), EngineContext.now());
        }
    }
}
