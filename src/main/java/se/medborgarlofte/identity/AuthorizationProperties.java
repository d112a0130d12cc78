package se.medborgarlofte.identity;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The engine authorizations every organisation group gets, granted at start-up (deny by default: nothing else is
 * granted; {@code camunda-admin} gets everything).
 *
 * @param grants each grant gives its groups the permissions on one resource (a name of the engine's
 *               {@code Resources}) and resource id ({@code *} for all)
 */
@ConfigurationProperties("medborgarlofte.authorization")
public record AuthorizationProperties(@DefaultValue List<Grant> grants) {

    public record Grant(
            List<String> groups,
            String resource,
            @DefaultValue("*") String resourceId,
            List<String> permissions) {}
}
