package se.medborgarlofte.cases;

import java.util.Date;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import se.medborgarlofte.cases.CaseViews.OpenTask;
import se.medborgarlofte.system.EngineContext;

/** The open user tasks of a pledge and its measures, read from the engine (they live there while open). */
@Component
@RequiredArgsConstructor
public class OpenTasks {

    /** Far more than a pledge ever has open; the engine refuses unbounded queries (queryMaxResultsLimit). */
    static final int MAX_TASKS = 500;

    private final TaskService tasks;

    public List<OpenTask> of(String registrationNumber) {
        Date now = Date.from(EngineContext.now());
        return tasks
                .createTaskQuery()
                .processInstanceBusinessKey(registrationNumber)
                .orderByTaskCreateTime()
                .asc()
                .listPage(0, MAX_TASKS)
                .stream()
                .map(task -> view(task, now))
                .toList();
    }

    /** The groups that may claim the task, sorted. */
    List<String> candidateGroups(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .sorted()
                .toList();
    }

    private OpenTask view(Task task, Date now) {
        List<String> groups = candidateGroups(task);
        return new OpenTask(
                task.getId(),
                task.getName(),
                task.getTaskDefinitionKey(),
                groups,
                task.getAssignee(),
                task.getCreateTime().toInstant(),
                task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                task.getDueDate() != null && task.getDueDate().before(now));
    }
}
