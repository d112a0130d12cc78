package se.medborgarlofte.taskform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evaluates a form's {@code conditional.hide} expressions as form-js does in Tasklist: with the engine's own FEEL
 * engine, against the data the form holds (the task's variables with the submitted values over them). A field is
 * hidden only when an expression is {@code true}; an expression that fails leaves the field shown, as in form-js.
 */
final class HideConditions {

    private static final Logger LOG = LoggerFactory.getLogger(HideConditions.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final FeelEngine FEEL = new ScalaFeelEngineFactory().createInstance();

    private final VariableContext data;

    HideConditions(Map<String, JsonNode> data) {
        Map<String, Object> values = new HashMap<>();
        data.forEach((name, value) ->
                values.put(name, value == null || value.isNull() ? null : JSON.convertValue(value, Object.class)));
        this.data = Variables.fromMap(values).asVariableContext();
    }

    boolean hidden(List<String> conditions) {
        return conditions.stream().anyMatch(this::holds);
    }

    private boolean holds(String condition) {
        String expression = condition.startsWith("=") ? condition.substring(1) : condition;
        try {
            return Boolean.TRUE.equals(FEEL.evaluateSimpleExpression(expression, data));
        } catch (RuntimeException e) {
            LOG.debug("Hide condition '{}' could not be evaluated; the field counts as shown", condition, e);
            return false;
        }
    }
}
