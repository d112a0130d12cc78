package se.medborgarlofte.system;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Typed, validated reading of the values a completed task's form wrote (the one parser of form values: texts,
 * choices, whole numbers, decimals, days and lists). A missing required value or a
 * value of the wrong kind is an {@link IllegalArgumentException} with a Swedish message, which the REST layers
 * answer with 400.
 */
public final class FormValues {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Function<String, Object> source;

    public FormValues(Function<String, Object> source) {
        this.source = source;
    }

    public String text(String name) {
        Object value = source.apply(name);
        return value == null ? null : value.toString();
    }

    public String requiredText(String name, String label) {
        String value = text(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(label + " saknas.");
        }
        return value.trim();
    }

    /** A required text of at most {@code maxLength} characters (the case file's column). */
    public String requiredText(String name, String label, int maxLength) {
        return withinLength(requiredText(name, label), label, maxLength);
    }

    /** A required choice: one of the values its form offers. */
    public String choice(String name, String label, Set<String> allowed) {
        return allowedValue(requiredText(name, label), label, allowed);
    }

    public static String withinLength(String value, String label, int maxLength) {
        if (value.length() > maxLength) {
            throw new IllegalArgumentException(
                    "%s får vara högst %d tecken, inte %d.".formatted(label, maxLength, value.length()));
        }
        return value;
    }

    public static String allowedValue(String value, String label, Set<String> allowed) {
        if (!allowed.contains(value)) {
            throw new IllegalArgumentException(
                    "%s ska vara ett av %s, inte '%s'.".formatted(label, new TreeSet<>(allowed), value));
        }
        return value;
    }

    public Integer whole(String name, String label) {
        Object value = source.apply(name);
        if (value == null) {
            return null;
        }
        if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
            if (number.longValue() < 0) {
                throw new IllegalArgumentException(label + " kan inte vara negativt.");
            }
            return Math.toIntExact(number.longValue());
        }
        throw new IllegalArgumentException(label + " måste vara ett heltal.");
    }

    public int requiredWhole(String name, String label) {
        Integer value = whole(name, label);
        if (value == null) {
            throw new IllegalArgumentException(label + " saknas.");
        }
        return value;
    }

    public BigDecimal decimal(String name, String label) {
        Object value = source.apply(name);
        if (value == null) {
            return null;
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString());
        }
        throw new IllegalArgumentException(label + " måste vara ett tal.");
    }

    public LocalDate date(String name, String label) {
        return day(requiredText(name, label), label);
    }

    /** A day as forms write it (ÅÅÅÅ-MM-DD, or a moment of that day); a blank value is no day. */
    public static LocalDate day(String value, String label) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(label + " måste vara ett datum (ÅÅÅÅ-MM-DD), inte '" + value + "'.");
        }
    }

    /** A required text of one row of a list (a dynamic list's field). */
    public static String requiredInRow(JsonNode row, String field, String label) {
        String value = row.path(field).asText("");
        if (value.isBlank()) {
            throw new IllegalArgumentException(label + " saknas i listan.");
        }
        return value;
    }

    /** A JSON list variable (a dynamic list or a checklist); absent is empty. */
    public JsonNode list(String name, String label) {
        String text = JsonVariables.text(source.apply(name));
        if (text == null || text.isBlank()) {
            return JSON.createArrayNode();
        }
        try {
            JsonNode node = JSON.readTree(text);
            if (!node.isArray()) {
                throw new IllegalArgumentException(label + " måste vara en lista.");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(label + " är inte giltig JSON.");
        }
    }

    public List<String> strings(String name) {
        return JsonVariables.strings(source.apply(name));
    }
}
