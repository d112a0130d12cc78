package se.medborgarlofte.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Identity seeded at start-up.
 *
 * @param adminPassword password of the {@code admin} user in {@code camunda-admin}; no admin user is created while
 *                      it is blank
 * @param demoUsers     whether to create the demo users (the {@code demo} profile turns this on)
 * @param demoPassword  the one password of all demo users
 */
@ConfigurationProperties("medborgarlofte.identity")
public record IdentityProperties(String adminPassword, @DefaultValue("false") boolean demoUsers, String demoPassword) {
}
