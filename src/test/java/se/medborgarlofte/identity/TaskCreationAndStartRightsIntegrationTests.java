package se.medborgarlofte.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import se.medborgarlofte.EngineRestClient;
import se.medborgarlofte.PostgresIntegrationTest;
import se.medborgarlofte.WebappLogin;

/**
 * What Tasklist no longer offers is refused by the server as well: no organisation user creates a standalone task,
 * through the engine REST API, the webapps' API or (should a way past the HTTP layer ever open) the engine itself,
 * which grants no TASK CREATE; only the coordinators may start a process, and the question Tasklist asks to show
 * "Starta process" (see {@code navbar-actions.js}) answers so.
 */
@PostgresIntegrationTest
class TaskCreationAndStartRightsIntegrationTests {

    /** The query behind Tasklist's "Starta process": the processes its start dialog would list for the user. */
    private static final String STARTABLE =
            "/process-definition/count?latestVersion=true&active=true&startableInTasklist=true&startablePermissionCheck=true";

    @Autowired
    TestRestTemplate rest;

    @Autowired
    TaskService tasks;

    @Autowired
    RuntimeService runtime;

    @Autowired
    IdentityService identity;

    @ParameterizedTest
    @ValueSource(strings = {"polis", "samordnare"})
    void organisationUsersCannotCreateAStandaloneTask(String user) {
        String name = "Fristående uppgift av " + user;
        Map<String, String> task = Map.of("name", name);

        ResponseEntity<String> engineRest = EngineRestClient.as(rest, user).post("/task/create", task);
        WebappLogin.Session session = WebappLogin.session(rest, "tasklist", user, EngineRestClient.DEMO_PASSWORD);
        ResponseEntity<String> webapp = rest.exchange(
                "/camunda/api/engine/engine/default/task/create",
                HttpMethod.POST,
                new HttpEntity<>(task, session.headers()),
                String.class);

        assertThat(engineRest.getStatusCode().value()).as(engineRest.getBody()).isEqualTo(403);
        assertThat(webapp.getStatusCode().value()).as(webapp.getBody()).isEqualTo(403);
        assertThat(engineRest.getBody()).contains("Fristående uppgifter skapas inte här");
        assertThat(tasks.createTaskQuery().taskName(name).count()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"polis", "samordnare"})
    void theEngineGrantsNoOrganisationUserToCreateTasks(String user) {
        Task task = tasks.newTask();
        task.setName("Fristående uppgift i motorn av " + user);
        identity.setAuthentication(user, List.of(user));
        try {
            assertThatThrownBy(() -> tasks.saveTask(task)).isInstanceOf(AuthorizationException.class);
        } finally {
            identity.clearAuthentication();
        }
        assertThat(tasks.createTaskQuery().taskName(task.getName()).count()).isZero();
    }

    @Test
    void onlyTheCoordinatorsMayStartAProcess() {
        EngineRestClient polis = EngineRestClient.as(rest, "polis");

        assertThat(EngineRestClient.as(rest, "samordnare")
                        .getJson(STARTABLE)
                        .path("count")
                        .asLong())
                .as("processes samordnare may start")
                .isPositive();
        assertThat(polis.getJson(STARTABLE).path("count").asLong())
                .as("processes polis may start")
                .isZero();
        ResponseEntity<String> start = polis.post("/process-definition/key/medborgarlofte/start", Map.of());
        assertThat(start.getStatusCode().value()).as(start.getBody()).isEqualTo(403);
        identity.setAuthentication("polis", List.of("polis"));
        try {
            assertThatThrownBy(() -> runtime.startProcessInstanceByKey("medborgarlofte"))
                    .isInstanceOf(AuthorizationException.class);
        } finally {
            identity.clearAuthentication();
        }
    }
}
