package se.medborgarlofte.taskform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import se.medborgarlofte.system.web.FieldProblem;
import se.medborgarlofte.taskform.Names;
import se.medborgarlofte.taskform.SubmissionRefused;

/**
 * The body of an engine REST completion or start ({@code {"variables": {name: {value, type, valueInfo}}, ...}}): read
 * into plain JSON values for the contract, and written again from what the contract accepted. Only the value types a
 * form can produce are taken; files, bytes, serialized objects and the like are refused.
 */
final class EngineRequestBody {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> SCALAR_TYPES =
            Set.of("string", "integer", "long", "short", "double", "boolean", "null");

    private final ObjectNode body;
    private final Map<String, JsonNode> variables;

    private EngineRequestBody(ObjectNode body, Map<String, JsonNode> variables) {
        this.body = body;
        this.variables = variables;
    }

    /**
     * Reads the body; refuses properties other than {@code allowed} (e.g. start instructions) and variables that are
     * not plain values.
     */
    static EngineRequestBody read(byte[] bytes, Set<String> allowed) {
        JsonNode root;
        try {
            root = bytes.length == 0
                    ? JSON.createObjectNode()
                    : JSON.readTree(new String(bytes, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw refused("body", "Begäran är inte giltig JSON. Skicka {\"variables\": {...}}.");
        }
        if (root == null || !root.isObject()) {
            throw refused("body", "Begäran ska vara ett JSON-objekt: {\"variables\": {...}}.");
        }
        List<FieldProblem> problems = new ArrayList<>();
        root.fieldNames().forEachRemaining(name -> {
            if (!allowed.contains(name)) {
                problems.add(new FieldProblem(
                        Names.safe(name),
                        "Egenskapen '%s' tas inte emot här; skicka bara formulärets variabler."
                                .formatted(Names.safe(name))));
            }
        });
        JsonNode given = root.path("variables");
        if (!given.isMissingNode() && !given.isNull() && !given.isObject()) {
            problems.add(new FieldProblem("variables", "'variables' ska vara ett objekt med en post per fält."));
        }
        Map<String, JsonNode> variables = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> entries = given.isObject() ? given.fields() : Collections.emptyIterator();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            variables.put(entry.getKey(), value(entry.getKey(), entry.getValue(), problems));
        }
        if (!problems.isEmpty()) {
            throw new SubmissionRefused(problems);
        }
        return new EngineRequestBody((ObjectNode) root, variables);
    }

    Map<String, JsonNode> variables() {
        return variables;
    }

    /** The same request with exactly the accepted variables, typed as Tasklist types them, and without {@code dropped}. */
    byte[] withVariables(Map<String, JsonNode> accepted, String... dropped) {
        ObjectNode rewritten = body.deepCopy();
        rewritten.remove(List.of(dropped));
        ObjectNode typed = rewritten.putObject("variables");
        accepted.forEach((name, value) -> {
            ObjectNode variable = typed.putObject(name);
            if (value.isContainerNode()) {
                variable.put("value", value.toString());
                variable.put("type", "Json");
            } else {
                variable.set("value", value);
            }
        });
        return rewritten.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static JsonNode value(String name, JsonNode variable, List<FieldProblem> problems) {
        if (!variable.isObject()) {
            problems.add(new FieldProblem(
                    Names.safe(name), "Variabeln '%s' ska skickas som {\"value\": ...}.".formatted(Names.safe(name))));
            return null;
        }
        String type = variable.path("type").asText("").toLowerCase(Locale.ROOT);
        JsonNode value = variable.path("value");
        if (type.isEmpty() || SCALAR_TYPES.contains(type)) {
            return value.isMissingNode() ? JSON.nullNode() : value;
        }
        boolean json = type.equals("json")
                || (type.equals("object")
                        && "application/json"
                                .equals(variable.path("valueInfo")
                                        .path("serializationDataFormat")
                                        .asText()));
        if (json && (value.isTextual() || value.isNull())) {
            try {
                return value.isNull() ? JSON.nullNode() : JSON.readTree(value.asText());
            } catch (JsonProcessingException e) {
                problems.add(new FieldProblem(
                        Names.safe(name), "Värdet av '%s' är inte giltig JSON.".formatted(Names.safe(name))));
                return null;
            }
        }
        problems.add(new FieldProblem(
                Names.safe(name),
                "Variabeln '%s' kan inte tas emot som typen '%s'; formulärets fält tar text, tal,"
                                .formatted(Names.safe(name), Names.safe(type))
                        + " sant/falskt eller JSON-listor."));
        return null;
    }

    private static SubmissionRefused refused(String field, String message) {
        return new SubmissionRefused(List.of(new FieldProblem(field, message)));
    }
}
