package se.medborgarlofte.council;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The council: its name, and when its meeting is prepared.
 *
 * @param schedule  cron expression (Camunda's, with seconds) of the timer that starts each month's meeting process:
 *                  by default 07:00 on the first day of every month
 * @param lookAhead how far ahead the agenda looks for coming follow-ups and period ends: until the next meeting
 * @param name      the council's name as the municipality calls it (e.g. "Tryggare Enköping"), in its agenda and in
 *                  the cases' timelines
 */
@ConfigurationProperties("medborgarlofte.council")
public record CouncilProperties(
        @DefaultValue("0 0 7 1 * ?") String schedule,
        @DefaultValue("P1M") Period lookAhead,
        @DefaultValue("Brottsförebyggande rådet") String name) {}
