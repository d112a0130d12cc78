package se.medborgarlofte.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Identity seeded at start-up.
 *
 * @param adminPassword password of the {@code admin} user in {@code camunda-admin}; required outside the demo, where
 *                      the application refuses to start while it is blank or the demo password
 * @param demoUsers     whether to create the demo users (the {@code demo} profile turns this on)
 * @param demoPassword  the one password of all demo users
 */
@ConfigurationProperties("medborgarlofte.identity")
public record IdentityProperties(
        String adminPassword, @DefaultValue("false") boolean demoUsers, String demoPassword) {

    /** The demo password published in the README; refused as administrator password outside the demo. */
    public static final String DEMO_DEFAULT_PASSWORD = "Tryggare-2026!";
}
