package se.medborgarlofte.taskform;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One field of a Camunda Form that holds data, with the rules form-js applies to it in Tasklist.
 *
 * @param key            the variable (or, inside a list, the item property) the field writes
 * @param label          the field's Swedish label, used in messages
 * @param kind           what kind of value the field holds
 * @param editable       false for read-only and disabled fields: they show data and may only come back unchanged
 * @param hideWhen       the FEEL conditions (of the field and the groups around it) under which the field is hidden
 * @param options        the allowed values of a select, radio, checklist or taglist; empty for other kinds
 * @param optionsKey     the variable whose list ({@code value} and {@code label} per option) gives a select's allowed
 *                       values when the form takes them from a variable ({@code valuesKey}); null otherwise
 * @param itemFields     the fields of each row of a dynamic list; empty for other kinds
 * @param addRemoveRows  whether a dynamic list lets the user add and remove rows
 */
public record FormField(
        String key,
        String label,
        Kind kind,
        boolean editable,
        List<String> hideWhen,
        Rules rules,
        Set<String> options,
        String optionsKey,
        List<FormField> itemFields,
        boolean addRemoveRows) {

    public enum Kind {
        TEXT,
        NUMBER,
        DATE,
        CHOICE,
        CHOICES,
        BOOLEAN,
        LIST
    }

    /**
     * The form's validation of a field.
     *
     * @param decimalDigits       digits allowed after the decimal point of a number (null: any)
     * @param disallowPassedDates a date field that refuses days before today
     */
    public record Rules(
            boolean required,
            Integer minLength,
            Integer maxLength,
            BigDecimal min,
            BigDecimal max,
            Pattern pattern,
            Integer decimalDigits,
            boolean disallowPassedDates) {}

    public FormField itemField(String itemKey) {
        return itemFields.stream()
                .filter(field -> field.key().equals(itemKey))
                .findFirst()
                .orElse(null);
    }

    public boolean hasEditableItems() {
        return itemFields.stream().anyMatch(FormField::editable);
    }
}
