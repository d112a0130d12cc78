package se.medborgarlofte.casefile;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** The pledge (registration number) a task or process instance belongs to: the business key of its instance. */
@Component
@RequiredArgsConstructor
public class TaskPledges {

    private final TaskService tasks;
    private final RuntimeService runtime;

    /** The registration number, or null for an unknown task or one outside any pledge. */
    public String ofTask(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        return task == null ? null : ofProcessInstance(task.getProcessInstanceId());
    }

    /** The registration number, or null for an unknown or absent instance or one without business key. */
    public String ofProcessInstance(String processInstanceId) {
        if (processInstanceId == null) {
            return null;
        }
        ProcessInstance instance = runtime.createProcessInstanceQuery()
                .processInstanceId(processInstanceId)
                .singleResult();
        return instance == null ? null : instance.getBusinessKey();
    }
}
