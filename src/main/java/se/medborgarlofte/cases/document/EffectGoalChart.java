package se.medborgarlofte.cases.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.medborgarlofte.casefile.EffectGoalSeries;
import se.medborgarlofte.casefile.EffectGoalSeries.Measurement;
import se.medborgarlofte.casefile.Indicator;

/**
 * An effect goal's series as a line chart in inline SVG, drawn on the server so that it needs no script (the public
 * pages allow none) and renders the same in the browser and in the PDF: the baseline and every recorded value in the
 * order measured, joined by a line, and the target as a dashed line. The SVG has a title and a description for screen
 * readers; the pages show the same values as a table beside it.
 */
public final class EffectGoalChart {

    static final int WIDTH = 520;
    static final int HEIGHT = 220;
    static final int LEFT = 48;
    static final int RIGHT = 120;
    static final int TOP = 20;
    static final int BOTTOM = 40;

    /** One point of the chart: the baseline or a measured value. */
    public record Point(String label, LocalDate on, BigDecimal value, String source) {}

    /** A goal ready for a page: the series, its chart and its points for the table beside it. */
    public record ChartedGoal(EffectGoalSeries series, String svg, List<Point> points) {}

    private EffectGoalChart() {}

    /** The goals with their charts; {@code idPrefix} keeps the charts' element ids unique on the page. */
    public static List<ChartedGoal> charted(List<EffectGoalSeries> goals, String idPrefix) {
        List<ChartedGoal> charted = new ArrayList<>();
        for (int index = 0; index < goals.size(); index++) {
            EffectGoalSeries goal = goals.get(index);
            charted.add(new ChartedGoal(goal, svg(goal, idPrefix + "-" + (index + 1)), points(goal)));
        }
        return charted;
    }

    /** The baseline and the measured values, in the order they were measured. */
    public static List<Point> points(EffectGoalSeries series) {
        List<Point> points = new ArrayList<>();
        points.add(new Point(
                "Utgångsvärde",
                series.goal().baselineOn(),
                series.goal().baselineValue(),
                series.goal().baselineSource()));
        for (Measurement value : series.values()) {
            points.add(new Point(value.followUpLabel(), value.measuredOn(), value.value(), value.source()));
        }
        return points;
    }

