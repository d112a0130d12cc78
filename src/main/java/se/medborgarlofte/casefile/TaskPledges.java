package se.medborgarlofte.casefile;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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

    /** The business keys of running process instances, by instance id; unknown ones and those without are left out. */
    public Map<String, String> ofProcessInstances(Collection<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return Map.of();
        }
        return runtime.createProcessInstanceQuery().processInstanceIds(Set.copyOf(processInstanceIds)).list().stream()
                .filter(instance -> instance.getBusinessKey() != null)
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
    }
}
