package org.childrenstrust.commissioning.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code commissioning.security.*}.
 *
 * @param hstsEnabled whether to send Strict-Transport-Security on requests that came over TLS (the
 *     {@code postgres} profile: TLS ends at the proxy); the Camunda webapps have their own switch,
 *     {@code camunda.bpm.webapp.header-security.hsts-disabled}
 * @param hstsMaxAgeSeconds how long browsers keep to HTTPS
 */
@ConfigurationProperties(prefix = "commissioning.security")
public record SecurityProperties(boolean hstsEnabled, Long hstsMaxAgeSeconds) {

  public SecurityProperties {
    hstsMaxAgeSeconds = hstsMaxAgeSeconds == null ? 31_536_000L : hstsMaxAgeSeconds;
  }
}
