package se.medborgarlofte.casefile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An effect goal with its indicator and the values the follow-ups recorded, oldest measurement first: what the case
 * page, the review, the report and the public page show and draw.
 */
public record EffectGoalSeries(EffectGoal goal, Indicator indicator, List<Measurement> values) {

    /** A value recorded with a follow-up. */
    public record Measurement(
            BigDecimal value, LocalDate measuredOn, String source, int followUpNumber, String followUpKind) {

        /** "Uppföljning 2" or "Slutuppföljning". */
        public String followUpLabel() {
            return followUpKind.equals("final") ? "Slutuppföljning" : "Uppföljning " + followUpNumber;
        }
    }

    public Measurement latest() {
        return values.isEmpty() ? null : values.get(values.size() - 1);
    }

    public String format(BigDecimal value) {
        return indicator.format(value);
    }

    /** Whether the latest value has reached the target (on it or on its better side). */
    public boolean targetReached() {
        Measurement latest = latest();
        return latest != null
                && (latest.value().compareTo(goal.targetValue()) == 0
                        || indicator.better(latest.value(), goal.targetValue()));
    }

    /**
     * The standing in one line: "Utgångsvärde 38 % (2026-03-01) · senast 31 % (2026-10-15) · mål 25 % (lägre är
     * bättre)".
     */
    public String standing() {
        Measurement latest = latest();
        return "Utgångsvärde %s (%s) · %s · mål %s (%s)%s"
                .formatted(
                        format(goal.baselineValue()),
                        goal.baselineOn(),
                        latest == null
                                ? "inget nytt värde ännu"
                                : "senast " + format(latest.value()) + " (" + latest.measuredOn() + ")",
                        format(goal.targetValue()),
                        goal.direction().label(),
                        targetReached() ? " · målet är nått" : "");
    }
}
