package se.medborgarlofte;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Calls the engine REST API as one user, the way Tasklist and API clients do. */
@RequiredArgsConstructor
public final class EngineRestClient {

    public static final String DEMO_PASSWORD = "Tryggare-2026!";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestRestTemplate http;

    public static EngineRestClient as(TestRestTemplate rest, String user) {
        return new EngineRestClient(rest.withBasicAuth(user, DEMO_PASSWORD));
    }

    public static EngineRestClient as(TestRestTemplate rest, String user, String password) {
        return new EngineRestClient(rest.withBasicAuth(user, password));
    }

    /** GETs a resource; lists are paged as Tasklist pages them, since the engine refuses unbounded queries. */
    public ResponseEntity<String> get(String path) {
        String paged = path.contains("maxResults=") ? path : path + (path.contains("?") ? "&" : "?") + "maxResults=200";
        return http.getForEntity("/engine-rest" + paged, String.class);
    }

    public JsonNode getJson(String path) {
        ResponseEntity<String> response = get(path);
        if (!response.getStatusCode().is2xxSuccessful()) {
            throw new AssertionError("GET " + path + " gave " + response.getStatusCode() + ": " + response.getBody());
        }
        return read(response.getBody());
    }

    public ResponseEntity<String> post(String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(
                "/engine-rest" + path, HttpMethod.POST, new HttpEntity<>(write(body), headers), String.class);
    }

    /** The one open task of the pledge with this key for the group, or an assertion error. */
    public JsonNode task(String businessKey, String taskKey, String group) {
        return onlyTask(businessKey, taskKey, "candidateGroup", group);
    }

    /** The user's own open task (e.g. a steering group member's review) of a pledge. */
    public JsonNode assignedTask(String businessKey, String taskKey, String assignee) {
        return onlyTask(businessKey, taskKey, "assignee", assignee);
    }

    private JsonNode onlyTask(String businessKey, String taskKey, String parameter, String value) {
        JsonNode tasks = getJson("/task?processInstanceBusinessKey=" + businessKey + "&taskDefinitionKey=" + taskKey
                + "&" + parameter + "=" + value);
        if (tasks.size() != 1) {
            throw new AssertionError("Expected one open " + taskKey + " with " + parameter + " " + value + " in "
                    + businessKey + " but found " + tasks);
        }
        return tasks.get(0);
    }

    /** Completes the task as Tasklist does when a form is submitted; returns the HTTP status. */
    public int submit(String taskId, Map<String, ?> variables) {
        return post("/task/" + taskId + "/submit-form", Map.of("variables", typed(variables)))
                .getStatusCode()
                .value();
    }

    /** GETs one of our own API's resources (outside the engine REST API) as this user. */
    public ResponseEntity<String> getApi(String path) {
        return http.getForEntity(path, String.class);
    }

    /**
     * Registers a pledge through our API ({@code POST /api/pledges}) as this user, for 2027–2028 with the given parties;
     * returns its registration number, or fails the test.
     */
    public String registerPledge(String title, String area, List<String> parties) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        Map<String, Object> pledge = Map.of(
                "title",
                title,
                "area",
                area,
                "background",
                "Boende beskriver otrygghet sena kvällar.",
                "periodStart",
                "2027-01-01",
                "periodEnd",
                "2028-12-31",
                "parties",
                parties);
        ResponseEntity<String> created =
                http.exchange("/api/pledges", HttpMethod.POST, new HttpEntity<>(pledge, headers), String.class);
        if (created.getStatusCode().value() != 201) {
            throw new AssertionError(
                    "Registering " + title + " gave " + created.getStatusCode() + ": " + created.getBody());
        }
        return read(created.getBody()).at("/summary/registrationNumber").asText();
    }

    /** Any call with a JSON body (or none), for the answers tests look at: status and body. */
    public ResponseEntity<String> exchange(HttpMethod method, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(
                "/engine-rest" + path,
                method,
                new HttpEntity<>(body == null ? null : write(body), headers),
                String.class);
    }

    /** The ids of the tasks the shared Tasklist filter of this name lists for this user. */
    public List<String> filterTaskIds(String filterName) {
        JsonNode filters = getJson("/filter?name=" + filterName);
        if (filters.size() != 1) {
            throw new AssertionError("The filter " + filterName + " is not shared with this user: " + filters);
        }
        ResponseEntity<String> listed =
                post("/filter/" + filters.get(0).path("id").asText() + "/list?maxResults=2000", Map.of());
        if (listed.getStatusCode().value() != 200) {
            throw new AssertionError(
                    "Listing " + filterName + " gave " + listed.getStatusCode() + ": " + listed.getBody());
        }
        List<String> ids = new ArrayList<>();
        read(listed.getBody()).forEach(task -> ids.add(task.path("id").asText()));
        return ids;
    }

    /** Any call with a JSON body (or none), when only the HTTP status matters. */
    public int status(HttpMethod method, String path, Object body) {
        return exchange(method, path, body).getStatusCode().value();
    }

    /** Submits as Tasklist does and returns the whole answer. */
    public ResponseEntity<String> submitForAnswer(String taskId, Map<String, ?> variables) {
        return post("/task/" + taskId + "/submit-form", Map.of("variables", typed(variables)));
    }

    /** The task's variables as plain JSON values (JSON variables parsed), as its form shows them. */
    public Map<String, JsonNode> variables(String taskId) {
        Map<String, JsonNode> values = new java.util.TreeMap<>();
        getJson("/task/" + taskId + "/variables?deserializeValues=false")
                .fields()
                .forEachRemaining(entry -> {
                    JsonNode value = entry.getValue().path("value");
                    values.put(
                            entry.getKey(),
                            "Json".equals(entry.getValue().path("type").asText()) && value.isTextual()
                                    ? read(value.asText())
                                    : value);
                });
        return values;
    }

    /** Engine REST variables: strings and numbers as they are, {@link Json} values typed as Json. */
    public static ObjectNode typed(Map<String, ?> variables) {
        ObjectNode typed = JSON.createObjectNode();
        variables.forEach((name, value) -> {
            ObjectNode variable = typed.putObject(name);
            if (value instanceof JsonNode node && node.isContainerNode()) {
                variable.put("value", node.toString());
                variable.put("type", "Json");
            } else if (value instanceof Json json) {
                variable.put("value", json.text());
                variable.put("type", "Json");
            } else {
                variable.set("value", JSON.valueToTree(value));
            }
        });
        return typed;
    }

    /** A JSON list or object variable, as forms submit dynamic lists and checklists. */
    public record Json(String text) {}

    public static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new AssertionError("Not JSON: " + body, e);
        }
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
