package se.medborgarlofte.cases.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import se.medborgarlofte.cases.CaseViews.FollowUpView;

/**
 * A bar chart of the follow-ups' indicators, drawn with plain HTML boxes so that it looks the same in the browser
 * and in the PDF. Each series is scaled to its own largest value (the safety index to its scale of 6).
 */
public record IndicatorChart(List<Series> series) {

    public record Series(String title, List<Bar> bars) {}

    public record Bar(String label, String value, int percent) {}

    public static IndicatorChart of(List<FollowUpView> followUps) {
        List<Series> series = new ArrayList<>();
        series.add(series(
                "Anmälda brott",
                followUps,
                f -> f.reportedCrimes() == null ? null : BigDecimal.valueOf(f.reportedCrimes()),
                null));
        series.add(
                series("Deltagare i aktiviteter", followUps, f -> BigDecimal.valueOf(f.activityParticipants()), null));
        series.add(series(
                "Trygghetsindex (0–6, lägre är bättre)", followUps, FollowUpView::safetyIndex, BigDecimal.valueOf(6)));
        return new IndicatorChart(series);
    }

    public boolean isEmpty() {
        return series.stream().allMatch(s -> s.bars().isEmpty());
    }

    private static Series series(
            String title, List<FollowUpView> followUps, Function<FollowUpView, BigDecimal> value, BigDecimal scale) {
        BigDecimal max = scale;
        if (max == null) {
            max = followUps.stream()
                    .map(value)
                    .filter(v -> v != null)
                    .max(BigDecimal::compareTo)
                    .orElse(BigDecimal.ONE);
        }
        List<Bar> bars = new ArrayList<>();
        for (FollowUpView followUp : followUps) {
            BigDecimal v = value.apply(followUp);
            if (v == null) {
                continue;
            }
            int percent = max.signum() == 0
                    ? 0
                    : v.multiply(BigDecimal.valueOf(100))
                            .divide(max, 0, RoundingMode.HALF_UP)
                            .intValue();
            String label = followUp.kind().equals("final") ? "Slut" : "Uppföljning " + followUp.number();
            bars.add(new Bar(label, v.stripTrailingZeros().toPlainString(), Math.max(1, Math.min(100, percent))));
        }
        return new Series(title, bars);
    }
}
