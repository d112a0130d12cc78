package se.medborgarlofte.pledge;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What a municipality configures about its pledges.
 *
 * @param followUpCycle ISO 8601 repeating interval of the follow-ups while a pledge runs; {@code R/P4M} is three
 *                      times a year, counted from the day implementation starts
 * @param timeZone      the zone in which pledge periods and due dates are calendar days
 */
@ConfigurationProperties("medborgarlofte.pledge")
public record PledgeProperties(
        @DefaultValue("R/P4M") String followUpCycle,
        @DefaultValue("Europe/Stockholm") ZoneId timeZone) {
}
