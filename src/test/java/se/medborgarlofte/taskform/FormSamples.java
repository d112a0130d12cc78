package se.medborgarlofte.taskform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import se.medborgarlofte.taskform.FormField.Kind;

/**
 * Values that a form accepts, made from the form itself: a valid answer for every editable field (and, for the
 * values a task shows, a plausible value of every read-only field). Generated, so that a new form or field is covered
 * by the contract tests without writing them.
 */
@RequiredArgsConstructor
public final class FormSamples {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> PATTERN_SAMPLES = List.of("ML-2026-0001");

    private final FormSchema form;
    private final LocalDate today;
    /** What the task shows, where a select that takes its options from a variable finds them. */
    private Map<String, JsonNode> variables = Map.of();

    /** What a task could show: a value for every read-only field and the rows of every list with fixed rows. */
    public Map<String, JsonNode> shown() {
        Map<String, JsonNode> shown = new HashMap<>();
        for (FormField field : form.fields()) {
            for (FormField child : field.kind() == Kind.LIST ? field.itemFields() : List.of(field)) {
                if (child.optionsKey() != null) {
                    shown.put(
                            child.optionsKey(),
                            NODES.arrayNode()
                                    .add(NODES.objectNode().put("value", "1").put("label", "Polisen")));
                }
            }
            if (field.kind() == Kind.LIST && (!field.addRemoveRows() || !field.editable())) {
                ArrayNode rows = NODES.arrayNode();
                for (int row = 0; row < 2; row++) {
                    ObjectNode item = rows.addObject();
                    field.itemFields()
                            .forEach(child ->
                                    item.set(child.key(), child.editable() ? NODES.nullNode() : sample(child, null)));
                }
                shown.put(field.key(), rows);
            } else if (!field.editable()) {
                shown.put(field.key(), sample(field, null));
            }
        }
        return shown;
    }

    /** A valid submission with these values chosen, given what the task shows; hidden fields are left out. */
    public Map<String, JsonNode> valid(Map<String, JsonNode> shown, Map<String, JsonNode> chosen) {
        variables = shown;
        Map<String, JsonNode> answer = new LinkedHashMap<>();
        for (FormField field : form.fields()) {
            if (field.editable() || field.hasEditableItems()) {
                answer.put(
                        field.key(),
                        chosen.containsKey(field.key())
                                ? chosen.get(field.key())
                                : sample(field, shown.get(field.key())));
            }
        }
        Map<String, JsonNode> data = new HashMap<>(shown);
        data.putAll(answer);
        HideConditions conditions = new HideConditions(data);
        answer.keySet().removeIf(key -> conditions.hidden(form.field(key).hideWhen()));
        return answer;
    }

    /** Whether the field is shown when the form holds these values. */
    public boolean shown(FormField field, Map<String, JsonNode> shown, Map<String, JsonNode> answer) {
        Map<String, JsonNode> data = new HashMap<>(shown);
        data.putAll(answer);
        return !new HideConditions(data).hidden(field.hideWhen());
    }

    JsonNode sample(FormField field, JsonNode shownValue) {
        FormField.Rules rules = field.rules();
        return switch (field.kind()) {
            case TEXT -> NODES.textNode(text(rules));
            case NUMBER ->
                NODES.numberNode(
                        rules.min() != null
                                ? rules.min()
                                : rules.max() != null && rules.max().compareTo(BigDecimal.ONE) < 0
                                        ? rules.max()
                                        : BigDecimal.ONE);
            case DATE -> NODES.textNode(today.plusDays(30).toString());
            case CHOICE ->
                field.optionsKey() == null
                        ? NODES.textNode(field.options().iterator().next())
                        : variables
                                .getOrDefault(field.optionsKey(), NODES.arrayNode())
                                .path(0)
                                .path("value");
            case CHOICES -> NODES.arrayNode().add(field.options().iterator().next());
            case BOOLEAN -> NODES.booleanNode(true);
            case LIST -> rows(field, shownValue);
        };
    }

    private JsonNode rows(FormField list, JsonNode shownRows) {
        ArrayNode rows = NODES.arrayNode();
        if (!list.addRemoveRows() && shownRows != null && shownRows.isArray()) {
            for (JsonNode shownRow : shownRows) {
                ObjectNode row = ((ObjectNode) shownRow).deepCopy();
                list.itemFields().stream()
                        .filter(FormField::editable)
                        .forEach(child -> row.set(child.key(), sample(child, null)));
                rows.add(row);
            }
            return rows;
        }
        ObjectNode row = rows.addObject();
        list.itemFields().stream()
                .filter(FormField::editable)
                .forEach(child -> row.set(child.key(), sample(child, null)));
        return rows;
    }

    private static String text(FormField.Rules rules) {
        if (rules.pattern() != null) {
            return PATTERN_SAMPLES.stream()
                    .filter(sample -> rules.pattern().matcher(sample).matches())
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(
                            "No sample text matches " + rules.pattern() + "; add one to FormSamples"));
        }
        String text = "Provsvar från formulärtestet";
        int min = rules.minLength() == null ? 0 : rules.minLength();
        while (text.length() < min) {
            text += " mer text";
        }
        return rules.maxLength() != null && text.length() > rules.maxLength()
                ? text.substring(0, rules.maxLength())
                : text;
    }
}
