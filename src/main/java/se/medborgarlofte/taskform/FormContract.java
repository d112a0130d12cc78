package se.medborgarlofte.taskform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import se.medborgarlofte.system.web.FieldProblem;
import se.medborgarlofte.taskform.FormField.Kind;

/**
 * Checks one submission of a form against the form: only its editable, shown fields are accepted, each by the
 * form's own rules; read-only fields and the rows' extra properties may come back unchanged and are then ignored;
 * anything else is refused with a Swedish message per field. What is accepted is normalised (numbers as numbers,
 * dates as ISO days, list rows as the server's rows with the user's answers) and is all that may be written.
 */
public final class FormContract {

    /** The most characters a text variable holds (the engine's text column), where the form sets no maximum. */
    public static final int MAX_TEXT = 4000;
    /** The most rows a dynamic list takes. */
    public static final int MAX_ROWS = 200;

    static final BigDecimal MAX_WHOLE = BigDecimal.valueOf(Integer.MAX_VALUE);
    static final BigDecimal MAX_DECIMAL = new BigDecimal("1e12");
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");
    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final FormSchema form;
    private final Map<String, JsonNode> current;
    private final LocalDate today;

    /**
     * @param current the values the task holds now (what its form shows), as JSON
     * @param today   the day against which dates that may not have passed are checked
     */
    public FormContract(FormSchema form, Map<String, JsonNode> current, LocalDate today) {
        this.form = form;
        this.current = current;
        this.today = today;
    }

    /** The accepted values, to be written; or {@link SubmissionRefused} naming every wrong field. */
    public Map<String, JsonNode> accept(Map<String, JsonNode> submitted) {
        Map<String, JsonNode> data = new HashMap<>(current);
        data.putAll(submitted);
        HideConditions conditions = new HideConditions(data);
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, JsonNode> accepted = new LinkedHashMap<>();
        submitted.forEach((name, value) -> {
            FormField field = form.field(name);
            if (field == null) {
                problems.add(new FieldProblem(
                        Names.safe(name),
                        ("Formuläret har inget fält '%s'. Uppgiften tar bara emot" + " formulärets fält.")
                                .formatted(Names.safe(name))));
            } else if (!field.editable() && !field.hasEditableItems()) {
                if (!Values.same(value, current.get(name))) {
                    problems.add(new FieldProblem(
                            name, "'%s' visas bara i den här uppgiften och kan inte ändras.".formatted(field.label())));
                }
            } else if (!conditions.hidden(field.hideWhen())) {
                JsonNode checked = check(field, name, value, current.get(name), problems);
                accepted.put(name, checked);
            }
        });
        for (FormField field : form.fields()) {
            if ((field.editable() || field.hasEditableItems())
                    && field.rules().required()
                    && !conditions.hidden(field.hideWhen())
                    && Values.empty(submitted.get(field.key()))) {
                problems.add(new FieldProblem(field.key(), "'%s' måste fyllas i.".formatted(field.label())));
            }
        }
        if (!problems.isEmpty()) {
            throw new SubmissionRefused(problems);
        }
        return accepted;
    }

    private JsonNode check(
            FormField field, String name, JsonNode value, JsonNode currentValue, List<FieldProblem> problems) {
        if (Values.empty(value) && field.kind() != Kind.LIST) {
            return value == null || value.isNull() ? NullNode.getInstance() : value;
        }
        return switch (field.kind()) {
            case TEXT -> text(field, name, value, problems);
            case NUMBER -> number(field, name, value, problems);
            case DATE -> date(field, name, value, problems);
            case CHOICE -> choice(field, name, value, problems);
            case CHOICES -> choices(field, name, value, problems);
            case BOOLEAN -> bool(field, name, value, problems);
            case LIST -> list(field, name, value, currentValue, problems);
        };
    }

    private JsonNode text(FormField field, String name, JsonNode value, List<FieldProblem> problems) {
        if (!value.isTextual()) {
            return refuse(problems, name, "'%s' ska vara en text.", field.label());
        }
        String text = value.asText();
        int max = field.rules().maxLength() == null
                ? MAX_TEXT
                : Math.min(field.rules().maxLength(), MAX_TEXT);
        if (text.length() > max) {
            return refuse(problems, name, "'%s' får vara högst %d tecken, inte %d.", field.label(), max, text.length());
        }
        if (CONTROL.matcher(text).find()) {
            return refuse(
                    problems,
                    name,
                    "'%s' innehåller otillåtna tecken (t.ex. NUL); ta bort dem och försök igen.",
                    field.label());
        }
        Integer min = field.rules().minLength();
        if (min != null && text.trim().length() < min) {
            return refuse(problems, name, "'%s' behöver minst %d tecken.", field.label(), min);
        }
        if (field.rules().pattern() != null
                && !field.rules().pattern().matcher(text).matches()) {
            return refuse(problems, name, "'%s' har inte rätt format.", field.label());
        }
        return value;
    }

