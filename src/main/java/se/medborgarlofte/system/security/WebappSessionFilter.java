package se.medborgarlofte.system.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates our pages: the user logged in to Tasklist or Cockpit in the browser's session becomes the engine's
 * current authentication for the request, exactly as on our API. Pages are for browsers, so HTTP Basic is not taken,
 * and a request without a login goes on anonymous: the page decides what an anonymous visitor gets (the case pages a
 * login page, the start page its login link). Pages only read, so no CSRF token is asked for.
 */
@RequiredArgsConstructor
public class WebappSessionFilter extends OncePerRequestFilter {

    private final IdentityService identity;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<WebappUser> user = WebappSessions.login(request);
        if (user.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        identity.setAuthentication(user.get().id(), user.get().groups());
        try {
            chain.doFilter(request, response);
        } finally {
            identity.clearAuthentication();
        }
    }
}
