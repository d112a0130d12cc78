package se.medborgarlofte.system.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import lombok.RequiredArgsConstructor;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers for our API, the engine REST API and our pages (the webapps under /camunda set their own): no
 * sniffing, no framing, no referrer, nothing cached, HSTS when the request came over TLS, and a content security
 * policy that lets a response load nothing it does not need.
 */
@RequiredArgsConstructor
public class SecurityHeadersFilter extends OncePerRequestFilter {

    /** The API's answers and documents: nothing loaded but the documents' own inline styles, no forms. */
    static final String API_CONTENT_SECURITY_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /** The pages: our own stylesheet and images, forms to ourselves, no script at all, no inline styles. */
    static final String PAGE_CONTENT_SECURITY_POLICY =
            "default-src 'none'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    private final String contentSecurityPolicy;

    public static SecurityHeadersFilter forApis() {
        return new SecurityHeadersFilter(API_CONTENT_SECURITY_POLICY);
    }

    public static SecurityHeadersFilter forPages() {
        return new SecurityHeadersFilter(PAGE_CONTENT_SECURITY_POLICY);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", contentSecurityPolicy);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cache-Control", "no-store");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        chain.doFilter(request, response);
    }
}
