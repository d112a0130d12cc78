package se.medborgarlofte.casefile.process;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import se.medborgarlofte.system.EngineContext;

/**
 * Called when any user task completes: writes its entry to the case file in the same transaction, and takes
 * confidential entries out of the process's variables.
 */
@Component
public class CaseFileTaskListener implements TaskListener {

    private final TaskCompletionRecorder recorder;

    CaseFileTaskListener(TaskCompletionRecorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public void notify(DelegateTask task) {
        Map<String, Object> changed = recorder.record(task.getTaskDefinitionKey(), task.getExecution().getProcessBusinessKey(),
                new Variables(task::getVariable), EngineContext.actor(task.getProcessEngineServices(), task.getAssignee()),
                EngineContext.now());
        changed.forEach(task::setVariable);
        task.getExecution().removeVariables(recorder.confidentialAfter(task.getTaskDefinitionKey()));
    }
}
