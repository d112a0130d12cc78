package se.medborgarlofte.system.security;

import java.util.List;
import java.util.Set;

/**
 * The user logged in to Tasklist, Cockpit or Admin in a browser session: their id, their groups and the webapps the
 * engine lets them open ({@code tasklist}, {@code cockpit}, {@code admin}), as the login recorded them.
 */
public record WebappUser(String id, List<String> groups, Set<String> applications) {

    public boolean mayOpen(String application) {
        return applications.contains(application);
    }
}
