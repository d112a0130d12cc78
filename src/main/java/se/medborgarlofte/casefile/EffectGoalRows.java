package se.medborgarlofte.casefile;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The effect goals as the rows of the follow-up's and the review's forms (JSON lists, read-only but for the values). */
public final class EffectGoalRows {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EffectGoalRows() {}

    /**
     * A follow-up's rows: the goal, what a value means and the standing, read-only, with empty {@code value},
     * {@code measuredOn} and {@code source} for a new value.
     */
    public static String valueRows(List<EffectGoalSeries> series) {
        ArrayNode rows = JSON.createArrayNode();
        for (EffectGoalSeries goal : series) {
            ObjectNode row = rows.addObject();
            row.put("goalId", goal.goal().id());
            row.put("goal", goal.goal().goal());
            row.put("indicator", describe(goal));
            row.put("standing", goal.standing());
            row.putNull("value");
            row.putNull("measuredOn");
            row.putNull("source");
        }
        return rows.toString();
    }

    /** A review's rows: the goal and its standing. */
    public static String standingRows(List<EffectGoalSeries> series) {
        ArrayNode rows = JSON.createArrayNode();
        for (EffectGoalSeries goal : series) {
            ObjectNode row = rows.addObject();
            row.put("goal", goal.goal().goal());
            row.put("indicator", describe(goal));
            row.put("standing", goal.standing());
        }
        return rows.toString();
    }

    /** "Andel som känner sig otrygga (%): Procent 0–100, lägre är bättre. · Torget kvällstid". */
    static String describe(EffectGoalSeries goal) {
        Indicator indicator = goal.indicator();
        String unit = indicator.unit() == null || indicator.unit().isBlank() ? "" : " (" + indicator.unit() + ")";
        String explanation =
                indicator.explanation() == null || indicator.explanation().isBlank()
                        ? ""
                        : ": " + indicator.explanation();
        String scope = goal.goal().scope() == null ? "" : " · " + goal.goal().scope();
        return indicator.name() + unit + explanation + scope;
    }
}
