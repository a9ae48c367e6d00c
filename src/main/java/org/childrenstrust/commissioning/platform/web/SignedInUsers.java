package org.childrenstrust.commissioning.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * Who is using one of the application's own pages that Tasklist links to (the outbox, a meeting's
 * papers): the person signed in to the Camunda webapps in this browser (the webapps keep the login
 * in the HTTP session, which these pages share), else the user named by valid HTTP Basic
 * credentials (scripts). A session of a user deleted since counts as nobody; groups are read fresh.
 */
@Component
@NamedInterface("web")
public class SignedInUsers {

  private final IdentityService identityService;
  private final String engineName;

  public SignedInUsers(IdentityService identityService, ProcessEngine engine) {
    this.identityService = identityService;
    this.engineName = engine.getName();
  }

  public Optional<SignedInUser> of(HttpServletRequest request) {
    String userId = sessionUser(request.getSession(false));
    if (userId == null) {
      userId = basicUser(identityService, request.getHeader("Authorization"));
    }
    if (userId == null || identityService.createUserQuery().userId(userId).count() == 0) {
      return Optional.empty();
    }
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    return Optional.of(new SignedInUser(userId, groups));
  }

  private String sessionUser(HttpSession session) {
    if (session == null) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    Authentication authentication = authentications == null ? null
        : authentications.getAuthenticationForProcessEngine(engineName);
    return authentication == null ? null : authentication.getIdentityId();
  }

  /** The user named by valid HTTP Basic credentials in {@code header}, or null. */
  public static String basicUser(IdentityService identityService, String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
    int colon = decoded.indexOf(':');
    if (colon < 1) {
      return null;
    }
    String userId = decoded.substring(0, colon);
    return identityService.checkPassword(userId, decoded.substring(colon + 1)) ? userId : null;
  }
}
