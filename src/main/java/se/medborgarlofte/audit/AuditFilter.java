package se.medborgarlofte.audit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import se.medborgarlofte.casefile.TaskPledges;
import se.medborgarlofte.system.security.BasicCredentials;
import se.medborgarlofte.system.security.CachedBodyRequest;
import se.medborgarlofte.system.security.WebappSessions;

/**
 * Records in the audit log every request that reads or changes case data, completes a task or logs in, and every
 * refused request, once it has been answered. It runs before authentication, so that failed logins are on record too.
 */
@RequiredArgsConstructor
public class AuditFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(AuditFilter.class);
    private static final int LOGIN_FORM_LIMIT = 8 * 1024;

    private final AuditLog log;
    private final TaskPledges taskPledges;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        // a completed task is gone afterwards: find its pledge first
        String taskPledge = AuditedRequests.completedTask(request.getMethod(), path)
                .map(taskPledges::ofTask)
                .orElse(null);
        HttpServletRequest forwarded = request;
        String loginUser = null;
        if (AuditedRequests.isLogin(request.getMethod(), path)) {
            // the login form is read by the webapp; keep a copy to know who tried
            CachedBodyRequest cached = CachedBodyRequest.of(request, LOGIN_FORM_LIMIT);
            if (cached != null) {
                loginUser = formField(new String(cached.body(), StandardCharsets.UTF_8), "username");
                forwarded = cached;
            }
        }
        try {
            chain.doFilter(forwarded, response);
        } finally {
            Optional<AuditedRequests.Classification> audited =
                    AuditedRequests.classify(request.getMethod(), path, response.getStatus());
            if (audited.isPresent()) {
                AuditedRequests.Classification classification = audited.get();
                record(request, response, path, loginUser, concerned(classification, taskPledge, request));
            }
        }
    }

    /** The case a request concerns: the task's it completed, the one a panel named, or the one in its path. */
    private static AuditedRequests.Classification concerned(
            AuditedRequests.Classification classification, String taskPledge, HttpServletRequest request) {
        String pledge =
                taskPledge != null ? taskPledge : AuditedCase.of(request).orElse(classification.pledge());
        return new AuditedRequests.Classification(classification.action(), pledge);
    }

    private void record(
            HttpServletRequest request,
            HttpServletResponse response,
            String path,
            String loginUser,
            AuditedRequests.Classification audited) {
        try {
            String user = loginUser != null ? loginUser : user(request);
            log.append(new AuditEntry(
                    Instant.now(),
                    user,
                    audited.action(),
                    audited.pledge(),
                    request.getMethod() + " " + path,
                    response.getStatus(),
                    request.getRemoteAddr()));
        } catch (RuntimeException e) {
            LOG.error("Could not write the audit entry for {} {}", request.getMethod(), path, e);
        }
    }

    private static String formField(String form, String name) {
        for (String pair : form.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0
                    && URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8)
                            .equals(name)) {
                return URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    /** The user the request came from: Basic credentials or the webapps' session. */
    private static String user(HttpServletRequest request) {
        Optional<BasicCredentials> basic = BasicCredentials.of(request.getHeader("Authorization"));
        if (basic.isPresent()) {
            return basic.get().user();
        }
        return WebappSessions.user(request)
                .map(UserAuthentication::getIdentityId)
                .orElse(null);
    }
}
