package se.medborgarlofte.system;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * Converts between JSON process variables (lists submitted by forms, stored by the Spin plugin) and JSON text,
 * so that services work on plain strings and never on engine types.
 */
public final class JsonVariables {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonVariables() {}

    /** The JSON text of a variable value, or {@code null} when the variable is absent. */
    public static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof SpinJsonNode node) {
            return node.toString();
        }
        if (value instanceof JsonValue json) {
            return json.getValueSerialized();
        }
        if (value instanceof CharSequence chars) {
            return chars.toString();
        }
        throw new IllegalArgumentException(
                "Expected a JSON variable but found " + value.getClass().getName());
    }

    /** The strings of a JSON list variable (e.g. a checklist); absent is empty. */
    public static List<String> strings(Object value) {
        String json = text(value);
        List<String> strings = new ArrayList<>();
        if (json == null || json.isBlank()) {
            return strings;
        }
        try {
            JsonNode list = MAPPER.readTree(json);
            if (!list.isArray()) {
                throw new IllegalArgumentException("Värdet måste vara en lista, inte " + json);
            }
            list.forEach(item -> strings.add(item.asText()));
            return strings;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Värdet är inte giltig JSON: " + e.getOriginalMessage());
        }
    }

    /** A typed JSON list variable of the given strings, as a checklist submits it. */
    public static TypedValue json(List<String> strings) {
        try {
            return json(MAPPER.writeValueAsString(strings));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A typed JSON variable value holding the given JSON text. */
    public static TypedValue json(String text) {
        return SpinValues.jsonValue(text).create();
    }
}
