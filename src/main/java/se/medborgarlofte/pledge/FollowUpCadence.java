package se.medborgarlofte.pledge;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the steering group follows a running pledge up: on fixed calendar days every year (by default 15 February,
 * 15 June and 15 October) or, when {@code every} is set, every period counted from the pledge period's first day.
 *
 * <p>A follow-up falls on a day after implementation started, within the period and before its last day: the final
 * follow-up, the day after the last day, stands in for one that would fall on the last day itself.
 *
 * @param dates fixed days as ISO month-days ({@code --02-15}); not used when {@code every} is set
 * @param every the period between follow-ups (e.g. {@code P4M}), or null for the fixed dates
 */
public record FollowUpCadence(
        @DefaultValue({"--02-15", "--06-15", "--10-15"}) List<String> dates, Period every) {

    public FollowUpCadence {
        dates = dates == null ? List.of() : List.copyOf(dates);
        if (dates.isEmpty() && every == null) {
            throw new IllegalArgumentException(
                    "Ange uppföljningarna som fasta datum (medborgarlofte.pledge.follow-ups.dates)"
                            + " eller som en period (medborgarlofte.pledge.follow-ups.every).");
        }
        if (every != null && (every.isNegative() || every.isZero())) {
            throw new IllegalArgumentException("Perioden mellan uppföljningar måste vara positiv, inte " + every + ".");
        }
        dates.forEach(FollowUpCadence::monthDay);
    }

    /** The days in the period, in order, on which a follow-up falls for a pledge whose implementation starts on {@code start}. */
    public List<LocalDate> followUpDays(PledgePeriod period, LocalDate start) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day : candidates(period)) {
            if (day.isAfter(start) && !day.isBefore(period.firstDay()) && day.isBefore(period.lastDay())) {
                days.add(day);
            }
        }
        return days;
    }

    private List<LocalDate> candidates(PledgePeriod period) {
        List<LocalDate> days = new ArrayList<>();
        if (every != null) {
            for (LocalDate day = period.firstDay().plus(every); day.isBefore(period.lastDay()); day = day.plus(every)) {
                days.add(day);
            }
            return days;
        }
        for (int year = period.firstDay().getYear(); year <= period.lastDay().getYear(); year++) {
            for (String date : dates) {
                days.add(monthDay(date).atYear(year));
            }
        }
        days.sort(null);
        return days;
    }

    private static MonthDay monthDay(String date) {
        try {
            return MonthDay.parse(date.trim());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(
                    "Uppföljningsdatumet '" + date + "' ska skrivas --MM-DD, t.ex. --02-15.");
        }
    }
}
