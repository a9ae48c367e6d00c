package org.childrenstrust.commissioning.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Closes the Admin webapp's unauthenticated "create the first administrator" endpoint
 * ({@code /camunda/api/admin/setup/...}) on every profile. Camunda lets anybody call it while no
 * user is in the administrators' group, which a changed membership can bring about; here the first
 * administrator always comes from the configuration ({@code camunda.bpm.admin-user}), so the
 * endpoint has no use and answers 403 to everyone.
 */
public class AdminSetupBlockFilter extends OncePerRequestFilter {

  static final String MESSAGE = "Setting up an administrator through the web is switched off: the first administrator "
      + "comes from the server's configuration (camunda.bpm.admin-user). Ask an administrator to create your user in Admin.";

  private static final Logger LOG = LoggerFactory.getLogger(AdminSetupBlockFilter.class);

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    LOG.warn("Refused {} {}: the administrator setup is switched off", request.getMethod(), request.getRequestURI());
    SecurityResponses.camundaError(response, HttpServletResponse.SC_FORBIDDEN, "AuthorizationException", MESSAGE);
  }
}
