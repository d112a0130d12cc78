package se.medborgarlofte.system;

import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * Converts between JSON process variables (lists submitted by forms, stored by the Spin plugin) and JSON text,
 * so that services work on plain strings and never on engine types.
 */
public final class JsonVariables {

    private JsonVariables() {
    }

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
        throw new IllegalArgumentException("Expected a JSON variable but found " + value.getClass().getName());
    }

    /** A typed JSON variable value holding the given JSON text. */
    public static TypedValue json(String text) {
        return SpinValues.jsonValue(text).create();
    }
}
