package se.medborgarlofte.system;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import se.medborgarlofte.system.security.ApiAuthenticationFilter;
import se.medborgarlofte.system.security.EndOfLifeVulnerabilityFilter;
import se.medborgarlofte.system.security.ManagementAccessFilter;
import se.medborgarlofte.system.security.SecurityHeadersFilter;
import se.medborgarlofte.system.security.WebappSessionFilter;

/**
 * The servlet filters in front of the APIs and the pages, in order: security headers, audit (registered by the audit
 * feature), authentication against the engine's identity service (the authenticated user is the engine's current
 * authentication for the request; the actuator's guard and the pages' session are of this rank), and the end-of-life
 * vulnerability filter, which needs to know the user. Spring Session's filter wraps them all ({@code spring.session.servlet.filter-order}),
 * so that each reads the session that every node shares.
 */
@Configuration
class HttpSecurityFilters {

    /** The start page, the case pages, and the panels they lend to Tasklist and Cockpit. */
    static final String[] PAGES = {"/", "/arenden", "/arenden/*", "/paneler/*"};
    /** The citizens' pages, without login. */
    static final String[] PUBLIC_PAGES = {"/medborgarloften", "/medborgarloften/*"};
    /** The public pledge documents and the open data. */
    static final String[] PUBLIC_DOCUMENTS = {"/dokument/*", "/oppna-data/*"};
    /** The pages' stylesheet. */
    static final String PAGE_RESOURCES = "/resurser/*";

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthenticationFilter() {
        return basicAuthentication("engine-rest-authentication", "/engine-rest");
    }

    /** Our API and its OpenAPI description: Basic for clients, the webapps' session (with CSRF) for browsers. */
    @Bean
    FilterRegistrationBean<ApiAuthenticationFilter> apiAuthenticationFilter(IdentityService identity) {
        FilterRegistrationBean<ApiAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ApiAuthenticationFilter(identity));
        registration.setName("api-authentication");
        registration.addUrlPatterns("/api/*", "/v3/*", "/swagger-ui/*", "/swagger-ui.html");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** The pages (the start page and the case pages): the webapps' session if there is one, anonymous otherwise. */
    @Bean
    FilterRegistrationBean<WebappSessionFilter> pageAuthenticationFilter(IdentityService identity) {
        FilterRegistrationBean<WebappSessionFilter> registration =
                new FilterRegistrationBean<>(new WebappSessionFilter(identity));
        registration.setName("page-authentication");
        registration.addUrlPatterns(PAGES);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** The actuator: health for anyone (status only), metrics and details for the monitoring group. */
    @Bean
    FilterRegistrationBean<ManagementAccessFilter> managementAccessFilter(
            IdentityService identity,
            @Value("${management.endpoints.web.base-path:/actuator}") String basePath,
            @Value("${medborgarlofte.operations.monitoring-group:camunda-admin}") String monitoringGroup) {
        FilterRegistrationBean<ManagementAccessFilter> registration =
                new FilterRegistrationBean<>(new ManagementAccessFilter(identity, basePath, monitoringGroup));
        registration.setName("management-access");
        registration.addUrlPatterns(basePath + "/*", basePath);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** Runs after authentication, so that it knows whether the caller is an administrator. */
    @Bean
    FilterRegistrationBean<EndOfLifeVulnerabilityFilter> endOfLifeVulnerabilityFilter(IdentityService identity) {
        FilterRegistrationBean<EndOfLifeVulnerabilityFilter> registration =
                new FilterRegistrationBean<>(new EndOfLifeVulnerabilityFilter(identity));
        registration.setName("end-of-life-vulnerabilities");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    /**
     * Wraps authentication and everything after it, so that no error answer of an engine API escapes it; inside the
     * audit filter, so that the audit log records the status the caller got.
     */
    @Bean
    FilterRegistrationBean<EngineErrorResponses> engineErrorResponses() {
        FilterRegistrationBean<EngineErrorResponses> registration =
                new FilterRegistrationBean<>(new EngineErrorResponses());
        registration.setName("engine-error-responses");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 6);
        return registration;
    }

    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> apiSecurityHeadersFilter() {
        FilterRegistrationBean<SecurityHeadersFilter> registration =
                new FilterRegistrationBean<>(SecurityHeadersFilter.forApis());
        registration.setName("api-security-headers");
        registration.addUrlPatterns("/api/*", "/engine-rest/*", "/v3/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** The pages and their resources: scripts and styles from ourselves only, map tiles from the tile server. */
    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> pageSecurityHeadersFilter(MapProperties map) {
        FilterRegistrationBean<SecurityHeadersFilter> registration =
                new FilterRegistrationBean<>(SecurityHeadersFilter.forPages(map.tileImageSource()));
        registration.setName("page-security-headers");
        registration.addUrlPatterns(PAGES);
        registration.addUrlPatterns(PAGE_RESOURCES);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /**
     * The citizens' pages: our own scripts only (the map), cacheable for a minute, with an ETag so that a repeated visit
     * costs a 304.
     */
    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> publicPageSecurityHeadersFilter(MapProperties map) {
        FilterRegistrationBean<SecurityHeadersFilter> registration =
                new FilterRegistrationBean<>(SecurityHeadersFilter.forPublicPages(map.tileImageSource()));
        registration.setName("public-page-security-headers");
        registration.addUrlPatterns(PUBLIC_PAGES);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> publicDocumentSecurityHeadersFilter() {
        FilterRegistrationBean<SecurityHeadersFilter> registration =
                new FilterRegistrationBean<>(SecurityHeadersFilter.forPublicDocuments());
        registration.setName("public-document-security-headers");
        registration.addUrlPatterns(PUBLIC_DOCUMENTS);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> publicEtagFilter() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration =
                new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.setName("public-etag");
        registration.addUrlPatterns(PUBLIC_PAGES);
        registration.addUrlPatterns(PUBLIC_DOCUMENTS);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    private static FilterRegistrationBean<ProcessEngineAuthenticationFilter> basicAuthentication(
            String name, String prefix) {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName(name);
        registration.addInitParameter(
                ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        registration.addInitParameter(ProcessEngineAuthenticationFilter.SERVLET_PATH_PREFIX, prefix);
        registration.addUrlPatterns(prefix + "/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
