package org.childrenstrust.commissioning.platform.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.spring.boot.starter.property.WebappProperty;
import org.childrenstrust.commissioning.platform.security.SecurityProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.web.server.Cookie;

/**
 * Issue 8, part 4, on the production profile (TLS at the proxy): secure, HttpOnly, SameSite
 * cookies, HSTS, login throttling and a password policy.
 */
class PostgresProfileSecurityTest extends PostgresProfileTest {

  @Autowired ServerProperties server;
  @Autowired CamundaBpmProperties camunda;
  @Autowired SecurityProperties security;
  @Autowired ProcessEngineConfigurationImpl engine;
  @Autowired IdentityService identityService;

  @Test
  void theSessionCookieIsSecureHttpOnlyAndStrictlySameSite() {
    Cookie cookie = server.getServlet().getSession().getCookie();
    assertThat(cookie.getSecure()).isTrue();
    assertThat(cookie.getHttpOnly()).isTrue();
    assertThat(cookie.getSameSite()).isEqualTo(Cookie.SameSite.STRICT);
    WebappProperty webapp = camunda.getWebapp();
    assertThat(webapp.getSessionCookie().isEnableSecureCookie()).isTrue();
    assertThat(webapp.getSessionCookie().isEnableSameSiteCookie()).isTrue();
    assertThat(webapp.getSessionCookie().getSameSiteCookieOption()).isEqualToIgnoringCase("STRICT");
  }

  @Test
  void theCsrfCookieIsSecureAndStrictlySameSite() {
    assertThat(camunda.getWebapp().getCsrf().isEnableSecureCookie()).isTrue();
    assertThat(camunda.getWebapp().getCsrf().isEnableSameSiteCookie()).isTrue();
    assertThat(camunda.getWebapp().getCsrf().getSameSiteCookieOption()).isEqualToIgnoringCase("STRICT");
  }

  @Test
  void hstsIsOnForTheWebappsAndTheApplication() {
    assertThat(camunda.getWebapp().getHeaderSecurity().isHstsDisabled()).isFalse();
    assertThat(security.hstsEnabled()).isTrue();
  }

  @Test
  void loginsAreThrottledAndAWeakPasswordIsRefused() {
    assertThat(engine.getLoginDelayBase()).isEqualTo(3);
    assertThat(engine.getLoginMaxAttempts()).isEqualTo(10);
    assertThat(engine.isEnablePasswordPolicy()).isTrue();
    User weak = identityService.newUser("weak.password");
    weak.setFirstName("Weak");
    weak.setLastName("Password");
    weak.setPassword("demo");

    assertThatThrownBy(() -> identityService.saveUser(weak)).isInstanceOf(ProcessEngineException.class)
        .satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase("password"));
    assertThat(identityService.createUserQuery().userId("weak.password").count()).isZero();
  }
}
