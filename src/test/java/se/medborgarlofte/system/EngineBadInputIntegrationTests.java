package se.medborgarlofte.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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
 * Wrong, missing, over-long, wrongly typed and malformed input to a task, over the engine REST API and over the
 * webapps' API that Tasklist uses: each is a 4xx with a Swedish message, never a 500 and never anything internal (the
 * {@code ErrorBodyGuard} reads every answer), and the task is still open and unchanged afterwards.
 */
@PostgresIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EngineBadInputIntegrationTests {

    private static final String UNKNOWN_TASK = "00000000-0000-0000-0000-000000000000";
    private static final String VALID = """
            "dialogueMethod":{"value":"enkat"},"dialogueStart":{"value":"2026-09-01"},"dialogueEnd":{"value":"2026-09-30"},
            "dialogueParticipants":{"value":10}""";

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ManagementService management;

    private String pledge;
    private String taskId;
    private WebappLogin.Session tasklist;

    @BeforeAll
    void openADialogueTask() {
        pledge = new PledgeJourney(rest, management).start("Felaktig indata", "Indatatorget");
        taskId = EngineRestClient.as(rest, "kommun")
                .task(pledge, "hold-citizen-dialogue", "kommun")
                .path("id")
                .asText();
        tasklist = WebappLogin.session(rest, "tasklist", "kommun", EngineRestClient.DEMO_PASSWORD);
    }

    /** Submissions of the dialogue task, each wrong in one way, and the status each must get. */
    private Map<String, Map.Entry<String, Integer>> wrongSubmissions() {
        Map<String, Map.Entry<String, Integer>> wrong = new LinkedHashMap<>();
        Function<String, String> concerns =
                text -> "{\"variables\":{" + VALID + ",\"dialogueConcerns\":{\"value\":\"" + text + "\"}}}";
        Function<String, String> with = variable ->
                "{\"variables\":{" + VALID + ",\"dialogueConcerns\":{\"value\":\"Mörkt i parken\"}," + variable + "}}";
        wrong.put("a text of 5,000 characters", Map.entry(concerns.apply("x".repeat(5_000)), 400));
        wrong.put("a text of 100,000 characters", Map.entry(concerns.apply("x".repeat(100_000)), 400));
        wrong.put("a text of 1,000,000 characters", Map.entry(concerns.apply("x".repeat(1_000_000)), 400));
        wrong.put("a body of 20 MB", Map.entry(concerns.apply("x".repeat(20_000_000)), 413));
        wrong.put("a NUL byte in a text", Map.entry(concerns.apply("Mörkt\\u0000i parken"), 400));
        wrong.put(
                "a NUL byte in a choice",
                Map.entry(with.apply("\"dialogueMethod\":{\"value\":\"enk\\u0000at\"}"), 400));
        wrong.put("a word for a number", Map.entry(with.apply("\"dialogueParticipants\":{\"value\":\"många\"}"), 400));
        wrong.put("a negative count", Map.entry(with.apply("\"dialogueParticipants\":{\"value\":-5}"), 400));
        wrong.put("a huge count", Map.entry(with.apply("\"dialogueParticipants\":{\"value\":1e20}"), 400));
        wrong.put("a count with decimals", Map.entry(with.apply("\"dialogueParticipants\":{\"value\":2.5}"), 400));
        wrong.put("a word for a date", Map.entry(with.apply("\"dialogueStart\":{\"value\":\"igår\"}"), 400));
        wrong.put(
                "a day that does not exist",
                Map.entry(with.apply("\"dialogueStart\":{\"value\":\"2026-02-30\"}"), 400));
        wrong.put(
                "a choice outside the options",
                Map.entry(with.apply("\"dialogueMethod\":{\"value\":\"hackers\"}"), 400));
        wrong.put(
                "a variable the form does not have", Map.entry(with.apply("\"stage\":{\"value\":\"conclude\"}"), 400));
        wrong.put(
                "a very long variable name",
                Map.entry(with.apply("\"" + "v".repeat(10_000) + "\":{\"value\":1}"), 400));
        wrong.put("a file", Map.entry(with.apply("\"dialogueConcerns\":{\"value\":\"QUJD\",\"type\":\"File\"}"), 400));
        wrong.put("bytes", Map.entry(with.apply("\"dialogueConcerns\":{\"value\":\"QUJD\",\"type\":\"Bytes\"}"), 400));
        wrong.put(
                "a Java object",
                Map.entry(
                        with.apply(
                                "\"dialogueConcerns\":{\"value\":\"rO0AB\",\"type\":\"Object\","
                                        + "\"valueInfo\":{\"serializationDataFormat\":\"application/x-java-serialized-object\",\"objectTypeName\":\"java.util.Date\"}}"),
                        400));
        wrong.put(
                "a Json value that is not JSON",
                Map.entry(with.apply("\"dialogueConcerns\":{\"value\":\"[\",\"type\":\"Json\"}"), 400));
        wrong.put("a variable that is not an object", Map.entry(with.apply("\"dialogueConcerns\":\"Mörkt\""), 400));
        wrong.put("nothing at all", Map.entry("{}", 400));
        wrong.put("an empty body", Map.entry("", 400));
        wrong.put("malformed JSON", Map.entry("{\"variables\":{", 400));
        wrong.put("a list instead of an object", Map.entry("[1,2,3]", 400));
        wrong.put("variables as a text", Map.entry("{\"variables\":\"alla\"}", 400));
        wrong.put(
                "JSON nested 5,000 levels deep",
                Map.entry("{\"variables\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}", 400));
        wrong.put("an extra property", Map.entry("{\"variables\":{" + VALID + "},\"withoutListeners\":true}", 400));
        return wrong;
    }

    @TestFactory
    Stream<DynamicTest> everyWrongSubmissionIsAClientErrorOnBothApis() {
        List<DynamicTest> tests = new ArrayList<>();
        wrongSubmissions().forEach((what, submission) -> {
            tests.add(DynamicTest.dynamicTest(
                    "engine REST: " + what + " → " + submission.getValue(),
                    () -> assertRefused(
                            engineRest(HttpMethod.POST, "/task/" + taskId + "/submit-form", submission.getKey()),
                            submission.getValue())));
            tests.add(DynamicTest.dynamicTest(
                    "Tasklist's API: " + what + " → " + submission.getValue(),
                    () -> assertRefused(
                            webapps(HttpMethod.POST, "/task/" + taskId + "/submit-form", submission.getKey()),
                            submission.getValue())));
        });
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> unknownTasksAre404OnBothApis() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String call : List.of(
                "GET /deployed-form",
                "GET /form-variables",
                "GET /variables",
                "POST /submit-form",
                "POST /complete",
                "POST /claim",
                "POST /unclaim",
                "GET /identity-links")) {
            HttpMethod method = HttpMethod.valueOf(call.substring(0, call.indexOf(' ')));
            String path = "/task/" + UNKNOWN_TASK + call.substring(call.indexOf(' ') + 1);
            String body = method == HttpMethod.POST ? "{\"variables\":{}}" : null;
            tests.add(DynamicTest.dynamicTest(
                    "engine REST: " + call + " of an unknown task → 404",
                    () -> assertRefused(engineRest(method, path, body), 404)));
            tests.add(DynamicTest.dynamicTest(
                    "Tasklist's API: " + call + " of an unknown task → 404",
                    () -> assertRefused(webapps(method, path, body), 404)));
            tests.add(DynamicTest.dynamicTest(
                    "engine REST as administrator: " + call + " of an unknown task → 404",
                    () -> assertRefused(as("admin", method, path, body), 404)));
        }
        return tests.stream();
    }

    @Test
    void aWeakPasswordIsRefusedWithThePolicyInSwedish() {
        ResponseEntity<String> created = as(
                "admin",
                HttpMethod.POST,
                "/user/create",
                "{\"profile\":{\"id\":\"svag\",\"firstName\":\"Svag\",\"lastName\":\"Lösen\",\"email\":\"svag@example.se\"},"
                        + "\"credentials\":{\"password\":\"abc\"}}");

        assertThat(created.getStatusCode().value()).isEqualTo(400);
        assertThat(EngineRestClient.read(created.getBody()).path("message").asText())
                .contains("lösenordspolicyn");
    }

    @Test
    void aListWithoutAPageSizeIsAskedForOneInSwedish() {
        ResponseEntity<String> unbounded = as("kommun", HttpMethod.GET, "/task", null);

        assertThat(unbounded.getStatusCode().value()).isEqualTo(400);
        assertThat(EngineRestClient.read(unbounded.getBody()).path("message").asText())
                .contains("ange maxResults");
    }

    private void assertRefused(ResponseEntity<String> answer, int status) {
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(status);
        assertThat(EngineRestClient.read(answer.getBody()).path("message").asText())
                .isNotBlank();
        assertThat(EngineRestClient.as(rest, "kommun")
                        .getJson("/task/" + taskId)
                        .path("id")
                        .asText())
                .as("the task is still open")
                .isEqualTo(taskId);
        assertThat(EngineRestClient.as(rest, "admin").variables(taskId))
                .doesNotContainKeys("dialogueConcerns", "stage");
    }

    private ResponseEntity<String> engineRest(HttpMethod method, String path, String body) {
        return as("kommun", method, path, body);
    }

    private ResponseEntity<String> as(String user, HttpMethod method, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, EngineRestClient.DEMO_PASSWORD)
                .exchange("/engine-rest" + path, method, new HttpEntity<>(body, headers), String.class);
    }

    private ResponseEntity<String> webapps(HttpMethod method, String path, String body) {
        return rest.exchange(
                "/camunda/api/engine/engine/default" + path,
                method,
                new HttpEntity<>(body, tasklist.headers()),
                String.class);
    }
}
