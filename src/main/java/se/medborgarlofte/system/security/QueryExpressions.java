package se.medborgarlofte.system.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds expressions in a task query as a client sends it: a parameter or JSON field named {@code ...Expression}
 * (at any depth, {@code orQueries} included) or any value containing {@code ${} or {@code #{}.
 */
final class QueryExpressions {

    /** Task queries, counts and filter queries (whose bodies extend the stored query), with or without an engine name. */
    static final Pattern TASK_QUERY_PATH =
            Pattern.compile(".*/(task|task/count|filter|filter/[^/]+|filter/[^/]+/(list|count|singleresult))/?");

    private static final ObjectMapper JSON = new ObjectMapper();

    private QueryExpressions() {}

    static boolean inParameters(Map<String, String[]> parameters) {
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (isExpressionName(parameter.getKey())) {
                return true;
            }
            for (String value : parameter.getValue()) {
                if (isExpressionValue(value)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the body has an expression; a body that is not JSON is judged by its text. */
    static boolean inBody(byte[] body) {
        if (body.length == 0) {
            return false;
        }
        try {
            return inJson(JSON.readTree(body));
        } catch (IOException notJson) {
            return isExpressionValue(new String(body, StandardCharsets.UTF_8));
        }
    }

    private static boolean inJson(JsonNode node) {
        if (node == null) {
            return false;
        }
        if (node.isTextual()) {
            return isExpressionValue(node.asText());
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (isExpressionName(field.getKey()) && !field.getValue().isNull() || inJson(field.getValue())) {
                    return true;
                }
            }
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                if (inJson(item)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isExpressionName(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith("expression");
    }

    private static boolean isExpressionValue(String value) {
        return value != null && (value.contains("${") || value.contains("#{"));
    }
}
