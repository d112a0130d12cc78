package se.medborgarlofte.measure.process;

import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import se.medborgarlofte.casefile.CommitmentRecords;
import se.medborgarlofte.casefile.Occurrence;
import se.medborgarlofte.measure.MeasureProcess.Variable;
import se.medborgarlofte.measure.OccurrenceLog;
import se.medborgarlofte.system.EngineContext;
import se.medborgarlofte.system.FormValues;
import se.medborgarlofte.system.JsonVariables;

/**
 * Runs when an occurrence report is completed: appends the reported occurrence to the measure's log and clears
 * the report fields, so that the next report starts from an empty form.
 */
@Component
@RequiredArgsConstructor
public class OccurrenceReportListener implements TaskListener {

    private final CommitmentRecords commitments;

    static final List<String> REPORT_FIELDS = List.of(
            Variable.OCCURRENCE_DATE,
            Variable.OCCURRENCE_PARTICIPANTS,
            Variable.OCCURRENCE_HOURS,
            Variable.OCCURRENCE_QUANTITY,
            Variable.OCCURRENCE_OBSERVATIONS);

    @Override
    public void notify(DelegateTask task) {
        if (!"report".equals(task.getVariable(Variable.OCCURRENCE_ACTION))) {
            return;
        }
        Occurrence occurrence = new Occurrence(
                day(task.getVariable(Variable.OCCURRENCE_DATE)),
                whole(task.getVariable(Variable.OCCURRENCE_PARTICIPANTS)),
                decimal(task.getVariable(Variable.OCCURRENCE_HOURS)),
                whole(task.getVariable(Variable.OCCURRENCE_QUANTITY)),
                (String) task.getVariable(Variable.OCCURRENCE_OBSERVATIONS));
        OccurrenceLog log = OccurrenceLog.of(JsonVariables.text(task.getVariable(Variable.OCCURRENCES)))
                .append(occurrence);
        task.setVariable(Variable.OCCURRENCES, JsonVariables.json(log.json()));
        task.setVariable(Variable.OCCURRENCE_COUNT, log.count());
        task.setVariable(Variable.REPORTED_QUANTITY, log.reportedQuantity());
        task.getExecution().removeVariables(REPORT_FIELDS);
        Object commitmentId = task.getVariable(Variable.COMMITMENT_ID);
        if (commitmentId != null) {
            commitments.recordOccurrence(
                    ((Number) commitmentId).longValue(),
                    occurrence,
                    EngineContext.actor(task.getProcessEngineServices(), task.getAssignee()),
                    EngineContext.now());
        }
    }

    private static LocalDate day(Object value) {
        return FormValues.day(value == null ? null : value.toString(), "Tillfällets datum");
    }

    private static long whole(Object value) {
        return value instanceof Number number ? number.longValue() : 0L;
    }

    private static Double decimal(Object value) {
        return value instanceof Number number ? number.doubleValue() : null;
    }
}
