package se.medborgarlofte.system.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates our own API: HTTP Basic against the engine's users for clients, or the session of a user logged into
 * Tasklist or Cockpit for browsers, whose changing requests must then carry the webapps' CSRF token. The user and
 * their groups are the engine's current authentication for the request. Anything else is answered with 401.
 */
@RequiredArgsConstructor
public class ApiAuthenticationFilter extends OncePerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final IdentityService identity;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String authorization = request.getHeader("Authorization");
        UserAuthentication session = WebappSessions.user(request).orElse(null);
        String user;
        List<String> groups;
        if (authorization != null) {
            user = basicUser(authorization);
            if (user == null) {
                unauthorized(response);
                return;
            }
            groups = identity.createGroupQuery().groupMember(user).list().stream()
                    .map(Group::getId)
                    .toList();
        } else if (session != null) {
            if (!SAFE_METHODS.contains(request.getMethod()) && !validCsrfToken(request)) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN, "CSRF-token saknas eller är fel.");
                return;
            }
            user = session.getIdentityId();
            groups = session.getGroupIds();
        } else {
            unauthorized(response);
            return;
        }
        identity.setAuthentication(user, groups);
        try {
            chain.doFilter(request, response);
        } finally {
            identity.clearAuthentication();
        }
    }

    /** The user of valid Basic credentials, or null. */
    private String basicUser(String authorization) {
        return BasicCredentials.of(authorization)
                .filter(credentials -> identity.checkPassword(credentials.user(), credentials.password()))
                .map(BasicCredentials::user)
                .orElse(null);
    }

    private static boolean validCsrfToken(HttpServletRequest request) {
        return WebappSessions.isCsrfToken(request, request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME));
    }

    private static void unauthorized(HttpServletResponse response) throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Medborgarlöfte\", charset=\"UTF-8\"");
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write(
                        "{\"type\":\"about:blank\",\"title\":\"Inte inloggad\",\"status\":401,"
                                + "\"detail\":\"Logga in: HTTP Basic med ditt användarnamn, eller logga in i Medborgarlöfte Uppgifter först.\"}");
    }
}
