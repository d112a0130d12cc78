package se.medborgarlofte.casefile;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The configured indicators by key, checked once at start: unique keys, a name, a direction and a sound scale. */
@Component
public class IndicatorCatalogue {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Indicator> byKey = new LinkedHashMap<>();

    public IndicatorCatalogue(IndicatorProperties properties) {
        for (Indicator indicator : properties.indicators()) {
            if (indicator.key() == null
                    || indicator.key().isBlank()
                    || indicator.name() == null
                    || indicator.direction() == null) {
                throw new IllegalStateException(
                        "medborgarlofte.indicators: every indicator needs key, name, direction");
            }
            if (indicator.min() != null
                    && indicator.max() != null
                    && indicator.min().compareTo(indicator.max()) >= 0) {
                throw new IllegalStateException("medborgarlofte.indicators: " + indicator.key() + " has min >= max");
            }
            if (byKey.put(indicator.key(), indicator) != null) {
                throw new IllegalStateException("medborgarlofte.indicators: key " + indicator.key() + " twice");
            }
        }
    }

    public Optional<Indicator> find(String key) {
        return Optional.ofNullable(key == null ? null : byKey.get(key));
    }

    public List<Indicator> all() {
        return List.copyOf(byKey.values());
    }

    /**
     * The catalogue as the options of a form's select ({@code value} the key, {@code label} the name with its scale
     * and direction), in the configured order: a configured indicator is offered without a change to the form.
     */
    public String choicesJson() {
        ArrayNode options = JSON.createArrayNode();
        for (Indicator indicator : byKey.values()) {
            options.addObject().put("value", indicator.key()).put("label", indicator.choiceLabel());
        }
        return options.toString();
    }
}
