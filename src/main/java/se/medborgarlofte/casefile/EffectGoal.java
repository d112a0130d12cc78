package se.medborgarlofte.casefile;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An effect goal of a pledge: "Andelen som känner sig otrygga på torget kvällstid ska minska från 38 % till under 25
 * %", on an indicator of the catalogue, against a baseline with its day and source.
 *
 * @param id        the case file's id, null before it is recorded
 * @param scope     what is counted and where (e.g. "Misshandel, Gustav Adolfs plan"), or null
 * @param direction copied from the indicator when the goal was drafted, so the goal keeps its meaning
 */
public record EffectGoal(
        Long id,
        int position,
        String indicatorKey,
        String goal,
        String scope,
        BigDecimal baselineValue,
        LocalDate baselineOn,
        String baselineSource,
        BigDecimal targetValue,
        Indicator.Direction direction) {}
