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
 * sniffing, no framing, no referrer, nothing cached but the public pages, HSTS when the request came over TLS, and a content security
 * policy that lets a response load nothing it does not need.
 */
@RequiredArgsConstructor
public class SecurityHeadersFilter extends OncePerRequestFilter {

    /** The API's answers and documents: nothing loaded but the documents' own inline styles, no forms. */
    static final String API_CONTENT_SECURITY_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /**
     * The pages: our own stylesheet, images and scripts (the map), no inline script or style, forms to ourselves; the
     * map's tiles from the configured tile server's host only ({@code %s}, empty without one). The case pages also
     * send requests to ourselves (the coordinator's map editor saves through the API): {@code connect-src 'self'}.
     */
    static final String PAGE_CONTENT_SECURITY_POLICY =
            "default-src 'none'; script-src 'self';%s style-src 'self'; img-src 'self' data:%s; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    /** Personal or internal answers: never stored anywhere. */
    static final String NOT_STORED = "no-store";

    /**
     * The public pages and documents: the same for everyone, so browsers and proxies may keep them a minute, then ask
     * again with the ETag (answered 304 when nothing changed).
     */
    static final String PUBLIC_FOR_A_MINUTE = "public, max-age=60";

    private final String contentSecurityPolicy;
    private final String cacheControl;

    public static SecurityHeadersFilter forApis() {
        return new SecurityHeadersFilter(API_CONTENT_SECURITY_POLICY, NOT_STORED);
    }

    /** @param tileImageSource the map tile server's source for {@code img-src}, or empty for none */
    public static SecurityHeadersFilter forPages(String tileImageSource) {
        return new SecurityHeadersFilter(pagePolicy(" connect-src 'self';", tileImageSource), NOT_STORED);
    }

    /** @param tileImageSource the map tile server's source for {@code img-src}, or empty for none */
    public static SecurityHeadersFilter forPublicPages(String tileImageSource) {
        return new SecurityHeadersFilter(pagePolicy("", tileImageSource), PUBLIC_FOR_A_MINUTE);
    }

    static String pagePolicy(String connect, String tileImageSource) {
        return PAGE_CONTENT_SECURITY_POLICY.formatted(
                connect, tileImageSource == null || tileImageSource.isBlank() ? "" : " " + tileImageSource);
    }

    /** The public documents bring their own inline styles, as the API's documents do. */
    public static SecurityHeadersFilter forPublicDocuments() {
        return new SecurityHeadersFilter(API_CONTENT_SECURITY_POLICY, PUBLIC_FOR_A_MINUTE);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", contentSecurityPolicy);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cache-Control", cacheControl);
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        chain.doFilter(request, response);
    }
}
