package se.medborgarlofte.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import se.medborgarlofte.EngineRestClient;
import se.medborgarlofte.PostgresIntegrationTest;

/**
 * The actuator as the orchestrator and the monitoring read it: probes for anyone with the status only, the readiness
 * group made of the database and the job executor, and the metrics with the case gauges for the monitoring group
 * only.
 */
@PostgresIntegrationTest
class OperationsEndpointsIntegrationTests {

    private static final String ADMIN = "admin";

    @Autowired
    private TestRestTemplate rest;

    @Autowired
    private CaseGauges gauges;

    @Autowired
    private TaskService tasks;

    @Test
    void probesAnswerAnyoneWithTheStatusAlone() {
        for (String probe : List.of("/actuator/health/liveness", "/actuator/health/readiness", "/actuator/health")) {
            ResponseEntity<String> answer = rest.getForEntity(probe, String.class);
            assertThat(answer.getStatusCode().value()).as(probe).isEqualTo(200);
            JsonNode body = EngineRestClient.read(answer.getBody());
            assertThat(body.path("status").asText()).as(probe).isEqualTo("UP");
            // the root names its groups, nothing else
            assertThat(names(body)).as("%s shows no details anonymously", probe).isSubsetOf("status", "groups");
        }
        assertThat(rest.getForEntity("/actuator/health/db", String.class)
                        .getStatusCode()
                        .value())
                .as("a component of the health endpoint")
                .isEqualTo(404);
    }

    @Test
    void readinessIsTheDatabaseAndTheJobExecutorAndLivenessStaysLight() {
        JsonNode readiness = asAdmin("/actuator/health/readiness");
        assertThat(names(readiness.path("components")))
                .containsExactlyInAnyOrder("readinessState", "db", "jobExecutor");
        assertThat(readiness.at("/components/db/status").asText()).isEqualTo("UP");
        assertThat(readiness.at("/components/jobExecutor/status").asText()).isEqualTo("UP");
        assertThat(readiness.at("/components/jobExecutor/details/active").asBoolean())
                .isTrue();

        JsonNode liveness = asAdmin("/actuator/health/liveness");
        assertThat(names(liveness.path("components"))).containsExactly("livenessState");
    }

