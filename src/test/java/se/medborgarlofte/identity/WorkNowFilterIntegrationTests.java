package se.medborgarlofte.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import se.medborgarlofte.EngineRestClient;
import se.medborgarlofte.PledgeJourney;
import se.medborgarlofte.PostgresIntegrationTest;

/**
 * The filter Tasklist opens on, "Att göra nu": for every user, the tasks assigned to them and the tasks of their
 * groups that nobody has taken, the overdue first; the other shared filters stay after it.
 */
@PostgresIntegrationTest
class WorkNowFilterIntegrationTests {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ManagementService management;

    @Autowired
    TaskService tasks;

    @Autowired
    IdentityService identity;

    @Test
    void tasklistOpensOnTheUsersWorkWithTheOtherFiltersAfterIt() {
        for (String user : List.of("polis", "kommun", "forening", "styrgrupp1", "samordnare")) {
            JsonNode filters =
                    EngineRestClient.as(rest, user).getJson("/filter?resourceType=Task&sortBy=name&sortOrder=asc");
            List<String> byPriority = new ArrayList<>();
            filters.forEach(filter -> byPriority.add(filter.path("name").asText()));
            byPriority.sort(Comparator.comparingInt(name -> priority(filters, name)));
            assertThat(byPriority)
                    .as("the filters %s sees, first the one Tasklist opens", user)
                    .startsWith(
                            TasklistFilters.WORK_NOW,
                            TasklistFilters.MY_TASKS,
                            TasklistFilters.MY_GROUPS_TASKS,
                            TasklistFilters.OVERDUE);
        }
    }

    @Test
    void listsTheTasksAssignedToTheUserAndTheUnclaimedTasksOfTheirGroupsOverdueFirst() {
        PledgeJourney journey = new PledgeJourney(rest, management);
        String late = journey.start("Trygg väg till skolan", "Skolvägen");
        String fresh = journey.start("Tryggt vid hamnen", "Hamnen");
        Task overdue = task(late, "compile-police-situation-picture");
        overdue.setDueDate(Date.from(Instant.now().minus(Duration.ofDays(30))));
        tasks.saveTask(overdue);
        Task claimedByAnother = task(fresh, "compile-police-situation-picture");
        tasks.claim(claimedByAnother.getId(), "lpo");

        List<String> polis = workNowAs("polis");

        assertThat(polis).first().as("the overdue task first").isEqualTo(overdue.getId());
        assertThat(polis)
                .as("a group task another member has taken is theirs now")
                .doesNotContain(claimedByAnother.getId());
        assertThat(polis)
                .doesNotContain(task(late, "hold-citizen-dialogue").getId())
                .containsExactlyInAnyOrderElementsOf(workOf("polis"));
        assertThat(workNowAs("kommun")).containsExactlyInAnyOrderElementsOf(workOf("kommun"));
        assertThat(workNowAs("forening")).doesNotContain(overdue.getId());
    }

    private List<String> workNowAs(String user) {
        return EngineRestClient.as(rest, user).filterTaskIds(TasklistFilters.WORK_NOW);
    }

    /** The same question asked of the engine directly: assigned to the user, or unassigned in one of their groups. */
    private List<String> workOf(String user) {
        List<String> groups = identity.createGroupQuery().groupMember(user).list().stream()
                .map(Group::getId)
                .toList();
        return Stream.concat(
                        tasks.createTaskQuery().taskAssignee(user).list().stream(),
                        tasks.createTaskQuery().taskCandidateGroupIn(groups).list().stream())
                .map(Task::getId)
                .distinct()
                .toList();
    }

    private static int priority(JsonNode filters, String name) {
        for (JsonNode filter : filters) {
            if (filter.path("name").asText().equals(name)) {
                return filter.path("properties").path("priority").asInt();
            }
        }
        return Integer.MAX_VALUE;
    }

    private Task task(String pledge, String taskKey) {
        return tasks.createTaskQuery()
                .processInstanceBusinessKey(pledge)
                .taskDefinitionKey(taskKey)
                .singleResult();
    }
}
