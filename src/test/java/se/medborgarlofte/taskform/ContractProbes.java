package se.medborgarlofte.taskform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.medborgarlofte.taskform.FormField.Kind;

/**
 * The submissions a task must refuse, generated from its form: each is a valid answer with exactly one thing wrong,
 * and names the field whose problem the refusal must report.
 */
public final class ContractProbes {

    /** Variables that steer the processes and that no form lets a user write. */
    static final List<String> STEERING = List.of("steeringDecision", "commitmentId", "responsibleGroup", "reviewerId");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    public record Probe(String name, String field, Map<String, JsonNode> submission) {
        @Override
        public String toString() {
            return name;
        }
    }

    private ContractProbes() {}

    /** Every probe of the form, given the values the task shows. */
    public static List<Probe> of(FormSchema form, Map<String, JsonNode> shown, FormSamples samples) {
        Map<String, JsonNode> base = samples.valid(shown, Map.of());
        List<Probe> probes = new ArrayList<>();
        String foreign = STEERING.stream()
                .filter(name -> form.field(name) == null)
                .findFirst()
                .orElseThrow();
        probes.add(probe("foreign variable " + foreign, foreign, base, foreign, NODES.textNode("close")));
        for (FormField field : form.fields()) {
            if (!field.editable() && !field.hasEditableItems()) {
                probes.add(probe(
                        "read-only " + field.key() + " changed",
                        field.key(),
                        base,
                        field.key(),
                        changed(field, shown.get(field.key()))));
                continue;
            }
            Map<String, JsonNode> where = visibleBase(form, field, shown, samples, base);
            if (where == null) {
                continue;
            }
            if (field.kind() == Kind.LIST) {
                probes.addAll(rowProbes(field, where));
            } else {
                probes.addAll(valueProbes(field, field.key(), where, value -> with(where, field.key(), value)));
            }
        }
        return probes;
    }

    /** A valid answer in which the field is shown, trying every choice of the form's selects and radios. */
    private static Map<String, JsonNode> visibleBase(
            FormSchema form,
            FormField field,
            Map<String, JsonNode> shown,
            FormSamples samples,
            Map<String, JsonNode> base) {
        if (samples.shown(field, shown, base)) {
            return base;
        }
        for (FormField choice : form.fields()) {
            if (choice.kind() == Kind.CHOICE && choice.editable()) {
                for (String option : choice.options()) {
                    Map<String, JsonNode> variant = samples.valid(shown, Map.of(choice.key(), NODES.textNode(option)));
                    if (samples.shown(field, shown, variant)) {
                        return variant;
                    }
                }
            }
        }
        return null;
    }

    private static List<Probe> rowProbes(FormField list, Map<String, JsonNode> base) {
        List<Probe> probes = new ArrayList<>();
        JsonNode rows = base.get(list.key());
        for (FormField child : list.itemFields()) {
            String path = list.key() + "[0]." + child.key();
            if (child.editable()) {
                probes.addAll(
                        valueProbes(child, path, base, value -> withRow(base, list.key(), rows, child.key(), value)));
            } else if (!list.addRemoveRows()) {
                probes.add(new Probe(
                        "read-only " + path + " changed",
                        path,
                        withRow(
                                base,
                                list.key(),
                                rows,
                                child.key(),
                                changed(child, rows.get(0).get(child.key())))));
            }
        }
        return probes;
    }

    private static List<Probe> valueProbes(
            FormField field,
            String path,
            Map<String, JsonNode> base,
            java.util.function.Function<JsonNode, Map<String, JsonNode>> submit) {
        List<Probe> probes = new ArrayList<>();
        switch (field.kind()) {
            case TEXT -> {
                int max = field.rules().maxLength() == null
                        ? FormContract.MAX_TEXT
                        : Math.min(field.rules().maxLength(), FormContract.MAX_TEXT);
                probes.add(new Probe(
                        path + " over-long (" + (max + 1) + " characters)",
                        path,
                        submit.apply(NODES.textNode("x".repeat(max + 1)))));
                probes.add(new Probe(
                        path + " with a NUL byte",
                        path,
                        submit.apply(NODES.textNode("Rimlig text\u0000med NUL i mitten"))));
            }
            case CHOICE ->
                probes.add(new Probe(path + " outside its options", path, submit.apply(NODES.textNode("hackers"))));
            case CHOICES ->
                probes.add(new Probe(
                        path + " outside its options",
                        path,
                        submit.apply(NODES.arrayNode().add("hackers"))));
            case NUMBER -> probes.add(new Probe(path + " not a number", path, submit.apply(NODES.textNode("tio"))));
            case DATE -> probes.add(new Probe(path + " not a date", path, submit.apply(NODES.textNode("31/12/2026"))));
            case BOOLEAN ->
                probes.add(new Probe(path + " not true or false", path, submit.apply(NODES.textNode("kanske"))));
            case LIST -> {}
        }
        return probes;
    }

    /** A value the task does not show in this field. */
    static JsonNode changed(FormField field, JsonNode shown) {
        if (shown == null
                || shown.isNull()
                || (shown.isTextual() && shown.asText().isBlank())) {
            return field.kind() == Kind.LIST
                    ? NODES.arrayNode().add(NODES.objectNode().put("promise", "Tillagt åtagande"))
                    : field.kind() == Kind.NUMBER ? NODES.numberNode(7) : NODES.textNode("2031-01-01");
        }
        if (shown.isNumber()) {
            return NODES.numberNode(shown.decimalValue().add(java.math.BigDecimal.ONE));
        }
        if (shown.isArray()) {
            ArrayNode rows = ((ArrayNode) shown).deepCopy();
            rows.addObject().put("promise", "Polisen lovar att göra något helt annat.");
            return rows;
        }
        if (field.kind() == Kind.DATE) {
            return NODES.textNode(java.time.LocalDate.parse(shown.asText().substring(0, 10))
                    .plusDays(1)
                    .toString());
        }
        if (field.kind() == Kind.CHOICE) {
            return NODES.textNode(field.options().stream()
                    .filter(option -> !option.equals(shown.asText()))
                    .findFirst()
                    .orElse("annat"));
        }
        return NODES.textNode(shown.asText() + " (ändrad)");
    }

    private static Probe probe(String name, String field, Map<String, JsonNode> base, String key, JsonNode value) {
        return new Probe(name, field, with(base, key, value));
    }

    private static Map<String, JsonNode> with(Map<String, JsonNode> base, String key, JsonNode value) {
        Map<String, JsonNode> submission = new LinkedHashMap<>(base);
        submission.put(key, value);
        return submission;
    }

    private static Map<String, JsonNode> withRow(
            Map<String, JsonNode> base, String list, JsonNode rows, String key, JsonNode value) {
        ArrayNode changed = ((ArrayNode) rows).deepCopy();
        ((ObjectNode) changed.get(0)).set(key, value);
        return with(base, list, changed);
    }
}
