package se.medborgarlofte.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The Swedish labels of the choices in the forms ({@code forms/*.form}): the case file stores a choice's value
 * ({@code okande}, {@code trygghetsvandring}), and the pages show the label the user picked it by. The forms stay the
 * one place where those words are written.
 */
@Component
public class FormChoices {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Per field key, each value's label. */
    private final Map<String, Map<String, String>> labels = new HashMap<>();

    public FormChoices() {
        try {
            for (Resource form : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form")) {
                try (InputStream in = form.getInputStream()) {
                    collect(JSON.readTree(in).path("components"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The forms could not be read", e);
        }
    }

    /** The label of a field's value, or the value itself when no form offers it. */
    public String label(String fieldKey, String value) {
        if (value == null) {
            return null;
        }
        return labels.getOrDefault(fieldKey, Map.of()).getOrDefault(value, value);
    }

    private void collect(JsonNode components) {
        for (JsonNode component : components) {
            String key = component.path("key").asText(null);
            if (key != null) {
                for (JsonNode option : component.path("values")) {
                    labels.computeIfAbsent(key, any -> new HashMap<>())
                            .putIfAbsent(
                                    option.path("value").asText(),
                                    option.path("label").asText());
                }
            }
            collect(component.path("components"));
        }
    }
}
