package se.medborgarlofte.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import se.medborgarlofte.EngineRestClient;
import se.medborgarlofte.PledgeJourney;
import se.medborgarlofte.PostgresIntegrationTest;
import se.medborgarlofte.WebappLogin;

/**
 * Users × endpoints × expected answer: our API, its documents, our pages, the engine REST API and the webapps. Each
 * cell is its own test, named "user METHOD path → status".
 */
@PostgresIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixIntegrationTests {

    private static final String ANONYMOUS = "anonym";
    private static final List<String> USERS = List.of(
            "samordnare",
            "kommun",
            "kso",
            "polis",
            "lpo",
            "forening",
            "bostadsbolag",
            "styrgrupp1",
            "admin",
            ANONYMOUS);
    private static final Set<String> PUBLIC_ONLY = Set.of("forening", "bostadsbolag");
    private static final Set<String> READ_PLEDGE_DEFINITION =
            Set.of("samordnare", "kommun", "kso", "polis", "lpo", "styrgrupp1", "admin");

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ManagementService management;

    private final Map<String, WebappLogin.Session> sessions = new HashMap<>();
    private String pledge;
    private String processInstanceId;
    /** The police's situation-picture task of a second pledge: the target of the attempts to change a task directly. */
    private String openTask;

    @BeforeAll
    void drivePledgeThroughAFollowUp() {
        PledgeJourney journey = new PledgeJourney(rest, management);
        pledge = journey.start("Trygg matris", "Matristorget");
        journey.identifyNeed(pledge)
                .draft(pledge, PledgeJourney.COMMITMENTS)
                .sign(pledge)
                .policeReport(pledge)
                .followUpAndReview(pledge, "continue")
                .publishFollowUpFeedback(pledge, "Polisen har startat tre nya grannsamverkansområden.");
        processInstanceId = journey.processInstanceId(pledge);
        String other = journey.start("Trygg ändring", "Ändringstorget");
        openTask = EngineRestClient.as(rest, "polis")
                .task(other, "compile-police-situation-picture", "polis")
                .path("id")
                .asText();
    }

    @TestFactory
    Stream<DynamicTest> everyUserGetsExactlyTheAnswerTheirRoleAllows() {
        List<DynamicTest> cells = new ArrayList<>();
        for (String user : USERS) {
            boolean anonymous = user.equals(ANONYMOUS);
            int reader = anonymous ? 401 : 200;
            int internal = anonymous ? 401 : PUBLIC_ONLY.contains(user) ? 403 : 200;
            cells.add(cell(user, "GET", "/api/pledges", reader));
            cells.add(cell(user, "GET", "/api/pledges/" + pledge, reader));
            cells.add(cell(user, "GET", "/api/pledges/" + pledge + "/timeline", internal));
            cells.add(cell(user, "GET", "/api/pledges/" + pledge + "/indicators", internal));
            cells.add(cell(user, "GET", "/api/pledges/" + pledge + "/document.pdf", reader));
            cells.add(cell(user, "GET", "/api/pledges/" + pledge + "/follow-up-report.csv", internal));
            cells.add(cell(user, "GET", "/api/audit", anonymous ? 401 : user.equals("samordnare") ? 200 : 403));
            // the pages, with the webapps' login: the start page for anyone, the case pages for every organisation
            // (each sees what the API shows them) and the login page (401) for anonymous visitors
            cells.add(cell(user, "GET", "/", 200));
            cells.add(cell(user, "GET", "/arenden", reader));
            cells.add(cell(user, "GET", "/arenden/" + pledge, reader));
            cells.add(cell(user, "POST", "/api/pledges", anonymous ? 401 : user.equals("samordnare") ? 201 : 403));
            // the engine hides what a user may not read (404) and refuses what they may read but not do (403)
            boolean readsDefinition = READ_PLEDGE_DEFINITION.contains(user);
            cells.add(cell(
                    user,
                    "GET",
                    "/engine-rest/process-definition/key/medborgarlofte",
                    anonymous ? 401 : readsDefinition ? 200 : 404));
            cells.add(cell(
                    user,
                    "POST",
                    "/engine-rest/process-definition/key/medborgarlofte/start",
                    anonymous
                            ? 401
                            : Set.of("samordnare", "admin").contains(user) ? 200 : readsDefinition ? 403 : 404));
            cells.add(cell(
                    user,
                    "GET",
                    "/engine-rest/process-instance/" + processInstanceId,
                    anonymous ? 401 : Set.of("samordnare", "admin").contains(user) ? 200 : 404));
            cells.add(cell(
                    user,
                    "GET",
                    "/engine-rest/history/process-instance/" + processInstanceId,
                    anonymous ? 401 : Set.of("samordnare", "admin").contains(user) ? 200 : 404));
            cells.add(cell(
                    user,
                    "POST",
                    "/engine-rest/authorization/create",
                    anonymous ? 401 : user.equals("admin") ? 200 : 403));
            // a task changes only by being claimed and completed with its form; its candidates (polis) included
            int administrator = anonymous ? 401 : user.equals("admin") ? 204 : 403;
            cells.add(cell(user, "POST", "/engine-rest/task/" + openTask + "/identity-links", administrator));
            cells.add(
                    cell(user, "PUT", "/engine-rest/task/" + openTask + "/variables/steeringDecision", administrator));
            cells.add(cell(user, "POST", "/engine-rest/task/" + openTask + "/localVariables", administrator));
            cells.add(cell(user, "POST", "/engine-rest/task/" + openTask + "/assignee", administrator));
            cells.add(cell(
                    user,
                    "POST",
                    "/engine-rest/task/" + openTask + "/submit-form",
                    anonymous ? 401 : user.equals("admin") || user.equals("polis") ? 400 : 403));
        }
        return cells.stream();
    }

    @Test
    void thePoliceSituationPictureIsOnlyForThePoliceAndTheCoordinator() {
        for (String user : USERS.subList(0, USERS.size() - 1)) {
            JsonNode story = EngineRestClient.read(rest.withBasicAuth(user, EngineRestClient.DEMO_PASSWORD)
                    .getForEntity("/api/pledges/" + pledge, String.class)
                    .getBody());
            List<String> sources = new ArrayList<>();
            story.path("situationPictures")
                    .forEach(picture -> sources.add(picture.path("source").asText()));
            if (Set.of("samordnare", "polis", "lpo", "admin").contains(user)) {
                assertThat(sources).as(user).contains("police");
            } else {
                assertThat(sources).as(user).doesNotContain("police");
                assertThat(story.toString()).as(user).doesNotContain("Skadegörelse och bilbränder");
            }
            if (PUBLIC_ONLY.contains(user)) {
                assertThat(story.path("approvals")).as(user).isEmpty();
                assertThat(story.path("decisions")).as(user).isEmpty();
                assertThat(story.path("commitments")).as(user).hasSize(2);
            }
        }
    }

    @Test
    void otherGroupsFormsCannotReadThePoliceSituationPicture() {
        PledgeJourney journey = new PledgeJourney(rest, management);
        String fresh = journey.start("Trygg kaj", "Kajen");
        journey.policePicture(fresh);

        EngineRestClient kommun = EngineRestClient.as(rest, "kommun");
        String municipalTask = kommun.task(fresh, "compile-municipal-situation-picture", "kommun")
                .path("id")
                .asText();
        assertThat(kommun.getJson("/task/" + municipalTask + "/form-variables").has("policeWhat"))
                .isFalse();
        assertThat(kommun.getJson("/task/" + municipalTask + "/variables").toString())
                .doesNotContain("Skadegörelse och bilbränder");

        journey.completeIdentifyNeedUntilJointPicture(fresh);
        EngineRestClient samordnare = EngineRestClient.as(rest, "samordnare");
        String jointTask = samordnare
                .task(fresh, "compile-joint-situation-picture", "samordnare")
                .path("id")
                .asText();
        assertThat(samordnare
                        .getJson("/task/" + jointTask + "/form-variables")
                        .path("policeWhat")
                        .path("value")
                        .asText())
                .isEqualTo("Skadegörelse och bilbränder");
    }

    @Test
    void browsersUseTheApiWithTheirTasklistSessionAndTheCsrfToken() {
        WebappLogin.Session session =
                WebappLogin.session(rest, "tasklist", "samordnare", EngineRestClient.DEMO_PASSWORD);
        Map<String, Object> pledge = Map.of(
                "title",
                "Trygg webbsession",
                "area",
                "Torget",
                "background",
                "Prövar inloggning med webbsessionen.",
                "periodStart",
                "2027-01-01",
                "periodEnd",
                "2027-12-31",
                "parties",
                List.of("polisen"));

        HttpHeaders withoutToken = new HttpHeaders();
        withoutToken.set(HttpHeaders.COOKIE, session.cookies());
        withoutToken.setContentType(MediaType.APPLICATION_JSON);
        assertThat(rest.exchange("/api/pledges", HttpMethod.GET, new HttpEntity<>(withoutToken), String.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(200);
        assertThat(rest.exchange("/api/pledges", HttpMethod.POST, new HttpEntity<>(pledge, withoutToken), String.class)
                        .getStatusCode()
                        .value())
                .as("change without the CSRF token")
                .isEqualTo(403);
        assertThat(rest.exchange(
                                "/api/pledges",
                                HttpMethod.POST,
                                new HttpEntity<>(pledge, session.headers()),
                                String.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(201);
    }

    @Test
    void onlyTheCoordinatorAndTheAdministratorReachCockpitAndOnlyTheAdministratorAdmin() {
        for (String user : USERS.subList(0, USERS.size() - 1)) {
            ResponseEntity<String> login = WebappLogin.login(rest, "tasklist", user, EngineRestClient.DEMO_PASSWORD);
            assertThat(login.getStatusCode().value()).as(user).isEqualTo(200);
            String apps = EngineRestClient.read(login.getBody())
                    .path("authorizedApps")
                    .toString();
            assertThat(apps).as(user).contains("tasklist");
            assertThat(apps.contains("cockpit"))
                    .as(user + " in cockpit")
                    .isEqualTo(Set.of("samordnare", "admin").contains(user));
            assertThat(apps.contains("admin")).as(user + " in admin").isEqualTo(user.equals("admin"));
        }
    }

    @Test
    void associationsSeeOnlyTheirOwnTasks() {
        JsonNode tasks = EngineRestClient.as(rest, "forening").getJson("/task");
        List<String> groups = new ArrayList<>();
        tasks.forEach(task -> groups.add(task.path("taskDefinitionKey").asText()));
        assertThat(groups)
                .allMatch(key ->
                        key.equals("plan-measure") || key.equals("report-occurrence") || key.equals("close-measure"));
        assertThat(EngineRestClient.as(rest, "polis")
                        .getJson("/task?processInstanceBusinessKey=" + pledge)
                        .toString())
                .contains("report-occurrence")
                .doesNotContain("compile-follow-up");
    }

    private DynamicTest cell(String user, String method, String path, int expected) {
        return DynamicTest.dynamicTest(
                user + " " + method + " "
                        + path.replace(pledge, "{nr}")
                                .replace(processInstanceId, "{id}")
                                .replace(openTask, "{task}") + " → " + expected,
                () -> assertThat(call(user, method, path)).isEqualTo(expected));
    }

    private int call(String user, String method, String path) {
        if (path.equals("/") || path.startsWith("/arenden")) {
            return page(user, path);
        }
        TestRestTemplate client =
                user.equals(ANONYMOUS) ? rest : rest.withBasicAuth(user, EngineRestClient.DEMO_PASSWORD);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        Object body = null;
        if (method.equals("POST") && path.equals("/api/pledges")) {
            body = Map.of(
                    "title",
                    "Matris " + user,
                    "area",
                    "Matristorget",
                    "background",
                    "Prövar vem som får registrera löften.",
                    "periodStart",
                    "2027-01-01",
                    "periodEnd",
                    "2027-12-31",
                    "parties",
                    List.of("polisen"));
        } else if (path.endsWith("/start")) {
            body = Map.of(
                    "variables",
                    EngineRestClient.typed(Map.of(
                            "pledgeTitle",
                            "Matris " + user,
                            "area",
                            "Matristorget",
                            "periodStart",
                            "2027-01-01",
                            "periodEnd",
                            "2027-12-31",
                            "background",
                            "Prövar vem som får starta ett löfte.",
                            "parties",
                            new EngineRestClient.Json("[\"polisen\",\"kommunen\"]"))));
        } else if (path.endsWith("/identity-links")) {
            body = Map.of("userId", "polis", "type", "candidate");
        } else if (path.contains("/variables/")) {
            body = Map.of("value", "close");
        } else if (path.endsWith("/localVariables")) {
            body = Map.of("modifications", Map.of("reviewerId", Map.of("value", "styrgrupp2")));
        } else if (path.endsWith("/assignee")) {
            body = Map.of("userId", "polis");
        } else if (path.endsWith("/submit-form")) {
            // a foreign variable only: refused to the candidate by the form, to everyone else as not theirs; an
            // administrator passes the form but not the case file's own checks
            body = Map.of("variables", Map.of("steeringDecision", Map.of("value", "close")));
        } else if (path.endsWith("/authorization/create")) {
            body = Map.of(
                    "type",
                    1,
                    "permissions",
                    List.of("ALL"),
                    "groupId",
                    "matris-testgrupp",
                    "resourceType",
                    6,
                    "resourceId",
                    "*");
        }
        ResponseEntity<byte[]> response = client.exchange(
                path,
                HttpMethod.valueOf(method),
                body == null ? new HttpEntity<>(headers) : new HttpEntity<>(body, headers),
                byte[].class);
        return response.getStatusCode().value();
    }

    /** A page as the browser of a user logged in to Tasklist asks for it. */
    private int page(String user, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.TEXT_HTML));
        if (!user.equals(ANONYMOUS)) {
            headers.set(
                    HttpHeaders.COOKIE,
                    sessions.computeIfAbsent(
                                    user,
                                    name -> WebappLogin.session(rest, "tasklist", name, EngineRestClient.DEMO_PASSWORD))
                            .cookies());
        }
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), byte[].class)
                .getStatusCode()
                .value();
    }
}
