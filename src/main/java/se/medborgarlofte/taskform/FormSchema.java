package se.medborgarlofte.taskform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import se.medborgarlofte.taskform.FormField.Kind;
import se.medborgarlofte.taskform.FormField.Rules;

/**
 * The data fields of one Camunda Form (form-js schema), in the order the form shows them. Groups without a path are
 * flattened (their hide conditions pass to their fields); dynamic lists keep their row fields. A component this class
 * does not understand is refused when the form is read, so that a new kind of field cannot slip past the contract.
 */
public final class FormSchema {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> LAYOUT = Set.of("text", "spacer", "separator", "html", "image", "button");
    private static final Map<String, Kind> KINDS = Map.of(
            "textfield",
            Kind.TEXT,
            "textarea",
            Kind.TEXT,
            "number",
            Kind.NUMBER,
            "datetime",
            Kind.DATE,
            "select",
            Kind.CHOICE,
            "radio",
            Kind.CHOICE,
            "checklist",
            Kind.CHOICES,
            "taglist",
            Kind.CHOICES,
            "checkbox",
            Kind.BOOLEAN);

    private final String id;
    private final Map<String, FormField> fields;

    private FormSchema(String id, Map<String, FormField> fields) {
        this.id = id;
        this.fields = fields;
    }

    public static FormSchema parse(String formJson) {
        try {
            JsonNode form = JSON.readTree(formJson);
            Map<String, FormField> fields = new LinkedHashMap<>();
            collect(form.path("components"), List.of(), fields, form.path("id").asText("?"));
            return new FormSchema(form.path("id").asText(""), fields);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The form is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** A contract with no fields: what a start event or task without a form accepts. */
    public static FormSchema empty() {
        return new FormSchema("", Map.of());
    }

    public String id() {
        return id;
    }

    public FormField field(String key) {
        return fields.get(key);
    }

    public List<FormField> fields() {
        return List.copyOf(fields.values());
    }

    private static void collect(JsonNode components, List<String> hideWhen, Map<String, FormField> into, String form) {
        for (JsonNode component : components) {
            String type = component.path("type").asText();
            List<String> hidden = withCondition(hideWhen, component);
            if (LAYOUT.contains(type)) {
                continue;
            }
            if (type.equals("group")) {
                if (component.hasNonNull("path")
                        && !component.path("path").asText().isEmpty()) {
                    throw unsupported(form, "group with a path");
                }
                collect(component.path("components"), hidden, into, form);
            } else if (type.equals("dynamiclist")) {
                Map<String, FormField> items = new LinkedHashMap<>();
                collect(component.path("components"), List.of(), items, form);
                String path = component.path("path").asText();
                into.put(
                        path,
                        new FormField(
                                path,
                                label(component, path),
                                Kind.LIST,
                                items.values().stream().anyMatch(FormField::editable),
                                hidden,
                                rules(component),
                                Set.of(),
                                null,
                                List.copyOf(items.values()),
                                component.path("allowAddRemove").asBoolean(false)));
            } else if (KINDS.containsKey(type)) {
                if (type.equals("datetime")
                        && !component.path("subtype").asText("date").equals("date")) {
                    throw unsupported(
                            form,
                            "datetime of subtype " + component.path("subtype").asText());
                }
                String key = component.path("key").asText();
                into.put(
                        key,
                        new FormField(
                                key,
                                label(component, key),
                                KINDS.get(type),
                                editable(component),
                                hidden,
                                rules(component),
                                options(component, form),
                                optionsKey(component, form),
                                List.of(),
                                false));
            } else {
                throw unsupported(form, "component type '" + type + "'");
            }
        }
    }

    private static List<String> withCondition(List<String> outer, JsonNode component) {
        String hide = component.path("conditional").path("hide").asText("");
        if (hide.isBlank()) {
            return outer;
        }
        List<String> conditions = new ArrayList<>(outer);
        conditions.add(hide);
        return List.copyOf(conditions);
    }

    /** Read-only given as an expression counts as read-only: the server does not guess when it would apply. */
    private static boolean editable(JsonNode component) {
        JsonNode readonly = component.path("readonly");
        boolean readOnly =
                readonly.isBoolean() ? readonly.asBoolean() : !readonly.isMissingNode() && !readonly.isNull();
        return !readOnly && !component.path("disabled").asBoolean(false);
    }

    private static String label(JsonNode component, String fallback) {
        for (String name : List.of("label", "dateLabel")) {
            String label = component.path(name).asText("");
            if (!label.isBlank()) {
                return label;
            }
        }
        return fallback;
    }

    private static Set<String> options(JsonNode component, String form) {
        if (component.has("valuesExpression")) {
            throw unsupported(form, "options from an expression");
        }
        Set<String> options = new LinkedHashSet<>();
        component
                .path("values")
                .forEach(option -> options.add(option.path("value").asText()));
        return Collections.unmodifiableSet(options);
    }

    /** A select whose options a variable holds; other kinds of choice take theirs from the form. */
    private static String optionsKey(JsonNode component, String form) {
        if (!component.has("valuesKey")) {
            return null;
        }
        if (!component.path("type").asText().equals("select")) {
            throw unsupported(form, "options from a variable outside a select");
        }
        return component.path("valuesKey").asText();
    }

    private static Rules rules(JsonNode component) {
        JsonNode validate = component.path("validate");
        String pattern = validate.path("pattern").asText("");
        String validationType = validate.path("validationType").asText("");
        if (validationType.equals("email")) {
            pattern = "^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$";
        } else if (validationType.equals("phone")) {
            pattern = "^\\+?[0-9 ()-]{6,20}$";
        }
        return new Rules(
                validate.path("required").asBoolean(false),
                integer(validate, "minLength"),
                integer(validate, "maxLength"),
                decimal(validate, "min"),
                decimal(validate, "max"),
                pattern.isEmpty() ? null : Pattern.compile(pattern),
                integer(component, "decimalDigits"),
                component.path("disallowPassedDates").asBoolean(false));
    }

    private static Integer integer(JsonNode node, String name) {
        return node.hasNonNull(name) && node.get(name).canConvertToInt()
                ? node.get(name).asInt()
                : null;
    }

    private static BigDecimal decimal(JsonNode node, String name) {
        JsonNode value = node.path(name);
        if (value.isNumber()) {
            return value.decimalValue();
        }
        return value.isTextual() && !value.asText().isBlank()
                ? new BigDecimal(value.asText().trim())
                : null;
    }

    private static IllegalArgumentException unsupported(String form, String what) {
        return new IllegalArgumentException(
                "Form " + form + " uses a " + what + ", which the server-side contract does not know;"
                        + " extend se.medborgarlofte.taskform.FormSchema before deploying it");
    }
}
