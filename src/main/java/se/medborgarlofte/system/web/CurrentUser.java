package se.medborgarlofte.system.web;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;

/** The groups of the user the request is authenticated as (by the API's authentication filter). */
public final class CurrentUser {

    private CurrentUser() {}

    /** The user's groups, or empty when the request has no authenticated user. */
    public static Optional<List<String>> groups(IdentityService identity) {
        var authentication = identity.getCurrentAuthentication();
        if (authentication == null || authentication.getUserId() == null) {
            return Optional.empty();
        }
        return Optional.of(authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds());
    }
}
