package org.childrenstrust.commissioning.platform.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Authentication for the machine interfaces. The engine REST API ({@code /engine-rest}) and the
 * domain API ({@code /api}) take HTTP Basic credentials of a Camunda user: anonymous calls get
 * 401; the engine's authorization checks then answer 403 to what the user may not do. The
 * Camunda webapps (Tasklist, Cockpit, Admin) keep their own login. Actuator endpoints other than
 * health are for administrators only.
 */
@Configuration
public class ApiSecurityConfiguration {

  public static final String ENGINE_REST_PATTERN = "/engine-rest/*";
  public static final String DOMAIN_API_PATTERN = "/api/*";

  @Bean
  public FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("engine-rest-authentication");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns(ENGINE_REST_PATTERN, DOMAIN_API_PATTERN);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }

  @Bean
  public FilterRegistrationBean<ActuatorAdminFilter> actuatorAdministratorsOnly(IdentityService identityService) {
    FilterRegistrationBean<ActuatorAdminFilter> registration =
        new FilterRegistrationBean<>(new ActuatorAdminFilter(identityService));
    registration.setName("actuator-administrators-only");
    registration.addUrlPatterns("/actuator/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 21);
    return registration;
  }
}
