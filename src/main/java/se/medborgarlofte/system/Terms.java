package se.medborgarlofte.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The words an installation may want in its own terms. {@code pledgeNumber} names the application's number of a pledge
 * (ML-2026-0001): "Löftesnummer" by default, because a registrar keeps "Diarienummer" for the municipality's own
 * registry number (KS 2018/123), which the case file holds as a separate field.
 */
@ConfigurationProperties("medborgarlofte.terms")
public record Terms(@DefaultValue("Löftesnummer") String pledgeNumber) {

    public Terms {
        if (pledgeNumber == null || pledgeNumber.isBlank()) {
            throw new IllegalArgumentException("medborgarlofte.terms.pledge-number får inte vara tomt.");
        }
        pledgeNumber = pledgeNumber.strip();
    }
}
