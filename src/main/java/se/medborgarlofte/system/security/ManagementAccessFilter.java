package se.medborgarlofte.system.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards the actuator. The health endpoint and its groups ({@code liveness}, {@code readiness}) answer anyone, for the
 * orchestrator's probes, with the status only. Everything else ({@code /actuator/prometheus}, the endpoint list) needs
 * HTTP Basic as a member of the monitoring group; with those credentials the health endpoint shows its details as
 * well, because the caller is in that group's role. Credentials are checked by the engine, under its login throttling.
 */
@RequiredArgsConstructor
public class ManagementAccessFilter extends OncePerRequestFilter {

    private final IdentityService identity;
    private final String basePath;
    private final String monitoringGroup;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = EndOfLifeVulnerabilityFilter.decodedPath(request);
        boolean health = path.equals(basePath + "/health") || path.startsWith(basePath + "/health/");
        String authorization = request.getHeader("Authorization");
        if (authorization == null && health) {
            chain.doFilter(request, response);
            return;
        }
        String user = BasicCredentials.of(authorization)
                .filter(credentials -> identity.checkPassword(credentials.user(), credentials.password()))
                .map(BasicCredentials::user)
                .orElse(null);
        if (user == null) {
            refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "Inte inloggad", "Logga in med HTTP Basic.");
            return;
        }
        List<String> groups = identity.createGroupQuery().groupMember(user).list().stream()
                .map(Group::getId)
                .toList();
        if (!health && !groups.contains(monitoringGroup)) {
            refuse(
                    response,
                    HttpServletResponse.SC_FORBIDDEN,
                    "Ingen behörighet",
                    "Mätvärdena läses av medlemmar i gruppen " + monitoringGroup + ".");
            return;
        }
        chain.doFilter(new Authenticated(request, user, groups), response);
    }

    private static void refuse(HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        if (status == HttpServletResponse.SC_UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Medborgarlöfte\", charset=\"UTF-8\"");
        }
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"%s\",\"status\":%d,\"detail\":\"%s\"}"
                        .formatted(title, status, detail.replace("\"", "'")));
    }

    /** The request as the actuator reads it: the user is its principal, the user's groups are its roles. */
    private static final class Authenticated extends HttpServletRequestWrapper {

        private final String user;
        private final List<String> groups;

        Authenticated(HttpServletRequest request, String user, List<String> groups) {
            super(request);
            this.user = user;
            this.groups = groups;
        }

        @Override
        public Principal getUserPrincipal() {
            return () -> user;
        }

        @Override
        public String getRemoteUser() {
            return user;
        }

        @Override
        public boolean isUserInRole(String role) {
            return groups.contains(role);
        }
    }
}
