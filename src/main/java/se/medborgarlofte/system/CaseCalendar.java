package se.medborgarlofte.system;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The calendar of the installation: the one configured time zone ({@code medborgarlofte.pledge.time-zone}) in which
 * pledge periods, due dates and deadlines are calendar days. A deadline is the end of its last day, i.e. the start
 * of the following one.
 */
@Component
public class CaseCalendar {

    private final ZoneId zone;

    public CaseCalendar(@Value("${medborgarlofte.pledge.time-zone:Europe/Stockholm}") ZoneId zone) {
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    /** Today, by the engine's clock (which process tests move). */
    public LocalDate today() {
        return day(EngineContext.now());
    }

    /** The calendar day of a moment. */
    public LocalDate day(Instant moment) {
        return LocalDate.ofInstant(moment, zone);
    }

    /** The deadline of a last day: the start of the day after it. */
    public Instant endOf(LocalDate lastDay) {
        return lastDay.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The last day to act before a deadline (the start of the following day). */
    public LocalDate lastDayBefore(Instant deadline) {
        return LocalDate.ofInstant(deadline.minusSeconds(1), zone);
    }
}
