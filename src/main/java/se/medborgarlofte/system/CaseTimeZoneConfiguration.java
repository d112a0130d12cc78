package se.medborgarlofte.system;

import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one configured time zone of the installation, for every feature that turns moments into calendar days. */
@Configuration
class CaseTimeZoneConfiguration {

    /** The zone in which pledge periods, due dates and deadlines are calendar days ({@code medborgarlofte.pledge.time-zone}). */
    @Bean
    ZoneId caseTimeZone(@Value("${medborgarlofte.pledge.time-zone:Europe/Stockholm}") ZoneId zone) {
        return zone;
    }
}
