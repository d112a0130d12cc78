package se.medborgarlofte.casefile;

import java.math.BigDecimal;

/**
 * One indicator of the catalogue: what an effect goal measures, on which scale, and which way is better. Values of the
 * same indicator compare across follow-ups and pledges.
 *
 * @param key           the stable key an effect goal names, e.g. {@code andel-otrygga}
 * @param name          the Swedish name, e.g. "Andel som känner sig otrygga"
 * @param unit          the unit after a value, e.g. "%"; blank for a bare number
 * @param min           the lowest value the scale allows, or null
 * @param max           the highest value the scale allows, or null
 * @param direction     whether a lower or a higher value is better
 * @param explanation   the short Swedish explanation shown where values are entered, e.g. "0–6, lägre är bättre"
 * @param scopeRequired whether a goal on it must say what it counts and where (a crime type and a place)
 */
public record Indicator(
        String key,
        String name,
        String unit,
        BigDecimal min,
        BigDecimal max,
        Direction direction,
        String explanation,
        boolean scopeRequired) {

    public enum Direction {
        LOWER,
        HIGHER;

        public String label() {
            return this == LOWER ? "lägre är bättre" : "högre är bättre";
        }
    }

    /** Whether a value lies on the indicator's scale. */
    public boolean withinScale(BigDecimal value) {
        return (min == null || value.compareTo(min) >= 0) && (max == null || value.compareTo(max) <= 0);
    }

    /** The scale in words: "0–6", "0–100", "från 0". */
    public String scale() {
        if (min != null && max != null) {
            return plain(min) + "–" + plain(max);
        }
        return min != null ? "från " + plain(min) : max != null ? "högst " + plain(max) : "alla värden";
    }

    /**
     * The indicator as the draft form's select offers it: its name, the scale where it has both ends, and the better
     * direction, e.g. "Andel som känner sig otrygga (0–100 %, lägre är bättre)".
     */
    public String choiceLabel() {
        String range =
                min != null && max != null ? scale() + (unit == null || unit.isBlank() ? "" : " " + unit) + ", " : "";
        return name + " (" + range + direction.label() + ")";
    }

    /** Whether {@code candidate} is better than {@code reference} in the indicator's direction. */
    public boolean better(BigDecimal candidate, BigDecimal reference) {
        int comparison = candidate.compareTo(reference);
        return direction == Direction.LOWER ? comparison < 0 : comparison > 0;
    }

    /** A value with its unit, in Swedish notation: "38 %", "2,4". */
    public String format(BigDecimal value) {
        String number = plain(value).replace('.', ',');
        return unit == null || unit.isBlank() ? number : number + " " + unit;
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
