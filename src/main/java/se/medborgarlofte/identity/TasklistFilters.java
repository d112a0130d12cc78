package se.medborgarlofte.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;
import se.medborgarlofte.casefile.CaseVariables;
import se.medborgarlofte.system.Terms;

/** The shared Tasklist filters every user sees, created once by name. */
@Component
@RequiredArgsConstructor
class TasklistFilters {

    static final String WORK_NOW = "Att göra nu";
    static final String MY_TASKS = "Mina uppgifter";
    static final String MY_GROUPS_TASKS = "Min grupps uppgifter";
    static final String OVERDUE = "Försenade";

    private final FilterService filterService;
    private final TaskService taskService;
    private final Terms terms;

    void ensureSharedFilters() {
        // the first filter (lowest priority), where Tasklist opens: what the user can take on now, overdue first
        ensure(
                WORK_NOW,
                -20,
                "Uppgifter som är tilldelade mig och mina gruppers uppgifter som ingen har tagit, försenade först",
                taskService
                        .createTaskQuery()
                        .or()
                        .taskAssigneeExpression("${currentUser()}")
                        .taskCandidateGroupInExpression("${currentUserGroups()}")
                        .endOr()
                        .orderByDueDate()
                        .asc());
        ensure(
                MY_TASKS,
                -10,
                "Uppgifter som är tilldelade mig",
                taskService
                        .createTaskQuery()
                        .taskAssigneeExpression("${currentUser()}")
                        .orderByDueDate()
                        .asc());
        ensure(
                MY_GROUPS_TASKS,
                0,
                "Uppgifter för mina grupper, tilldelade eller inte",
                taskService
                        .createTaskQuery()
                        .taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks()
                        .orderByDueDate()
                        .asc());
        ensure(
                OVERDUE,
                10,
                "Mina gruppers uppgifter som har passerat sitt förfallodatum",
                taskService
                        .createTaskQuery()
                        .taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks()
                        .dueBeforeExpression("${now()}")
                        .orderByDueDate()
                        .asc());
    }

    /**
     * Creates the filter, or brings an existing one's description, order and columns up to date (their words change
     * with the application, e.g. the term for the pledge's number); an existing filter's query is left as it is.
     */
    private void ensure(String name, int priority, String description, TaskQuery query) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("description", description);
        properties.put("priority", priority);
        properties.put("refresh", true);
        properties.put(
                "variables",
                List.of(
                        Map.of("name", CaseVariables.REGISTRATION_NUMBER, "label", terms.pledgeNumber()),
                        Map.of("name", CaseVariables.PLEDGE_TITLE, "label", "Medborgarlöfte"),
                        Map.of("name", CaseVariables.AREA, "label", "Område")));
        List<Filter> existing =
                filterService.createFilterQuery().filterName(name).list();
        if (existing.isEmpty()) {
            filterService.saveFilter(
                    filterService.newTaskFilter(name).setQuery(query).setProperties(properties));
            return;
        }
        for (Filter filter : existing) {
            if (!properties.equals(filter.getProperties())) {
                filterService.saveFilter(filter.setProperties(properties));
            }
        }
    }
}
