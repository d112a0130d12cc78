package se.medborgarlofte.measure;

import java.util.Date;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import se.medborgarlofte.casefile.Commitment;
import se.medborgarlofte.measure.MeasureProcess.Element;
import se.medborgarlofte.measure.MeasureProcess.Variable;
import se.medborgarlofte.system.CaseCalendar;
import se.medborgarlofte.system.JsonVariables;

/**
 * What a revision of the pledge does to a running measure. A changed commitment is carried by the measure that already
 * runs: its forms show the new promise and target, its open tasks and its overdue timer move to the new due date, and
 * what was reported so far still counts. A withdrawn commitment's measure is ended by a message to it; its case-file
 * record (stopped, with the reason) is written by the revision. Called from the revision's delegate with the engine's
 * services of the running command, so that everything happens in the pledge's transaction.
 */
@Component
@RequiredArgsConstructor
public class MeasureRevisions {

    private final CaseCalendar calendar;

    /** The running measure carries the commitment's new wording from now on. */
    public void carry(ProcessEngineServices engine, String measureInstanceId, Commitment revised) {
        RuntimeService runtime = engine.getRuntimeService();
        TaskService tasks = engine.getTaskService();
        ManagementService management = engine.getManagementService();
        if (!running(runtime, measureInstanceId)) {
            return;
        }
        Date dueAt = revised.overdueAt(calendar.zone());
        runtime.setVariables(measureInstanceId, MeasureProcess.variablesOf(revised));
        runtime.setVariable(measureInstanceId, Variable.COMMITMENT, JsonVariables.json(revised.json()));
        runtime.setVariable(measureInstanceId, Variable.MEASURE_DUE_AT, dueAt);
        for (Task task :
                tasks.createTaskQuery().processInstanceId(measureInstanceId).list()) {
            if (!Element.HANDLE_OVERDUE_MEASURE.equals(task.getTaskDefinitionKey())) {
                task.setDueDate(dueAt);
                tasks.saveTask(task);
            }
        }
        Job overdue = management
                .createJobQuery()
                .processInstanceId(measureInstanceId)
                .activityId(Element.MEASURE_OVERDUE)
                .singleResult();
        if (overdue != null) {
            management.setJobDuedate(overdue.getId(), dueAt);
        }
    }

    /** Ends the running measure: its open tasks disappear, and it is not started again. */
    public void withdraw(ProcessEngineServices engine, String measureInstanceId) {
        RuntimeService runtime = engine.getRuntimeService();
        if (!running(runtime, measureInstanceId)) {
            return;
        }
        runtime.createMessageCorrelation(MeasureProcess.MEASURE_WITHDRAWN_MESSAGE)
                .processInstanceId(measureInstanceId)
                .correlate();
    }

    private static boolean running(RuntimeService runtime, String measureInstanceId) {
        return measureInstanceId != null
                && runtime.createProcessInstanceQuery()
                                .processInstanceId(measureInstanceId)
                                .count()
                        > 0;
    }
}
