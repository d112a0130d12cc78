package se.medborgarlofte.system.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;

/** Who is logged into Tasklist, Cockpit or Admin in the request's session, without creating a session. */
public final class WebappSessions {

    private WebappSessions() {}

    /** Every engine authentication of the session; empty without a session or login. */
    public static List<UserAuthentication> authentications(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return List.of();
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        return authentications == null ? List.of() : authentications.getAuthentications();
    }

    /**
     * The webapps' CSRF token of the session (set by the webapps' CSRF filter), which a page's form sends back in
     * {@code _csrf} and its script in the {@code X-XSRF-TOKEN} header; empty without a session or token.
     */
    public static Optional<String> csrfToken(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object token = session == null ? null : session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
        return Optional.ofNullable(token).map(Object::toString);
    }

    /** The user logged in to the default engine, if any. */
    public static Optional<UserAuthentication> user(HttpServletRequest request) {
        return authentications(request).stream().findFirst();
    }

    /** Whether {@code given} is the session's CSRF token, compared in constant time. */
    static boolean isCsrfToken(HttpServletRequest request, String given) {
        return given != null
                && csrfToken(request)
                        .map(expected -> MessageDigest.isEqual(
                                expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8)))
                        .orElse(false);
    }

    /** The user logged in to the default engine, with their groups and webapps, if any. */
    public static Optional<WebappUser> login(HttpServletRequest request) {
        return user(request)
                .map(user -> new WebappUser(
                        user.getIdentityId(),
                        user.getGroupIds() == null ? List.of() : List.copyOf(user.getGroupIds()),
                        user.getAuthorizedApps() == null ? Set.of() : Set.copyOf(user.getAuthorizedApps())));
    }
}
