package se.medborgarlofte.casefile.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import se.medborgarlofte.system.JsonVariables;

/**
 * Typed, validated reading of process variables as forms and API callers submit them. A missing required value or a
 * value of the wrong kind is an {@link IllegalArgumentException} with a Swedish message, which the REST layers
 * answer with 400.
 */
final class Variables {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Function<String, Object> source;

    Variables(Function<String, Object> source) {
        this.source = source;
    }

    String text(String name) {
        Object value = source.apply(name);
        return value == null ? null : value.toString();
    }

    String requiredText(String name, String label) {
        String value = text(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(label + " saknas.");
        }
        return value.trim();
    }

    /** A required text of at most {@code maxLength} characters (the case file's column). */
    String requiredText(String name, String label, int maxLength) {
        return withinLength(requiredText(name, label), label, maxLength);
    }

    /** A required choice: one of the values its form offers. */
    String choice(String name, String label, Set<String> allowed) {
        return allowedValue(requiredText(name, label), label, allowed);
    }

    static String withinLength(String value, String label, int maxLength) {
        if (value.length() > maxLength) {
            throw new IllegalArgumentException("%s får vara högst %d tecken, inte %d.".formatted(label, maxLength, value.length()));
        }
        return value;
    }

    static String allowedValue(String value, String label, Set<String> allowed) {
        if (!allowed.contains(value)) {
            throw new IllegalArgumentException("%s ska vara ett av %s, inte '%s'.".formatted(label, new java.util.TreeSet<>(allowed), value));
        }
        return value;
    }

    Integer whole(String name, String label) {
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

    int requiredWhole(String name, String label) {
        Integer value = whole(name, label);
        if (value == null) {
            throw new IllegalArgumentException(label + " saknas.");
        }
        return value;
    }

    BigDecimal decimal(String name, String label) {
        Object value = source.apply(name);
        if (value == null) {
            return null;
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString());
        }
        throw new IllegalArgumentException(label + " måste vara ett tal.");
    }

    LocalDate date(String name, String label) {
        String value = requiredText(name, label);
        try {
            return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(label + " måste vara ett datum (ÅÅÅÅ-MM-DD), inte '" + value + "'.");
        }
    }

    /** A JSON list variable (a dynamic list or a checklist); absent is empty. */
    JsonNode list(String name, String label) {
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

    List<String> strings(String name) {
        return JsonVariables.strings(source.apply(name));
    }
}
