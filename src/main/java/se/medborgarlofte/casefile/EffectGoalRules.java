package se.medborgarlofte.casefile;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * The server's rules for effect goals and their values, beyond what the forms check: a known indicator, values on its
 * scale, a baseline not in the future, a target on the better side of the baseline, only the pledge's own goals, a
 * day and a source with every new value. Breaking one is an {@link IllegalArgumentException} with a Swedish message,
 * which the REST layers answer with 400.
 */
@Component
@RequiredArgsConstructor
public class EffectGoalRules {

    static final int GOAL_LENGTH = 500;
    static final int SCOPE_LENGTH = 200;
    static final int SOURCE_LENGTH = 300;

    private final IndicatorCatalogue catalogue;

    /** A new value of one goal, as a follow-up records it. */
    public record NewValue(long goalId, BigDecimal value, LocalDate measuredOn, String source) {}

    /**
     * The effect goals of a draft's list "Effektmål". A row may carry the id of one of the pledge's current goals
     * ({@code currentIds}), which it then changes; any other id is refused.
     */
    public List<EffectGoal> draft(JsonNode rows, Set<Long> currentIds, LocalDate today) {
        List<EffectGoal> goals = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        int position = 0;
        for (JsonNode row : rows) {
            position++;
            String at = "Effektmål " + position + ": ";
            Long id = row.hasNonNull("id") ? id(row.get("id"), at) : null;
            if (id != null && (!currentIds.contains(id) || !seen.add(id))) {
                throw new IllegalArgumentException(at + "målet hör inte till det här medborgarlöftet.");
            }
            String key = text(row, "indicator");
            Indicator indicator = catalogue
                    .find(key)
                    .orElseThrow(() -> new IllegalArgumentException(at + "välj en indikator ur katalogen"
                            + (key == null ? "." : ", inte '" + shorten(key) + "'.")));
            String goal = required(row, "goal", at + "beskriv målet i ord", GOAL_LENGTH);
            String scope = text(row, "scope");
            if (scope != null && scope.length() > SCOPE_LENGTH) {
                throw new IllegalArgumentException(
                        at + "avgränsningen får vara högst " + SCOPE_LENGTH + " tecken, inte " + scope.length() + ".");
            }
            if (scope == null && indicator.scopeRequired()) {
                throw new IllegalArgumentException(at
                        + "ange vad som räknas och var (t.ex. brottstyp och plats), så att värdena går att jämföra.");
            }
            BigDecimal baseline = onScale(row, "baselineValue", "utgångsvärdet", indicator, at);
            LocalDate baselineOn = day(row, "baselineOn", "utgångsvärdets datum", at);
            if (baselineOn.isAfter(today)) {
                throw new IllegalArgumentException(
                        at + "utgångsvärdets datum kan inte ligga i framtiden (" + baselineOn + ").");
            }
            String source = required(row, "baselineSource", at + "ange utgångsvärdets källa", SOURCE_LENGTH);
            BigDecimal target = onScale(row, "targetValue", "målvärdet", indicator, at);
            if (!indicator.better(target, baseline)) {
                throw new IllegalArgumentException(at
                        + "målvärdet %s ska vara %s än utgångsvärdet %s (%s)."
                                .formatted(
                                        indicator.format(target),
                                        indicator.direction() == Indicator.Direction.LOWER ? "lägre" : "högre",
                                        indicator.format(baseline),
                                        indicator.direction().label()));
            }
            goals.add(new EffectGoal(
                    id, position, key, goal, scope, baseline, baselineOn, source, target, indicator.direction()));
        }
        return goals;
    }

