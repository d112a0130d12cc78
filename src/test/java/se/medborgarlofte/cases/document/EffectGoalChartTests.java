package se.medborgarlofte.cases.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import se.medborgarlofte.casefile.ConfiguredIndicators;
import se.medborgarlofte.casefile.EffectGoal;
import se.medborgarlofte.casefile.EffectGoalSeries;
import se.medborgarlofte.casefile.EffectGoalSeries.Measurement;
import se.medborgarlofte.casefile.Indicator;

/** The effect goal's line chart: its points, its target line, its text alternative, its escaping. */
class EffectGoalChartTests {

    static final Indicator SHARE_UNSAFE =
            ConfiguredIndicators.catalogue().find("andel-otrygga").orElseThrow();

    static EffectGoalSeries townSquare(String goalText) {
        EffectGoal goal = new EffectGoal(
                1L,
                1,
                "andel-otrygga",
                goalText,
                "Torget kvällstid",
                new BigDecimal("38"),
                LocalDate.of(2026, 3, 1),
                "Trygghetsmätningen 2026",
                new BigDecimal("25"),
                Indicator.Direction.LOWER);
        return new EffectGoalSeries(
                goal,
                SHARE_UNSAFE,
                List.of(
                        new Measurement(new BigDecimal("33"), LocalDate.of(2026, 9, 1), "Enkät", 1, "periodic"),
                        new Measurement(new BigDecimal("24"), LocalDate.of(2027, 3, 1), "Mätning", 2, "periodic")));
    }

    @Test
    void theChartDrawsTheBaselineAndEveryValueAgainstTheDashedTarget() {
        EffectGoalSeries series = townSquare("Otryggheten ska minska");
        Document svg = Jsoup.parse(EffectGoalChart.svg(series, "mal-1"), "", Parser.xmlParser());
        Element root = svg.selectFirst("svg");
        assertThat(root.attr("role")).isEqualTo("img");
        assertThat(root.attr("aria-labelledby")).isEqualTo("mal-1-titel mal-1-beskrivning");
        assertThat(svg.selectFirst("title").text()).isEqualTo("Otryggheten ska minska");
        assertThat(svg.selectFirst("desc").text())
                .isEqualTo("Andel som känner sig otrygga, lägre är bättre. Utgångsvärde 2026-03-01: 38 %."
                        + " Uppföljning 1 2026-09-01: 33 %. Uppföljning 2 2027-03-01: 24 %. Mål: 25 %.");
        assertThat(svg.select("circle")).hasSize(3);
        assertThat(svg.select("text").eachText()).contains("38 %", "33 %", "24 %", "Mål 25 %", "2026-03-01");

        // lower values are drawn lower: y grows downwards, so 38 > 33 > 24 in the points' y
        List<Double> ys = points(svg.selectFirst("polyline").attr("points"));
        assertThat(ys).hasSize(3);
        assertThat(ys.get(0)).isLessThan(ys.get(1));
        assertThat(ys.get(1)).isLessThan(ys.get(2));
        Element target = svg.select("line").stream()
                .filter(line -> line.hasAttr("stroke-dasharray"))
                .findFirst()
                .orElseThrow();
        double targetY = Double.parseDouble(target.attr("y1"));
        assertThat(targetY).isBetween(ys.get(1), ys.get(2));
        assertThat(series.targetReached()).isTrue();
        assertThat(series.standing())
                .isEqualTo("Utgångsvärde 38 % (2026-03-01) · senast 24 % (2027-03-01) · mål 25 % (lägre är bättre)"
                        + " · målet är nått");
    }

    @Test
    void theScaleEndsOnARoundNumber() {
        assertThat(EffectGoalChart.roundUp(43.7)).isEqualTo(50);
        assertThat(EffectGoalChart.roundUp(3.2)).isEqualTo(5);
        assertThat(EffectGoalChart.roundUp(21)).isEqualTo(25);
        assertThat(EffectGoalChart.roundUp(100)).isEqualTo(100);
    }

    @Test
    void textsInTheChartAreEscaped() {
        String svg = EffectGoalChart.svg(townSquare("<script>alert(1)</script> & \"mer\""), "x");
        assertThat(svg)
                .doesNotContain("<script>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;mer&quot;");
    }

    @Test
    void aGoalWithoutValuesShowsItsBaselineAndTarget() {
        EffectGoalSeries series = townSquare("Otryggheten ska minska");
        EffectGoalSeries fresh = new EffectGoalSeries(series.goal(), series.indicator(), List.of());
        Document svg = Jsoup.parse(EffectGoalChart.svg(fresh, "y"), "", Parser.xmlParser());
        assertThat(svg.select("circle")).hasSize(1);
        assertThat(svg.select("polyline")).isEmpty();
        assertThat(EffectGoalChart.points(fresh))
                .extracting(EffectGoalChart.Point::label)
                .containsExactly("Utgångsvärde");
        assertThat(fresh.standing()).contains("inget nytt värde ännu").doesNotContain("nått");
    }

    private static List<Double> points(String points) {
        Matcher matcher = Pattern.compile("[\\d.]+,([\\d.]+)").matcher(points);
        List<Double> ys = new java.util.ArrayList<>();
        while (matcher.find()) {
            ys.add(Double.parseDouble(matcher.group(1)));
        }
        return ys;
    }
}
