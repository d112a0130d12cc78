package se.medborgarlofte.cases;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import se.medborgarlofte.casefile.TaskPledges;
import se.medborgarlofte.system.PrivilegedReads;

/**
 * Which pledge a task or a process instance belongs to, for the caller. A task is looked up with the caller's own
 * rights, so a task they do not see in Tasklist leads nowhere; the process instance's business key is then read
 * without them (users may not read process instances), which tells them nothing beyond the case they may read anyway.
 */
@Component
@RequiredArgsConstructor
public class TaskCases {

    private final TaskService tasks;
    private final RepositoryService repository;
    private final TaskPledges taskPledges;
    private final PrivilegedReads privileged;
    private final CaseQueries queries;

    /** A task the caller sees in Tasklist, with its process instance and the key of its process. */
    public record VisibleTask(String id, String processInstanceId, String processKey) {}

    public Optional<VisibleTask> visibleTask(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null || task.getProcessInstanceId() == null) {
            return Optional.empty();
        }
        String key = privileged.call(() ->
                repository.getProcessDefinition(task.getProcessDefinitionId()).getKey());
        return Optional.of(new VisibleTask(task.getId(), task.getProcessInstanceId(), key));
    }

    /** The pledge of a running process instance (the pledge's own or one of its measures'), if it belongs to one. */
    public Optional<String> pledgeOf(String processInstanceId) {
        return Optional.ofNullable(pledgesOf(Set.of(processInstanceId)).get(processInstanceId));
    }

    /** The pledges of running process instances, by instance id; instances of no pledge are left out. */
    public Map<String, String> pledgesOf(Collection<String> processInstanceIds) {
        Map<String, String> keys = privileged.call(() -> taskPledges.ofProcessInstances(processInstanceIds));
        return keys.entrySet().stream()
                .filter(entry -> queries.exists(entry.getValue()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
