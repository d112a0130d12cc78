package se.medborgarlofte.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import se.medborgarlofte.EngineRestClient;
import se.medborgarlofte.PledgeJourney;
import se.medborgarlofte.PostgresIntegrationTest;
import se.medborgarlofte.identity.DemoUser;

/**
 * Every user sees exactly what the engine's own authorization join would show them: Tasklist's filters (lists, counts
 * and the variables they show), {@code /task} and {@code /variable-instance} as every demo user and admin, each query
 * also answered by the engine's join and compared ({@link AuthorizationJoinGuard}); and no such query is left with the
 * join.
 */
@PostgresIntegrationTest
class AuthorizationJoinsIntegrationTests {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ManagementService management;

    @Autowired
    ProcessEngine engine;

    @Test
    void everyUserSeesExactlyWhatTheEnginesJoinWouldShow() {
        PledgeJourney journey = new PledgeJourney(rest, management);
        String fresh = journey.start("Trygg jämförelse", "Jämförelsegatan");
        journey.policePicture(fresh).completeIdentifyNeedUntilJointPicture(fresh);
        String second = journey.start("Trygg andra jämförelse", "Andra gatan");
        String claimed = EngineRestClient.as(rest, "polis")
                .task(second, "compile-police-situation-picture", "polis")
                .path("id")
                .asText();
        ResponseEntity<String> claim =
                EngineRestClient.as(rest, "polis").post("/task/" + claimed + "/claim", Map.of("userId", "polis"));
        assertThat(claim.getStatusCode().value()).as(claim.getBody()).isEqualTo(204);
        AuthorizationJoinGuard.reset();

        List<String> users = new ArrayList<>();
        for (DemoUser user : DemoUser.values()) {
            users.add(user.id());
        }
        users.add("admin");
        Map<String, Integer> visible = new ConcurrentHashMap<>();
        for (String user : users) {
            EngineRestClient client = EngineRestClient.as(rest, user);
            JsonNode tasks = client.getJson("/task?firstResult=0&maxResults=2000");
            visible.put(user, tasks.size());
            assertThat(client.post("/task/count", Map.of()).getStatusCode().value())
                    .isEqualTo(200);
            client.getJson("/variable-instance?firstResult=0&maxResults=2000");
            for (JsonNode filter : client.getJson("/filter?resourceType=Task&firstResult=0&maxResults=50")) {
                String id = filter.path("id").asText();
                ResponseEntity<String> listed =
                        client.post("/filter/" + id + "/list?firstResult=0&maxResults=2000", Map.of());
                assertThat(listed.getStatusCode().value()).as(listed.getBody()).isEqualTo(200);
                assertThat(client.post("/filter/" + id + "/count", Map.of())
                                .getStatusCode()
                                .value())
                        .isEqualTo(200);
            }
            assertThat(client.get("/filter?resourceType=Task&itemCount=true&firstResult=0&maxResults=50")
                            .getStatusCode()
                            .value())
                    .isEqualTo(200);
        }

        assertThat(visible.get("polis")).as("polis sees its tasks").isPositive();
        assertThat(visible.get("kommun")).as("kommun sees its tasks").isPositive();
        assertThat(AuthorizationJoinGuard.UNCHANGED)
                .as("statements with the engine's authorization join that were left as they were")
                .isEmpty();
        assertThat(AuthorizationJoinGuard.DIFFERENT)
                .as("answers that differ from the engine's join")
                .isEmpty();
        assertThat(AuthorizationJoinGuard.COMPARED.keySet())
                .as("the task list, the task count, the variables and the groups with grants were compared")
                .contains(
                        AuthorizedGroupIds.STATEMENT,
                        "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity.selectTaskByQueryCriteria",
                        "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity.selectTaskCountByQueryCriteria",
                        "org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity"
                                + ".selectVariableInstanceByQueryCriteria");
    }

    @Test
    void revokesAreNotCheckedAsConfigured() {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

        assertThat(configuration.getAuthorizationCheckRevokes()).isEqualTo("never");
        assertThat(configuration.getDatabaseType()).isEqualTo(DbSqlSessionFactory.POSTGRES);
        assertThat(configuration.getSqlSessionFactory().getConfiguration().getInterceptors())
                .as("the rewrite is installed")
                .anyMatch(interceptor -> interceptor instanceof AuthorizationJoins.Rewriter);
    }
}