    private JsonNode number(FormField field, String name, JsonNode value, List<FieldProblem> problems) {
        BigDecimal number = Values.number(value);
        if (number == null) {
            return refuse(problems, name, "'%s' ska vara ett tal, t.ex. 12.", field.label());
        }
        Integer digits = field.rules().decimalDigits();
        if (digits != null && Math.max(number.stripTrailingZeros().scale(), 0) > digits) {
            return digits == 0
                    ? refuse(problems, name, "'%s' ska vara ett heltal.", field.label())
                    : refuse(problems, name, "'%s' får ha högst %d decimaler.", field.label(), digits);
        }
        BigDecimal min = field.rules().min();
        BigDecimal max = field.rules().max();
        if (min != null && number.compareTo(min) < 0) {
            return refuse(problems, name, "'%s' får inte vara mindre än %s.", field.label(), min.toPlainString());
        }
        if (max != null && number.compareTo(max) > 0) {
            return refuse(problems, name, "'%s' får inte vara större än %s.", field.label(), max.toPlainString());
        }
        boolean whole = digits != null && digits == 0;
        if (number.abs().compareTo(whole ? MAX_WHOLE : MAX_DECIMAL) > 0) {
            return refuse(problems, name, "'%s' är orimligt stort.", field.label());
        }
        return whole ? NODES.numberNode(number.longValueExact()) : NODES.numberNode(number.doubleValue());
    }

    private JsonNode date(FormField field, String name, JsonNode value, List<FieldProblem> problems) {
        LocalDate day =
                value.isTextual() && ISO_DAY.matcher(value.asText()).matches() ? Values.day(value.asText()) : null;
        if (day == null || day.getYear() < 1900 || day.getYear() > 2200) {
            return refuse(problems, name, "'%s' ska vara ett datum (ÅÅÅÅ-MM-DD).", field.label());
        }
        if (field.rules().disallowPassedDates() && day.isBefore(today)) {
            return refuse(
                    problems, name, "'%s' kan inte vara ett datum som redan har passerat (%s).", field.label(), day);
        }
        return NODES.textNode(day.toString());
    }

    private JsonNode choice(FormField field, String name, JsonNode value, List<FieldProblem> problems) {
        Set<String> options = field.optionsKey() == null ? field.options() : optionsOf(field.optionsKey());
        if (!value.isTextual() || !options.contains(value.asText())) {
            return field.optionsKey() == null
                    ? refuse(problems, name, "'%s' ska vara ett av %s.", field.label(), new TreeSet<>(options))
                    : refuse(problems, name, "Välj '%s' bland dem som listan erbjuder.", field.label());
        }
        return value;
    }

    /** The values a select offers from a variable of the task: its list of {@code value}/{@code label} options. */
    private Set<String> optionsOf(String key) {
        Set<String> options = new HashSet<>();
        JsonNode list = current.get(key);
        if (list != null && list.isArray()) {
            list.forEach(option -> options.add(option.path("value").asText()));
        }
        return options;
    }

    private JsonNode choices(FormField field, String name, JsonNode value, List<FieldProblem> problems) {
        Set<String> seen = new HashSet<>();
        boolean valid = value.isArray() && value.size() <= field.options().size();
        for (JsonNode item : value) {
            valid &= item.isTextual() && field.options().contains(item.asText()) && seen.add(item.asText());
        }
        return valid
                ? value
                : refuse(
                        problems,
                        name,
                        "'%s' ska vara en lista med olika värden bland %s.",
                        field.label(),
                        new TreeSet<>(field.options()));
    }

    private JsonNode bool(FormField field, String name, JsonNode value, List<FieldProblem> problems) {
        if (!value.isBoolean()) {
            return refuse(problems, name, "'%s' ska vara sant eller falskt.", field.label());
        }
        return value;
    }

    private JsonNode list(
            FormField list, String name, JsonNode value, JsonNode currentValue, List<FieldProblem> problems) {
        JsonNode rows = value == null || value.isNull() ? NODES.arrayNode() : value;
        JsonNode currentRows = currentValue != null && currentValue.isArray() ? currentValue : NODES.arrayNode();
        if (!rows.isArray() || rows.size() > MAX_ROWS) {
            return refuse(problems, name, "'%s' ska vara en lista med högst %d rader.", list.label(), MAX_ROWS);
        }
        if (!list.addRemoveRows() && rows.size() != currentRows.size()) {
            return refuse(
                    problems,
                    name,
                    "'%s' har %d rader i uppgiften; rader kan inte läggas till eller tas bort här.",
                    list.label(),
                    currentRows.size());
        }
        ArrayNode accepted = NODES.arrayNode();
        for (int index = 0; index < rows.size(); index++) {
            JsonNode row = rows.get(index);
            String rowName = name + "[" + index + "]";
            if (!row.isObject()) {
                refuse(
                        problems,
                        rowName,
                        "Rad %d i '%s' ska vara ett objekt med formulärets fält.",
                        index + 1,
                        list.label());
                continue;
            }
            JsonNode currentRow = list.addRemoveRows() ? null : currentRows.get(index);
            accepted.add(row(list, rowName, (ObjectNode) row, currentRow, currentRows, problems));
        }
        return accepted;
    }

