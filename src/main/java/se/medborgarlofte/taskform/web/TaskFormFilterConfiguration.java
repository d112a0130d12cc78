package se.medborgarlofte.taskform.web;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import se.medborgarlofte.system.CaseCalendar;
import se.medborgarlofte.taskform.TaskForms;

/** Puts the task contract in front of both engine APIs, after authentication (it needs to know the caller). */
@Configuration
class TaskFormFilterConfiguration {

    @Bean
    FilterRegistrationBean<EngineTaskRequestFilter> engineTaskRequestFilter(
            IdentityService identity, TaskForms forms, CaseCalendar calendar) {
        FilterRegistrationBean<EngineTaskRequestFilter> registration =
                new FilterRegistrationBean<>(new EngineTaskRequestFilter(identity, forms, calendar));
        registration.setName("engine-task-contract");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
        return registration;
    }
}