    @Test
    void metricsAreOnlyForTheMonitoringGroup() {
        ResponseEntity<String> anonymous = rest.getForEntity("/actuator/prometheus", String.class);
        assertThat(anonymous.getStatusCode().value()).isEqualTo(401);
        assertThat(anonymous.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE))
                .startsWith("Basic");
        assertThat(anonymous.getBody()).doesNotContain("medborgarlofte_");
        // an unknown user: a wrong password of a real one would delay its next login (login throttling)
        assertThat(rest.withBasicAuth("okand-anvandare", "fel-lösenord")
                        .getForEntity("/actuator/prometheus", String.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(401);
        ResponseEntity<String> coordinator = rest.withBasicAuth("samordnare", EngineRestClient.DEMO_PASSWORD)
                .getForEntity("/actuator/prometheus", String.class);
        assertThat(coordinator.getStatusCode().value()).isEqualTo(403);
        assertThat(coordinator.getBody()).doesNotContain("medborgarlofte_");
        assertThat(rest.getForEntity("/actuator", String.class).getStatusCode().value())
                .as("the list of endpoints")
                .isEqualTo(401);
        assertThat(rest.withBasicAuth("samordnare", EngineRestClient.DEMO_PASSWORD)
                        .getForEntity("/actuator/health/readiness", String.class)
                        .getBody())
                .as("health details for an organisation user")
                .doesNotContain("components");
    }

    @Test
    void theCaseGaugesCountNewPledgesAndTheirTasksAndOverdueTasks() {
        gauges.refresh();
        String before = prometheus();
        Task overdue = overdueTaskFor("forening");
        try {
            String pledge = EngineRestClient.as(rest, "samordnare")
                    .registerPledge("Trygg busstation", "Busstationen", List.of("polisen", "kommunen"));
            assertThat(pledge).startsWith("ML-");
            gauges.refresh();
            String after = prometheus();

            assertThat(gauge(after, "medborgarlofte_pledges", "stage", "identify-need"))
                    .isEqualTo(gauge(before, "medborgarlofte_pledges", "stage", "identify-need") + 1);
            // the police's situation picture; the municipality's and the citizen dialogue
            assertThat(gauge(after, "medborgarlofte_tasks_open", "candidate_group", "polis"))
                    .isEqualTo(gauge(before, "medborgarlofte_tasks_open", "candidate_group", "polis") + 1);
            assertThat(gauge(after, "medborgarlofte_tasks_open", "candidate_group", "kommun"))
                    .isEqualTo(gauge(before, "medborgarlofte_tasks_open", "candidate_group", "kommun") + 2);
            assertThat(gauge(after, "medborgarlofte_tasks_overdue", "candidate_group", "forening"))
                    .isEqualTo(gauge(before, "medborgarlofte_tasks_overdue", "candidate_group", "forening") + 1);
            assertThat(gauge(after, "medborgarlofte_tasks_open", "candidate_group", "forening"))
                    .isEqualTo(gauge(before, "medborgarlofte_tasks_open", "candidate_group", "forening") + 1);
            // every stage and every organisation group is there, at 0 when empty
            assertThat(gauge(after, "medborgarlofte_pledges", "stage", "ended")).isGreaterThanOrEqualTo(0);
            assertThat(gauge(after, "medborgarlofte_tasks_overdue", "candidate_group", "naringsliv"))
                    .isGreaterThanOrEqualTo(0);
            assertThat(gauge(after, "medborgarlofte_jobs_executable", null, null))
                    .isGreaterThanOrEqualTo(0);
            assertThat(gauge(after, "medborgarlofte_jobs_failed", null, null)).isGreaterThanOrEqualTo(0);
            // and the usual: the JVM, the connection pool, HTTP
            assertThat(after).contains("jvm_memory_used_bytes", "hikaricp_connections_active", "http_server_requests");
        } finally {
            tasks.deleteTask(overdue.getId(), true);
        }
    }

    /** A task two days past its deadline for the group, outside any pledge. */
    private Task overdueTaskFor(String group) {
        Task task = tasks.newTask();
        task.setName("Mätvärdenas försenade uppgift");
        task.setDueDate(Date.from(Instant.now().minus(Duration.ofDays(2))));
        tasks.saveTask(task);
        tasks.addCandidateGroup(task.getId(), group);
        return task;
    }

    private String prometheus() {
        ResponseEntity<String> scraped = rest.withBasicAuth(ADMIN, EngineRestClient.DEMO_PASSWORD)
                .getForEntity("/actuator/prometheus", String.class);
        assertThat(scraped.getStatusCode().value()).isEqualTo(200);
        return scraped.getBody();
    }

    private JsonNode asAdmin(String path) {
        ResponseEntity<String> answer =
                rest.withBasicAuth(ADMIN, EngineRestClient.DEMO_PASSWORD).getForEntity(path, String.class);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        return EngineRestClient.read(answer.getBody());
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The value of a gauge (with the label, if one is named) in Prometheus' text format. */
    private static long gauge(String scrape, String name, String label, String value) {
        Pattern line = Pattern.compile("^" + Pattern.quote(name) + "\\{([^}]*)\\} (\\S+)$", Pattern.MULTILINE);
        Matcher matcher = line.matcher(scrape);
        while (matcher.find()) {
            if (label == null || matcher.group(1).contains(label + "=\"" + value + "\"")) {
                return (long) Double.parseDouble(matcher.group(2));
            }
        }
        throw new AssertionError("No " + name + " with " + label + "=" + value + " in the scrape");
    }
}
