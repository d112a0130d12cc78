package se.medborgarlofte.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import se.medborgarlofte.EngineRestClient;
import se.medborgarlofte.PostgresIntegrationTest;
import se.medborgarlofte.WebappLogin;

/** The exploit requests of CVE-2026-77226 and CVE-2026-109432 are refused and have no effect; hardening is in place. */
@PostgresIntegrationTest
class EndOfLifeVulnerabilitiesIntegrationTests {

    private static final String EXPRESSION_OR_QUERY = """
            {"orQueries":[{"assigneeExpression":"${currentUser()}"}]}""";

    @Autowired
    TestRestTemplate rest;

    @Autowired
    IdentityService identity;

    @Autowired
    FilterService filters;

    @Test
    void theAdminSetupEndpointIsRefusedAndCreatesNoAdministrator() {
        String body = """
                {"profile":{"id":"intruder","firstName":"I","lastName":"N","email":"i@example.com"},"credentials":{"password":"Intruder-2026!x"}}""";
        for (String path : new String[] {
            "/camunda/api/admin/setup/default/user/create",
            "/camunda/api/admin/%73etup/default/user/create",
            "/camunda/api/admin//setup/default/user/create",
            "/camunda/api/admin/./setup/default/user/create",
            "/camunda/api/ADMIN/setup/default/user/create"
        }) {
            ResponseEntity<String> response =
                    rest.exchange(path, HttpMethod.POST, json(body, new HttpHeaders()), String.class);
            assertThat(response.getStatusCode().value()).as(path).isIn(400, 403, 404);
        }
        assertThat(identity.createUserQuery().userId("intruder").count()).isZero();
    }

    @Test
    void expressionsInEngineRestTaskQueriesAreRefused() {
        EngineRestClient polis = EngineRestClient.as(rest, "polis");

        assertThat(polis.post("/task", EngineRestClient.read(EXPRESSION_OR_QUERY))
                        .getStatusCode()
                        .value())
                .isEqualTo(403);
        assertThat(polis.post("/task/count", EngineRestClient.read(EXPRESSION_OR_QUERY))
                        .getStatusCode()
                        .value())
                .isEqualTo(403);
        assertThat(polis.post("/task", EngineRestClient.read("{\"dueBeforeExpression\":\"${now()}\"}"))
                        .getStatusCode()
                        .value())
                .isEqualTo(403);
        assertThat(polis.get("/task?assigneeExpression={e}".replace("{e}", "%24%7BcurrentUser()%7D"))
                        .getStatusCode()
                        .value())
                .isEqualTo(403);
        String groupFilter = filters.createFilterQuery()
                .filterName("Min grupps uppgifter")
                .singleResult()
                .getId();
        assertThat(polis.post("/filter/" + groupFilter + "/list", EngineRestClient.read(EXPRESSION_OR_QUERY))
                        .getStatusCode()
                        .value())
                .isEqualTo(403);
        long filtersBefore = filters.createFilterQuery().count();
        assertThat(polis.post("/filter", EngineRestClient.read("""
                {"resourceType":"Task","name":"Intrång","query":{"assigneeExpression":"${currentUser()}"}}"""))
                        .getStatusCode()
                        .value())
                .isEqualTo(403);
        assertThat(filters.createFilterQuery().count()).isEqualTo(filtersBefore);
    }

    @Test
    void plainQueriesAndStoredFiltersStillWork() {
        EngineRestClient polis = EngineRestClient.as(rest, "polis");
        String groupFilter = filters.createFilterQuery()
                .filterName("Min grupps uppgifter")
                .singleResult()
                .getId();

        assertThat(polis.post(
                                "/task?maxResults=50",
                                EngineRestClient.read(
                                        "{\"candidateGroup\":\"polis\",\"orQueries\":[{\"assignee\":\"polis\"}]}"))
                        .getStatusCode()
                        .value())
                .isEqualTo(200);
        assertThat(polis.get("/filter/" + groupFilter + "/list").getStatusCode().value())
                .isEqualTo(200);
        assertThat(polis.post("/filter/" + groupFilter + "/count", EngineRestClient.read("{}"))
                        .getStatusCode()
                        .value())
                .isEqualTo(200);
    }

    @Test
    void administratorsMayStillQueryWithExpressions() {
        EngineRestClient admin = EngineRestClient.as(rest, "admin");

        // past our filter; the engine itself still refuses ad-hoc expressions (400), which is its own business
        assertThat(admin.post("/task?maxResults=50", EngineRestClient.read(EXPRESSION_OR_QUERY))
                        .getStatusCode()
                        .value())
                .isNotEqualTo(403);
    }

    @Test
    void expressionsInTheWebappsOwnTaskApiAreRefused() {
        WebappLogin.Session polis = WebappLogin.session(rest, "tasklist", "polis", EngineRestClient.DEMO_PASSWORD);

        ResponseEntity<String> exploit = rest.exchange(
                "/camunda/api/engine/engine/default/task",
                HttpMethod.POST,
                json(EXPRESSION_OR_QUERY, polis.headers()),
                String.class);
        ResponseEntity<String> plain = rest.exchange(
                "/camunda/api/engine/engine/default/task?maxResults=15",
                HttpMethod.POST,
                json("{\"candidateGroup\":\"polis\"}", polis.headers()),
                String.class);

        assertThat(exploit.getStatusCode().value()).isEqualTo(403);
        assertThat(plain.getStatusCode().value()).as(plain.getBody()).isEqualTo(200);
    }

    @Test
    void javaSerializedVariablesAreRefused() {
        EngineRestClient samordnare = EngineRestClient.as(rest, "samordnare");
        String instance = samordnare
                .getJson("/process-instance?processDefinitionKey=medborgarlofte&maxResults=1")
                .get(0)
                .path("id")
                .asText();

        ResponseEntity<String> refused = samordnare.post(
                "/process-instance/" + instance + "/variables",
                Map.of(
                        "modifications",
                        Map.of(
                                "payload",
                                Map.of(
                                        "value",
                                        "rO0ABXQABGV2aWw=",
                                        "type",
                                        "Object",
                                        "valueInfo",
                                        Map.of(
                                                "objectTypeName",
                                                "java.lang.String",
                                                "serializationDataFormat",
                                                "application/x-java-serialized-object")))));

        assertThat(refused.getStatusCode().value()).isBetween(400, 499);
        assertThat(samordnare
                        .get("/process-instance/" + instance + "/variables/payload")
                        .getStatusCode()
                        .value())
                .isEqualTo(404);
    }

    @Test
    void responsesCarrySecurityHeaders() {
        ResponseEntity<String> api = rest.withBasicAuth("samordnare", EngineRestClient.DEMO_PASSWORD)
                .getForEntity("/api/pledges", String.class);
        assertThat(api.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(api.getHeaders().getFirst("Content-Security-Policy")).contains("frame-ancestors 'none'");
        ResponseEntity<String> tasklist = rest.getForEntity("/camunda/app/tasklist/default/", String.class);
        assertThat(tasklist.getHeaders().getFirst("Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertThat(tasklist.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(String.join(" ", tasklist.getHeaders().get(HttpHeaders.SET_COOKIE)))
                .contains("SameSite=Strict");
    }

    private static HttpEntity<String> json(String body, HttpHeaders headers) {
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
