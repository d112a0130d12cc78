package se.medborgarlofte.casefile;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The indicator catalogue ({@code medborgarlofte.indicators}): the indicators effect goals may name. The defaults in
 * {@code application.yaml} are the police safety survey's problem index, the share feeling unsafe, reported crimes per
 * four-month period of a given type and place, and participants.
 * The draft task offers them as its select's options ({@code IndicatorChoicesListener}): the form lists none itself.
 */
@ConfigurationProperties("medborgarlofte")
public record IndicatorProperties(List<Indicator> indicators) {

    public IndicatorProperties {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }
}
