package se.medborgarlofte.pledge;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Date;

/** The calendar period a pledge runs, as the forms enter it (ISO dates, last day inclusive). */
public record PledgePeriod(LocalDate firstDay, LocalDate lastDay) {

    public PledgePeriod {
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException(
                    "Periodens sista dag (%s) ligger före dess första dag (%s).".formatted(lastDay, firstDay));
        }
    }

    public static PledgePeriod parse(String firstDay, String lastDay) {
        return new PledgePeriod(parseDay(firstDay, "Periodens första dag"), parseDay(lastDay, "Periodens sista dag"));
    }

    /** The instant the period is over: the start of the day after its last day. */
    public Date endsAt(ZoneId zone) {
        return Date.from(lastDay.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** The period of the same length in years, months and days that starts the day after this one ends, for a renewed pledge. */
    public PledgePeriod following() {
        LocalDate next = lastDay.plusDays(1);
        Period length = Period.between(firstDay, next);
        return new PledgePeriod(next, next.plus(length).minusDays(1));
    }

    static LocalDate parseDay(String value, String label) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(label + " saknas.");
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(
                    label + " måste vara ett datum på formen ÅÅÅÅ-MM-DD, inte '" + value + "'.");
        }
    }
}
