package org.childrenstrust.commissioning.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The last word on a request that failed because the database could not be reached or another
 * transaction won (see {@link DatabaseFaults}), wherever it failed: in a filter before the
 * application (the HTTP Basic check of the REST API and the actuator reads users from the
 * database), in a page, or anywhere else that lets the exception out. Answers 503 (with
 * {@code Retry-After}) or 409 with a message a person can act on, instead of Tomcat's 500.
 */
public class DatabaseFaultsFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(DatabaseFaultsFilter.class);

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      chain.doFilter(request, response);
    } catch (ServletException | IOException | RuntimeException e) {
      boolean unavailable = DatabaseFaults.unavailable(e);
      boolean conflict = !unavailable && DatabaseFaults.concurrentChange(e);
      if ((!unavailable && !conflict) || response.isCommitted()) {
        throw e;
      }
      if (unavailable) {
        LOG.warn("Database unavailable on {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
      }
      write(request, response, unavailable ? 503 : 409, unavailable ? DatabaseFaults.unavailableMessage(e) : DatabaseFaults.CONCURRENT_CHANGE);
    }
  }

  static void write(HttpServletRequest request, HttpServletResponse response, int status, String message) throws IOException {
    response.resetBuffer();
    response.setStatus(status);
    if (status == 503) {
      response.setHeader("Retry-After", String.valueOf(DatabaseFaults.RETRY_AFTER_SECONDS));
    }
    response.setContentType("application/json;charset=UTF-8");
    response.getWriter().write("{\"timestamp\":\"" + Instant.now() + "\",\"status\":" + status + ",\"error\":\""
        + (status == 503 ? "Service Unavailable" : "Conflict") + "\",\"message\":\"" + message.replace("\"", "\\\"")
        + "\",\"path\":\"" + request.getRequestURI().replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
    response.flushBuffer();
  }
}
