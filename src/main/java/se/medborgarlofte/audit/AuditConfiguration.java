package se.medborgarlofte.audit;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import se.medborgarlofte.casefile.TaskPledges;

@Configuration
class AuditConfiguration {

    /**
     * Outside authentication (order 10), so that refused logins reach the log as well. The case pages and the webapps'
     * panels are read like the API; the start page shows no case data and is not recorded.
     */
    @Bean
    FilterRegistrationBean<AuditFilter> auditFilter(AuditLog log, TaskPledges taskPledges) {
        FilterRegistrationBean<AuditFilter> registration =
                new FilterRegistrationBean<>(new AuditFilter(log, taskPledges));
        registration.setName("audit");
        registration.addUrlPatterns("/api/*", "/engine-rest/*", "/camunda/*", "/arenden", "/arenden/*", "/paneler/*");
        // the citizens' pages only for their attachments' downloads (AuditedRequests records nothing else there)
        registration.addUrlPatterns("/medborgarloften/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }
}
