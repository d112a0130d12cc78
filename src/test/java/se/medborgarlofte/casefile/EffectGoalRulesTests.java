package se.medborgarlofte.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.medborgarlofte.casefile.EffectGoalRules.NewValue;

/** The server's rules for effect goals and their values, on the catalogue that application.yaml configures. */
class EffectGoalRulesTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    static final ObjectMapper JSON = new ObjectMapper();

    final EffectGoalRules rules = new EffectGoalRules(ConfiguredIndicators.catalogue());

    @Test
    void theDefaultCatalogueHasTheFourIndicatorsWithTheirScalesAndDirections() {
        IndicatorCatalogue catalogue = ConfiguredIndicators.catalogue();
        assertThat(catalogue.all())
                .extracting(Indicator::key)
                .containsExactly("problemindex", "andel-otrygga", "anmalda-brott", "deltagare");
        Indicator index = catalogue.find("problemindex").orElseThrow();
        assertThat(index.scale()).isEqualTo("0–6");
        assertThat(index.direction()).isEqualTo(Indicator.Direction.LOWER);
        assertThat(index.explanation()).startsWith("0–6, lägre är bättre");
        assertThat(catalogue.find("deltagare").orElseThrow().direction()).isEqualTo(Indicator.Direction.HIGHER);
        assertThat(catalogue.find("anmalda-brott").orElseThrow().scopeRequired())
                .isTrue();
        assertThat(catalogue.find("andel-otrygga").orElseThrow().format(new BigDecimal("24.50")))
                .isEqualTo("24,5 %");
    }

    @Test
    void aSoundDraftGoalIsAcceptedWithTheIndicatorsDirection() {
        List<EffectGoal> goals = rules.draft(rows(goal("andel-otrygga", 38, 25)), Set.of(), TODAY);
        assertThat(goals).hasSize(1);
        EffectGoal goal = goals.get(0);
        assertThat(goal.id()).isNull();
        assertThat(goal.position()).isEqualTo(1);
        assertThat(goal.direction()).isEqualTo(Indicator.Direction.LOWER);
        assertThat(goal.baselineValue()).isEqualByComparingTo("38");
        assertThat(goal.baselineOn()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(rules.draft(rows(goal("deltagare", 40, 120)), Set.of(), TODAY))
                .singleElement()
                .extracting(EffectGoal::direction)
                .isEqualTo(Indicator.Direction.HIGHER);
    }

    @Test
    void draftGoalsAreRefusedInSwedishWhenTheyBreakARule() {
        assertRefused(goal("trygghet", 38, 25), "Effektmål 1: välj en indikator ur katalogen, inte 'trygghet'.");
        assertRefused(goal("problemindex", 7, 3), "utgångsvärdet 7 ligger utanför skalan", "(0–6)");
        assertRefused(goal("andel-otrygga", 38, -1), "målvärdet -1 ligger utanför skalan");
        assertRefused(goal("andel-otrygga", 25, 38), "målvärdet 38 % ska vara lägre än utgångsvärdet 25 %");
        assertRefused(goal("andel-otrygga", 25, 25), "ska vara lägre än utgångsvärdet");
        assertRefused(goal("deltagare", 40, 20), "målvärdet 20 personer ska vara högre än utgångsvärdet");
        assertRefused(
                with(goal("andel-otrygga", 38, 25), "baselineOn", "2026-12-24"),
                "utgångsvärdets datum kan inte ligga i framtiden (2026-12-24)");
        assertRefused(with(goal("andel-otrygga", 38, 25), "baselineSource", " "), "ange utgångsvärdets källa");
        assertRefused(with(goal("andel-otrygga", 38, 25), "goal", "x".repeat(501)), "högst 500 tecken, inte 501");
        assertRefused(
                with(goal("anmalda-brott", 40, 30), "scope", null), "ange vad som räknas och var (t.ex. brottstyp");
        assertRefused(with(goal("andel-otrygga", 38, 25), "targetValue", "många"), "målvärdet ska vara ett tal");
    }

    @Test
    void aDraftMayChangeOnlyThePledgesOwnGoals() {
        Map<String, Object> own = with(goal("andel-otrygga", 38, 25), "id", 7);
        assertThat(rules.draft(rows(own), Set.of(7L), TODAY))
                .singleElement()
                .extracting(EffectGoal::id)
                .isEqualTo(7L);
        assertThatThrownBy(() -> rules.draft(rows(with(goal("andel-otrygga", 38, 25), "id", 8)), Set.of(7L), TODAY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Effektmål 1: målet hör inte till det här medborgarlöftet.");
        assertThatThrownBy(() -> rules.draft(rows(own, own), Set.of(7L), TODAY))
                .hasMessage("Effektmål 2: målet hör inte till det här medborgarlöftet.");
    }

    @Test
    void aFollowUpRecordsOnlyTheRowsWithANewValueEachWithItsDayAndSource() {
        Map<Long, EffectGoal> goals = Map.of(
                1L, ownGoal(1L, "andel-otrygga"),
                2L, ownGoal(2L, "problemindex"));
        List<NewValue> values = rules.values(
                rows(value(1, 31.5, "2026-10-01", "Kommunens enkät"), value(2, null, null, null)), goals, TODAY);
        assertThat(values)
                .containsExactly(
                        new NewValue(1L, new BigDecimal("31.5"), LocalDate.of(2026, 10, 1), "Kommunens enkät"));
    }

    @Test
    void followUpValuesAreRefusedInSwedishWhenTheyBreakARule() {
        Map<Long, EffectGoal> goals = Map.of(1L, ownGoal(1L, "problemindex"));
        assertValueRefused(goals, value(99, 2.1, "2026-10-01", "Trygghetsmätningen"), "målet hör inte till");
        assertValueRefused(
                goals, value(1, 6.5, "2026-10-01", "Trygghetsmätningen"), "det nya värdet 6.5 ligger utanför skalan");
        assertValueRefused(goals, value(1, 2.1, null, "Trygghetsmätningen"), "datum för det nya värdet saknas");
        assertValueRefused(goals, value(1, 2.1, "2026-10-01", null), "ange källan till det nya värdet");
        assertValueRefused(goals, value(1, 2.1, "2027-01-01", "Trygghetsmätningen"), "kan inte ligga i framtiden");
        assertValueRefused(
                goals, value(1, null, "2026-10-01", "Trygghetsmätningen"), "ange det nya värdet, eller lämna");
    }

    private void assertRefused(Map<String, Object> row, String... parts) {
        assertThatThrownBy(() -> rules.draft(rows(row), Set.of(), TODAY))
                .isInstanceOf(IllegalArgumentException.class)
                .message()
                .startsWith("Effektmål 1: ")
                .contains(parts);
    }

    private void assertValueRefused(Map<Long, EffectGoal> goals, Map<String, Object> row, String part) {
        assertThatThrownBy(() -> rules.values(rows(row), goals, TODAY))
                .isInstanceOf(IllegalArgumentException.class)
                .message()
                .startsWith("Effektmål 1: ")
                .contains(part);
    }

    static EffectGoal ownGoal(long id, String indicator) {
        return new EffectGoal(
                id,
                1,
                indicator,
                "Målet",
                null,
                BigDecimal.valueOf(3),
                LocalDate.of(2025, 10, 1),
                "Trygghetsmätningen 2025",
                BigDecimal.valueOf(2),
                Indicator.Direction.LOWER);
    }

    static Map<String, Object> goal(String indicator, Object baseline, Object target) {
        java.util.HashMap<String, Object> row = new java.util.HashMap<>();
        row.put("indicator", indicator);
        row.put("goal", "Andelen som känner sig otrygga på torget ska minska.");
        row.put("scope", "Torget kvällstid");
        row.put("baselineValue", baseline);
        row.put("baselineOn", "2026-03-01");
        row.put("baselineSource", "Trygghetsmätningen 2026");
        row.put("targetValue", target);
        return row;
    }

    static Map<String, Object> value(long goalId, Object value, String on, String source) {
        java.util.HashMap<String, Object> row = new java.util.HashMap<>();
        row.put("goalId", goalId);
        row.put("goal", "Målet");
        row.put("value", value);
        row.put("measuredOn", on);
        row.put("source", source);
        return row;
    }

    static Map<String, Object> with(Map<String, Object> row, String key, Object value) {
        java.util.HashMap<String, Object> changed = new java.util.HashMap<>(row);
        changed.put(key, value);
        return changed;
    }

    @SafeVarargs
    static JsonNode rows(Map<String, Object>... rows) {
        return JSON.valueToTree(List.of(rows));
    }
}
