package se.medborgarlofte.casefile;

import static se.medborgarlofte.casefile.CaseEvents.timestamp;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.medborgarlofte.casefile.EffectGoalRules.NewValue;
import se.medborgarlofte.casefile.EffectGoalSeries.Measurement;

/** The pledge's effect goals and the values its follow-ups recorded for them. */
@Component
@RequiredArgsConstructor
public class EffectGoalRecords {

    private final JdbcClient jdbc;
    private final CaseEvents events;
    private final IndicatorCatalogue catalogue;

    /**
     * Records a draft's effect goals: a goal with an id changes that goal, one without is new, and a current goal the
     * draft no longer has is withdrawn (its values stay). Returns the goals' ids in the draft's order.
     */
    public List<Long> recordDraft(String registrationNumber, List<EffectGoal> goals, String actor, Instant at) {
        long pledgeId = events.pledgeId(registrationNumber);
        List<Long> ids = new ArrayList<>();
        for (EffectGoal goal : goals) {
            if (goal.id() == null) {
                jdbc.sql("""
                        INSERT INTO effect_goal (pledge_id, position, indicator_key, goal, scope, baseline_value,
                            baseline_on, baseline_source, target_value, direction)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(pledgeId, goal.position(), goal.indicatorKey(), goal.goal(), goal.scope())
                        .param(goal.baselineValue())
                        .param(goal.baselineOn())
                        .param(goal.baselineSource())
                        .param(goal.targetValue())
                        .param(goal.direction().name().toLowerCase())
                        .update();
                ids.add(jdbc.sql("SELECT MAX(id) FROM effect_goal WHERE pledge_id = ?")
                        .param(pledgeId)
                        .query(Long.class)
                        .single());
            } else {
                jdbc.sql("""
                        UPDATE effect_goal SET position = ?, indicator_key = ?, goal = ?, scope = ?, baseline_value = ?,
                            baseline_on = ?, baseline_source = ?, target_value = ?, direction = ?
                        WHERE id = ? AND pledge_id = ? AND withdrawn_at IS NULL""")
                        .params(goal.position(), goal.indicatorKey(), goal.goal(), goal.scope())
                        .param(goal.baselineValue())
                        .param(goal.baselineOn())
                        .param(goal.baselineSource())
                        .param(goal.targetValue())
                        .param(goal.direction().name().toLowerCase())
                        .param(goal.id())
                        .param(pledgeId)
                        .update();
                ids.add(goal.id());
            }
        }
        for (long current : currentIds(registrationNumber)) {
            if (!ids.contains(current)) {
                jdbc.sql("UPDATE effect_goal SET withdrawn_at = ? WHERE id = ?")
                        .params(timestamp(at), current)
                        .update();
            }
        }
        if (!goals.isEmpty()) {
            events.append(
                    pledgeId,
                    "effect-goals",
                    "Effektmål: " + goals.stream().map(EffectGoal::goal).collect(Collectors.joining("; ")),
                    actor,
                    at);
        }
        return ids;
    }

    /** The ids of the pledge's current (not withdrawn) goals. */
    public Set<Long> currentIds(String registrationNumber) {
        return current(registrationNumber).keySet();
    }

    /** The pledge's current goals by id, in their order. */
    public Map<Long, EffectGoal> current(String registrationNumber) {
        Map<Long, EffectGoal> goals = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT g.* FROM effect_goal g JOIN pledge p ON p.id = g.pledge_id
                WHERE p.registration_number = ? AND g.withdrawn_at IS NULL ORDER BY g.position, g.id""")
                .param(registrationNumber)
                .query((rs, row) -> new EffectGoal(
                        rs.getLong("id"),
                        rs.getInt("position"),
                        rs.getString("indicator_key"),
                        rs.getString("goal"),
                        rs.getString("scope"),
                        rs.getBigDecimal("baseline_value"),
                        rs.getObject("baseline_on", java.time.LocalDate.class),
                        rs.getString("baseline_source"),
                        rs.getBigDecimal("target_value"),
                        Indicator.Direction.valueOf(rs.getString("direction").toUpperCase())))
                .list()
                .forEach(goal -> goals.put(goal.id(), goal));
        return goals;
    }

    /** Records the new values a follow-up brought. */
    public void recordValues(long followUpId, List<NewValue> values) {
        for (NewValue value : values) {
            jdbc.sql("""
                    INSERT INTO effect_goal_value (goal_id, follow_up_id, measured_value, measured_on, source)
                    VALUES (?, ?, ?, ?, ?)""")
                    .params(value.goalId(), followUpId, value.value(), value.measuredOn(), value.source())
                    .update();
        }
    }

    /** Each current goal with its indicator and recorded values, oldest measurement first. */
    public List<EffectGoalSeries> series(String registrationNumber) {
        List<EffectGoalSeries> series = new ArrayList<>();
        for (EffectGoal goal : current(registrationNumber).values()) {
            List<Measurement> values = jdbc.sql("""
                    SELECT v.measured_value, v.measured_on, v.source, f.follow_up_number, f.kind
                    FROM effect_goal_value v JOIN follow_up f ON f.id = v.follow_up_id
                    WHERE v.goal_id = ? ORDER BY v.measured_on, f.follow_up_number""")
                    .param(goal.id())
                    .query((rs, row) -> new Measurement(
                            rs.getBigDecimal("measured_value"),
                            rs.getObject("measured_on", java.time.LocalDate.class),
                            rs.getString("source"),
                            rs.getInt("follow_up_number"),
                            rs.getString("kind")))
                    .list();
            series.add(new EffectGoalSeries(goal, indicatorOf(goal), values));
        }
        return series;
    }

    /** The goal's indicator; one since taken out of the catalogue is shown by its key, without a scale. */
    private Indicator indicatorOf(EffectGoal goal) {
        return catalogue
                .find(goal.indicatorKey())
                .orElseGet(() -> new Indicator(
                        goal.indicatorKey(), goal.indicatorKey(), "", null, null, goal.direction(), "", false));
    }
}
