package se.medborgarlofte.system.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates our pages: the user logged in to Tasklist or Cockpit in the browser's session becomes the engine's
 * current authentication for the request, exactly as on our API. Pages are for browsers, so HTTP Basic is not taken,
 * and a request without a login goes on anonymous: the page decides what an anonymous visitor gets (the case pages a
 * login page, the start page its login link). A page's form that changes something (an attachment uploaded from the
 * case page) must send the session's CSRF token back, in the field {@value #CSRF_FIELD} or the webapps' header;
 * without it the request is refused with 403 before it reaches the page.
 */
@RequiredArgsConstructor
public class WebappSessionFilter extends OncePerRequestFilter {

    /** The form field that carries the session's CSRF token ({@link WebappSessions#csrfToken}). */
    public static final String CSRF_FIELD = "_csrf";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final IdentityService identity;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<WebappUser> user = WebappSessions.login(request);
        if (user.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        if (!SAFE_METHODS.contains(request.getMethod()) && !carriesCsrfToken(request)) {
            refuse(request, response);
            return;
        }
        identity.setAuthentication(user.get().id(), user.get().groups());
        try {
            chain.doFilter(request, response);
        } finally {
            identity.clearAuthentication();
        }
    }

    private static boolean carriesCsrfToken(HttpServletRequest request) {
        String header = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
        return WebappSessions.isCsrfToken(request, header != null ? header : request.getParameter(CSRF_FIELD));
    }

    /** Without the token: 403; or 413 when a multipart body was too large to be read at all (so the field was lost). */
    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getContentType() != null && request.getContentType().startsWith("multipart/")) {
            try {
                request.getParts();
            } catch (IllegalStateException | ServletException tooLarge) {
                response.sendError(
                        HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                        "Filen är för stor för att tas emot. Försök igen med en mindre fil.");
                return;
            }
        }
        response.sendError(
                HttpServletResponse.SC_FORBIDDEN, "Formuläret har gått ut. Ladda om sidan och skicka formuläret igen.");
    }
}
