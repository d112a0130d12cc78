package se.medborgarlofte.citizeninput;

import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What citizens may send and how long it is kept.
 *
 * @param retention       how long the address (and the text) of an input is kept after it was received
 * @param perAddressHour  how many inputs one client address may send in an hour, counted over all nodes
 * @param cleanup         how often the retention job runs
 */
@ConfigurationProperties("medborgarlofte.publication.citizen-input")
public record CitizenInputProperties(
        @DefaultValue("P6M") Period retention,
        @DefaultValue("5") int perAddressHour,
        @DefaultValue("PT1H") Duration cleanup) {

    /** The retention period in Swedish words, as the public form tells it: "6 månader", "1 år". */
    public String retentionInWords() {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (retention.getYears() > 0) {
            parts.add(retention.getYears() + " år");
        }
        if (retention.getMonths() > 0) {
            parts.add(retention.getMonths() + (retention.getMonths() == 1 ? " månad" : " månader"));
        }
        if (retention.getDays() > 0) {
            parts.add(retention.getDays() + (retention.getDays() == 1 ? " dag" : " dagar"));
        }
        return parts.isEmpty() ? "0 dagar" : String.join(" och ", parts);
    }
}
