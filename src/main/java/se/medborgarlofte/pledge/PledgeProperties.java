package se.medborgarlofte.pledge;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What a municipality configures about its pledges.
 *
 * @param followUps when the running pledges are followed up; by default on 15 February, 15 June and 15 October
 * @param timeZone  the zone in which pledge periods, follow-up days and due dates are calendar days
 */
@ConfigurationProperties("medborgarlofte.pledge")
public record PledgeProperties(
        @DefaultValue FollowUpCadence followUps,
        @DefaultValue("Europe/Stockholm") ZoneId timeZone) {}
