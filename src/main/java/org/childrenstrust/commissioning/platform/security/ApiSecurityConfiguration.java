package org.childrenstrust.commissioning.platform.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.annotation.Value;
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
 *
 * <p>In front of all of them: the {@link AdminSetupBlockFilter} closes the webapps' unauthenticated
 * administrator setup, and the {@link ExpressionGuardFilter} refuses expressions sent to the
 * engine's APIs.
 */
@Configuration
public class ApiSecurityConfiguration {

  public static final String ENGINE_REST_PATTERN = "/engine-rest/*";
  public static final String DOMAIN_API_PATTERN = "/api/*";

  /** The Admin webapp's unauthenticated first-administrator setup: closed on every profile. */
  public static final String ADMIN_SETUP_PATTERN = "/camunda/api/admin/setup/*";
  /** The API the Camunda webapps (Tasklist, Cockpit, Admin) call from the browser. */
  public static final String WEBAPP_API_PATTERN = "/camunda/api/*";

  @Bean
  public FilterRegistrationBean<AdminSetupBlockFilter> adminSetupClosed() {
    FilterRegistrationBean<AdminSetupBlockFilter> registration = new FilterRegistrationBean<>(new AdminSetupBlockFilter());
    registration.setName("admin-setup-closed");
    registration.addUrlPatterns(ADMIN_SETUP_PATTERN);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return registration;
  }

  /** Before authentication and before the webapps' own filters: an expression is refused whoever sends it. */
  @Bean
  public FilterRegistrationBean<ExpressionGuardFilter> expressionGuard() {
    FilterRegistrationBean<ExpressionGuardFilter> registration = new FilterRegistrationBean<>(new ExpressionGuardFilter());
    registration.setName("expression-guard");
    registration.addUrlPatterns(ENGINE_REST_PATTERN, WEBAPP_API_PATTERN);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  /** Headers on every answer, before anything else can answer. */
  @Bean
  public FilterRegistrationBean<SecurityHeadersFilter> securityHeaders(SecurityProperties properties,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
    FilterRegistrationBean<SecurityHeadersFilter> registration =
        new FilterRegistrationBean<>(new SecurityHeadersFilter(properties, webappPath));
    registration.setName("security-headers");
    registration.addUrlPatterns("/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

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
