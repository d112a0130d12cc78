package se.medborgarlofte.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import se.medborgarlofte.EngineRestClient;
import se.medborgarlofte.PledgeJourney;
import se.medborgarlofte.PostgresIntegrationTest;

/** The shared Tasklist filter "Försenade" lists exactly the overdue tasks of the user's groups, as that user. */
@PostgresIntegrationTest
class OverdueFilterIntegrationTests {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ManagementService management;

    @Autowired
    TaskService tasks;

    @Autowired
    IdentityService identity;

    @Test
    void listsExactlyTheOverdueTasksOfTheUsersGroups() {
        String pledge = new PledgeJourney(rest, management).start("Trygg försening", "Förseningsgatan");
        Date yesterday = Date.from(Instant.now().minus(Duration.ofDays(1)));
        Task police = task(pledge, "compile-police-situation-picture");
        Task dialogue = task(pledge, "hold-citizen-dialogue");
        Task municipal = task(pledge, "compile-municipal-situation-picture");
        police.setDueDate(yesterday);
        tasks.saveTask(police);
        dialogue.setDueDate(yesterday);
        tasks.saveTask(dialogue);

        List<String> polis = overdueAs("polis");
        List<String> kommun = overdueAs("kommun");

        assertThat(polis).contains(police.getId()).doesNotContain(dialogue.getId(), municipal.getId());
        assertThat(kommun).contains(dialogue.getId()).doesNotContain(police.getId(), municipal.getId());
        assertThat(polis)
                .as("exactly the overdue tasks of polis's groups")
                .containsExactlyInAnyOrderElementsOf(overdueOfGroups("polis"));
        assertThat(kommun)
                .as("exactly the overdue tasks of kommun's groups")
                .containsExactlyInAnyOrderElementsOf(overdueOfGroups("kommun"));
        assertThat(overdueAs("forening")).doesNotContain(police.getId(), dialogue.getId());
    }

    private List<String> overdueAs(String user) {
        EngineRestClient client = EngineRestClient.as(rest, user);
        JsonNode filters = client.getJson("/filter?name=" + TasklistFilters.OVERDUE);
        assertThat(filters).as("the filter is shared with " + user).hasSize(1);
        ResponseEntity<String> listed =
                client.post("/filter/" + filters.get(0).path("id").asText() + "/list?maxResults=2000", Map.of());
        assertThat(listed.getStatusCode().value()).as(listed.getBody()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        EngineRestClient.read(listed.getBody())
                .forEach(task -> ids.add(task.path("id").asText()));
        return ids;
    }

    /** The same question asked of the engine directly: tasks of the user's groups (assigned or not) due before now. */
    private List<String> overdueOfGroups(String user) {
        List<String> groups = identity.createGroupQuery().groupMember(user).list().stream()
                .map(Group::getId)
                .toList();
        return tasks
                .createTaskQuery()
                .taskCandidateGroupIn(groups)
                .includeAssignedTasks()
                .dueBefore(new Date())
                .list()
                .stream()
                .map(Task::getId)
                .toList();
    }

    private Task task(String pledge, String taskKey) {
        return tasks.createTaskQuery()
                .processInstanceBusinessKey(pledge)
                .taskDefinitionKey(taskKey)
                .singleResult();
    }
}
