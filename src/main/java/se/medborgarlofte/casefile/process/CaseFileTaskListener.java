package se.medborgarlofte.casefile.process;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import se.medborgarlofte.casefile.CompletedTask;
import se.medborgarlofte.casefile.TaskRecorder;
import se.medborgarlofte.system.EngineContext;
import se.medborgarlofte.system.FormValues;

/**
 * Called when any user task completes: hands it to the feature's recorder that writes its case-file entry in the same
 * transaction, sets the variables the entry changes, and takes confidential entries out of the process's variables.
 */
@Component
public class CaseFileTaskListener implements TaskListener {

    private final Map<String, TaskRecorder> recorders;

    public CaseFileTaskListener(List<TaskRecorder> recorders) {
        Map<String, TaskRecorder> byTask = new HashMap<>();
        for (TaskRecorder recorder : recorders) {
            for (String task : recorder.tasks()) {
                if (byTask.put(task, recorder) != null) {
                    throw new IllegalStateException("Two recorders write the task " + task);
                }
            }
        }
        this.recorders = Map.copyOf(byTask);
    }

    /** The keys of every task some recorder writes. */
    public Set<String> tasks() {
        return recorders.keySet();
    }

    @Override
    public void notify(DelegateTask task) {
        String key = task.getTaskDefinitionKey();
        Map<String, Object> changed = record(new CompletedTask(
                key,
                task.getExecution().getProcessBusinessKey(),
                new FormValues(task::getVariable),
                EngineContext.actor(task.getProcessEngineServices(), task.getAssignee()),
                task.getAssignee(),
                EngineContext.now()));
        changed.forEach(task::setVariable);
        task.getExecution().removeVariables(recorders.get(key).confidentialAfter(key));
    }

    /** Writes the task's entry with its feature's recorder; returns the variables the entry changes. */
    Map<String, Object> record(CompletedTask task) {
        TaskRecorder recorder = recorders.get(task.key());
        if (recorder == null) {
            throw new IllegalStateException("The case file has no entry for task " + task.key());
        }
        return recorder.record(task);
    }
}
