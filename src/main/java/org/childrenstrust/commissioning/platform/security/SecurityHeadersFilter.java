package org.childrenstrust.commissioning.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on everything the application serves itself: the public meeting pages, the
 * domain API, the engine REST API, actuator and error pages. The Camunda webapps under
 * {@code /camunda} get theirs from Camunda's own header filter ({@code camunda.bpm.webapp.header-security.*}),
 * so only {@code nosniff} is added there.
 *
 * <ul>
 *   <li>{@code X-Content-Type-Options: nosniff} everywhere;</li>
 *   <li>a Content-Security-Policy that allows no script at all (the pages have none) and styles
 *       only from this server, except on PDFs, which browsers show in their own viewer;</li>
 *   <li>no framing, no referrer to other sites;</li>
 *   <li>HSTS when switched on ({@code commissioning.security.hsts-enabled}) and the request came over TLS
 *       (behind the proxy: {@code server.forward-headers-strategy=native}).</li>
 * </ul>
 */
public class SecurityHeadersFilter extends OncePerRequestFilter {

  /** No script, styles from this server (the papers inline their stylesheet), images from here or data URLs. */
  public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self' 'unsafe-inline'; "
      + "img-src 'self' data:; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  private final SecurityProperties properties;
  private final String webappPath;

  public SecurityHeadersFilter(SecurityProperties properties, String webappPath) {
    this.properties = properties;
    this.webappPath = webappPath.endsWith("/") ? webappPath : webappPath + "/";
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    response.setHeader("X-Content-Type-Options", "nosniff");
    if (!path.startsWith(webappPath)) {
      if (!path.endsWith(".pdf")) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
      }
      response.setHeader("X-Frame-Options", "DENY");
      response.setHeader("Referrer-Policy", "same-origin");
      if (properties.hstsEnabled() && request.isSecure()) {
        response.setHeader("Strict-Transport-Security", "max-age=" + properties.hstsMaxAgeSeconds() + "; includeSubDomains");
      }
    }
    chain.doFilter(request, response);
  }
}
