package se.medborgarlofte.system.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * Who calls the engine's APIs: on the engine REST API the user of its Basic authentication (the engine's current
 * authentication during the request), on the webapps' API the user logged in to the session.
 */
public record EngineCaller(String userId, Set<String> groups) {

    public boolean administrator() {
        return groups.contains(Groups.CAMUNDA_ADMIN);
    }

    public static Optional<EngineCaller> of(HttpServletRequest request, IdentityService identity) {
        Authentication current = identity.getCurrentAuthentication();
        if (current != null && current.getUserId() != null) {
            return Optional.of(new EngineCaller(
                    current.getUserId(), current.getGroupIds() == null ? Set.of() : Set.copyOf(current.getGroupIds())));
        }
        return WebappSessions.user(request).map(EngineCaller::of);
    }

    private static EngineCaller of(UserAuthentication user) {
        return new EngineCaller(
                user.getIdentityId(), user.getGroupIds() == null ? Set.of() : Set.copyOf(user.getGroupIds()));
    }
}