    /** The chart as an SVG element, ready to be written into a page unescaped (every text in it is escaped). */
    public static String svg(EffectGoalSeries series, String id) {
        List<Point> points = points(series);
        Indicator indicator = series.indicator();
        BigDecimal target = series.goal().targetValue();
        double low = indicator.min() == null
                ? Math.min(0, lowest(points, target))
                : indicator.min().doubleValue();
        double high = roundUp(Math.max(highest(points, target) * 1.1, low + 1));
        if (indicator.max() != null) {
            high = Math.min(high, indicator.max().doubleValue());
        }
        if (high <= low) {
            high = low + 1;
        }
        Scale scale = new Scale(low, high, points.size());
        StringBuilder svg = new StringBuilder();
        String titleId = id + "-titel";
        String descId = id + "-beskrivning";
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"effect-chart\" role=\"img\" width=\"")
                .append(WIDTH)
                .append("\" height=\"")
                .append(HEIGHT)
                .append("\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" aria-labelledby=\"")
                .append(titleId)
                .append(' ')
                .append(descId)
                .append("\">");
        svg.append("<title id=\"")
                .append(titleId)
                .append("\">")
                .append(escape(series.goal().goal()))
                .append("</title>");
        svg.append("<desc id=\"").append(descId).append("\">").append(escape(description(series, points)));
        svg.append("</desc>");
        // axes
        line(svg, LEFT, TOP, LEFT, HEIGHT - BOTTOM, "#595959", false);
        line(svg, LEFT, HEIGHT - BOTTOM, WIDTH - RIGHT, HEIGHT - BOTTOM, "#595959", false);
        text(svg, LEFT - 6, scale.y(low) + 4, "end", number(low));
        text(svg, LEFT - 6, scale.y(high) + 4, "end", number(high));
        // target
        double targetY = scale.y(target.doubleValue());
        line(svg, LEFT, targetY, WIDTH - RIGHT, targetY, "#a4262c", true);
        text(svg, WIDTH - RIGHT + 6, targetY + 4, "start", "Mål " + indicator.format(target));
        // the series
        StringBuilder polyline = new StringBuilder();
        for (int index = 0; index < points.size(); index++) {
            polyline.append(index == 0 ? "" : " ")
                    .append(coordinate(scale.x(index)))
                    .append(',')
                    .append(coordinate(scale.y(points.get(index).value().doubleValue())));
        }
        if (points.size() > 1) {
            svg.append("<polyline fill=\"none\" stroke=\"#005a9c\" stroke-width=\"2\" points=\"")
                    .append(polyline)
                    .append("\"/>");
        }
        for (int index = 0; index < points.size(); index++) {
            Point point = points.get(index);
            double x = scale.x(index);
            double y = scale.y(point.value().doubleValue());
            svg.append("<circle cx=\"")
                    .append(coordinate(x))
                    .append("\" cy=\"")
                    .append(coordinate(y))
                    .append("\" r=\"4\" fill=\"")
                    .append(index == 0 ? "#1a1a1a" : "#005a9c")
                    .append("\"/>");
            text(svg, x, y - 8, "middle", indicator.format(point.value()));
            text(svg, x, HEIGHT - BOTTOM + 16, "middle", point.on().toString());
            text(svg, x, HEIGHT - BOTTOM + 30, "middle", index == 0 ? "utgångsvärde" : "");
        }
        svg.append("</svg>");
        return svg.toString();
    }

    /** The chart in words, for screen readers. */
    static String description(EffectGoalSeries series, List<Point> points) {
        Indicator indicator = series.indicator();
        StringBuilder text = new StringBuilder(indicator.name())
                .append(", ")
                .append(series.goal().direction().label());
        for (Point point : points) {
            text.append(". ")
                    .append(point.label())
                    .append(' ')
                    .append(point.on())
                    .append(": ")
                    .append(indicator.format(point.value()));
        }
        return text.append(". Mål: ")
                .append(indicator.format(series.goal().targetValue()))
                .append('.')
                .toString();
    }

    private record Scale(double low, double high, int count) {

        double x(int index) {
            double plot = WIDTH - LEFT - RIGHT - 40;
            return count <= 1 ? LEFT + 20 + plot / 2 : LEFT + 20 + plot * index / (count - 1);
        }

        double y(double value) {
            double clamped = Math.max(low, Math.min(high, value));
            return TOP + (HEIGHT - TOP - BOTTOM) * (high - clamped) / (high - low);
        }
    }

    /** A round top for the scale: the next of 1, 2, 2.5, 5 times a power of ten (43.7 becomes 50). */
    static double roundUp(double value) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * magnitude >= value) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static double lowest(List<Point> points, BigDecimal target) {
        return points.stream().map(Point::value).reduce(target, BigDecimal::min).doubleValue();
    }

    private static double highest(List<Point> points, BigDecimal target) {
        return points.stream().map(Point::value).reduce(target, BigDecimal::max).doubleValue();
    }

    private static void line(
            StringBuilder svg, double x1, double y1, double x2, double y2, String colour, boolean dash) {
        svg.append("<line x1=\"")
                .append(coordinate(x1))
                .append("\" y1=\"")
                .append(coordinate(y1))
                .append("\" x2=\"")
                .append(coordinate(x2))
                .append("\" y2=\"")
                .append(coordinate(y2))
                .append("\" stroke=\"")
                .append(colour)
                .append("\" stroke-width=\"")
                .append(dash ? "2\" stroke-dasharray=\"6 4" : "1")
                .append("\"/>");
    }

    private static void text(StringBuilder svg, double x, double y, String anchor, String content) {
        if (content.isEmpty()) {
            return;
        }
        svg.append("<text x=\"")
                .append(coordinate(x))
                .append("\" y=\"")
                .append(coordinate(y))
                .append("\" text-anchor=\"")
                .append(anchor)
                .append("\" font-family=\"sans-serif\" font-size=\"12\" fill=\"#1a1a1a\">")
                .append(escape(content))
                .append("</text>");
    }

    private static String number(double value) {
        return BigDecimal.valueOf(value)
                .setScale(1, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString()
                .replace('.', ',');
    }

    private static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