    /**
     * A row as it will be written: in a list with fixed rows, the server's row with the user's answers in its editable
     * fields; in a list the user builds, the editable fields only. Read-only and extra properties must be unchanged.
     */
    private ObjectNode row(
            FormField list,
            String rowName,
            ObjectNode row,
            JsonNode currentRow,
            JsonNode currentRows,
            List<FieldProblem> problems) {
        ObjectNode accepted = currentRow != null && currentRow.isObject() ? currentRow.deepCopy() : NODES.objectNode();
        Iterator<Map.Entry<String, JsonNode>> properties = row.fields();
        while (properties.hasNext()) {
            Map.Entry<String, JsonNode> property = properties.next();
            FormField field = list.itemField(property.getKey());
            String fieldName = rowName + "." + Names.safe(property.getKey());
            if (field != null && field.editable()) {
                accepted.set(field.key(), check(field, fieldName, property.getValue(), null, problems));
            } else if (!unchanged(property.getKey(), property.getValue(), currentRow, currentRows)) {
                problems.add(new FieldProblem(
                        fieldName,
                        field == null
                                ? "Raderna i '%s' har inget fält '%s'."
                                        .formatted(list.label(), Names.safe(property.getKey()))
                                : "'%s' i '%s' visas bara och kan inte ändras."
                                        .formatted(field.label(), list.label())));
            }
        }
        for (FormField field : list.itemFields()) {
            if (field.editable() && field.rules().required() && Values.empty(row.get(field.key()))) {
                problems.add(new FieldProblem(
                        rowName + "." + field.key(),
                        "'%s' måste fyllas i på varje rad i '%s'.".formatted(field.label(), list.label())));
            }
        }
        return accepted;
    }

    private static boolean unchanged(String key, JsonNode value, JsonNode currentRow, JsonNode currentRows) {
        if (currentRow != null) {
            return Values.same(value, currentRow.get(key));
        }
        for (JsonNode candidate : currentRows) {
            if (Values.same(value, candidate.get(key))) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode refuse(List<FieldProblem> problems, String name, String message, Object... arguments) {
        problems.add(new FieldProblem(name, message.formatted(arguments)));
        return NullNode.getInstance();
    }

    /** Equality and reading of submitted values as form-js sends them. */
    static final class Values {

        private Values() {}

        static boolean empty(JsonNode value) {
            return value == null
                    || value.isNull()
                    || value.isMissingNode()
                    || (value.isTextual() && value.asText().isBlank())
                    || (value.isArray() && value.isEmpty());
        }

        /** Whether a value sent back equals the one the task holds (numbers by value, days by day). */
        static boolean same(JsonNode sent, JsonNode held) {
            if (empty(sent) || empty(held)) {
                return empty(sent) && empty(held);
            }
            if (sent.isNumber() || held.isNumber()) {
                BigDecimal left = number(sent);
                BigDecimal right = number(held);
                return left != null && right != null && left.compareTo(right) == 0;
            }
            if (sent.isArray() && held.isArray()) {
                if (sent.size() != held.size()) {
                    return false;
                }
                for (int index = 0; index < sent.size(); index++) {
                    if (!same(sent.get(index), held.get(index))) {
                        return false;
                    }
                }
                return true;
            }
            if (sent.isObject() && held.isObject()) {
                Iterator<Map.Entry<String, JsonNode>> properties = sent.fields();
                while (properties.hasNext()) {
                    Map.Entry<String, JsonNode> property = properties.next();
                    if (!same(property.getValue(), held.get(property.getKey()))) {
                        return false;
                    }
                }
                return true;
            }
            return sent.isValueNode() && held.isValueNode() && sameText(sent.asText(), held.asText());
        }

        /** Equal texts; or a day and a moment of that day, as a date field and a date variable may hold them. */
        private static boolean sameText(String sent, String held) {
            if (sent.equals(held)) {
                return true;
            }
            String day = sent.length() == 10 ? sent : held.length() == 10 ? held : null;
            String moment = day == sent ? held : sent;
            return day != null && day(day) != null && moment.startsWith(day + "T");
        }

        static BigDecimal number(JsonNode value) {
            if (value == null) {
                return null;
            }
            if (value.isNumber()) {
                return value.decimalValue();
            }
            if (value.isTextual() && value.asText().trim().matches("-?\\d{1,15}(\\.\\d{1,15})?")) {
                return new BigDecimal(value.asText().trim());
            }
            return null;
        }

        static LocalDate day(String text) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeException e) {
                return null;
            }
        }
    }
}
