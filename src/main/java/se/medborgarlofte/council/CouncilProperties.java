package se.medborgarlofte.council;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the council's meeting is prepared.
 *
 * @param schedule  cron expression (Camunda's, with seconds) of the timer that starts each month's meeting process:
 *                  by default 07:00 on the first day of every month
 * @param lookAhead how far ahead the agenda looks for coming follow-ups and period ends: until the next meeting
 */
@ConfigurationProperties("medborgarlofte.council")
public record CouncilProperties(
        @DefaultValue("0 0 7 1 * ?") String schedule,
        @DefaultValue("P1M") Period lookAhead) {}
