package org.childrenstrust.commissioning.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;
import org.childrenstrust.commissioning.platform.identity.GovernanceGroup;
import org.childrenstrust.commissioning.platform.web.SignedInUsers;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets monitoring read metrics with an administrator's HTTP Basic credentials; the health
 * endpoint stays open for load balancers (its details are shown only to administrators).
 */
public class ActuatorAdminFilter extends OncePerRequestFilter {

  private final IdentityService identityService;

  public ActuatorAdminFilter(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String user = authenticatedUser(request);
    boolean admin = user != null && identityService.createUserQuery()
        .userId(user).memberOfGroup(GovernanceGroup.ADMINISTRATORS_ID).count() > 0;
    if (path.equals("/actuator/health") || path.startsWith("/actuator/health/")) {
      chain.doFilter(admin ? new AdministratorRequest(request, user) : request, response);
      return;
    }
    if (user == null) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"children-trust\"");
      reject(response, HttpServletResponse.SC_UNAUTHORIZED,
          "Log in with an administrator's user name and password to read monitoring endpoints.");
    } else if (!admin) {
      reject(response, HttpServletResponse.SC_FORBIDDEN,
          "Monitoring endpoints are for administrators only.");
    } else {
      chain.doFilter(new AdministratorRequest(request, user), response);
    }
  }

  private String authenticatedUser(HttpServletRequest request) {
    return SignedInUsers.basicUser(identityService, request.getHeader("Authorization"));
  }

  private static void reject(HttpServletResponse response, int status, String message) throws IOException {
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write("{\"status\":" + status + ",\"message\":\"" + message + "\"}");
  }

  /** Tells actuator that the caller is authorised to see health details. */
  private static final class AdministratorRequest extends jakarta.servlet.http.HttpServletRequestWrapper {
    private final String user;

    AdministratorRequest(HttpServletRequest request, String user) {
      super(request);
      this.user = user;
    }

    @Override
    public java.security.Principal getUserPrincipal() {
      return () -> user;
    }

    @Override
    public boolean isUserInRole(String role) {
      return true;
    }
  }
}