    /**
     * The new values of a follow-up's list: only rows with a value count; each must name one of the pledge's current
     * goals ({@code goals} by id), once, and carry a day (not in the future) and a source.
     */
    public List<NewValue> values(JsonNode rows, Map<Long, EffectGoal> goals, LocalDate today) {
        List<NewValue> values = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        int position = 0;
        for (JsonNode row : rows) {
            position++;
            String at = "Effektmål " + position + ": ";
            Long id = row.hasNonNull("goalId") ? id(row.get("goalId"), at) : null;
            EffectGoal goal = id == null ? null : goals.get(id);
            if (goal == null || !seen.add(id)) {
                throw new IllegalArgumentException(at + "målet hör inte till det här medborgarlöftet.");
            }
            if (empty(row.get("value"))) {
                if (!empty(row.get("measuredOn")) || !empty(row.get("source"))) {
                    throw new IllegalArgumentException(
                            at + "ange det nya värdet, eller lämna datum och källa tomma om inget nytt värde finns.");
                }
                continue;
            }
            Indicator indicator = catalogue.find(goal.indicatorKey()).orElse(null);
            BigDecimal value = number(row, "value", "det nya värdet", at);
            if (indicator != null && !indicator.withinScale(value)) {
                throw outOfScale(at, "det nya värdet", value, indicator);
            }
            LocalDate measuredOn = day(row, "measuredOn", "datum för det nya värdet", at);
            if (measuredOn.isAfter(today)) {
                throw new IllegalArgumentException(
                        at + "datum för det nya värdet kan inte ligga i framtiden (" + measuredOn + ").");
            }
            String source = required(row, "source", at + "ange källan till det nya värdet", SOURCE_LENGTH);
            values.add(new NewValue(id, value, measuredOn, source));
        }
        return values;
    }

    private static BigDecimal onScale(JsonNode row, String field, String label, Indicator indicator, String at) {
        BigDecimal value = number(row, field, label, at);
        if (!indicator.withinScale(value)) {
            throw outOfScale(at, label, value, indicator);
        }
        return value;
    }

    private static IllegalArgumentException outOfScale(String at, String label, BigDecimal value, Indicator indicator) {
        return new IllegalArgumentException("%s%s %s ligger utanför skalan för %s (%s)."
                .formatted(at, label, Indicator.plain(value), indicator.name(), indicator.scale()));
    }

    private static BigDecimal number(JsonNode row, String field, String label, String at) {
        JsonNode node = row.get(field);
        if (empty(node)) {
            throw new IllegalArgumentException(at + label + " saknas.");
        }
        try {
            BigDecimal value = node.isNumber()
                    ? node.decimalValue()
                    : new BigDecimal(node.asText().trim());
            if (value.abs().compareTo(new BigDecimal("1e9")) >= 0
                    || value.stripTrailingZeros().scale() > 2) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(at + label + " ska vara ett tal med högst två decimaler.");
        }
    }

    private static LocalDate day(JsonNode row, String field, String label, String at) {
        String text = text(row, field);
        if (text == null) {
            throw new IllegalArgumentException(at + label + " saknas.");
        }
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(at + label + " ska vara ett datum (ÅÅÅÅ-MM-DD).");
        }
    }

    private static String required(JsonNode row, String field, String message, int maxLength) {
        String text = text(row, field);
        if (text == null) {
            throw new IllegalArgumentException(message + ".");
        }
        if (text.length() > maxLength) {
            throw new IllegalArgumentException(
                    message + " med högst " + maxLength + " tecken, inte " + text.length() + ".");
        }
        return text;
    }

    private static Long id(JsonNode node, String at) {
        if (node.canConvertToLong() && node.isIntegralNumber()) {
            return node.asLong();
        }
        if (node.isTextual() && node.asText().matches("\\d{1,18}")) {
            return Long.parseLong(node.asText());
        }
        throw new IllegalArgumentException(at + "målet hör inte till det här medborgarlöftet.");
    }

    private static String text(JsonNode row, String field) {
        JsonNode node = row.get(field);
        return empty(node) ? null : node.asText().strip();
    }

    private static boolean empty(JsonNode node) {
        return node == null
                || node.isNull()
                || node.isMissingNode()
                || (node.isTextual() && node.asText().isBlank());
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
