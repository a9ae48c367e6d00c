package org.childrenstrust.commissioning.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * The person signed in to the Camunda webapps (Tasklist, Cockpit) in this browser, for the
 * application's own pages that Tasklist links to: the webapps keep the login in the HTTP session,
 * which these pages share.
 *
 * @param userId the Camunda user id
 * @param groupIds the user's groups
 */
public record SignedInUser(String userId, List<String> groupIds) {

  public static Optional<SignedInUser> of(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return Optional.empty();
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    if (authentications == null) {
      return Optional.empty();
    }
    return authentications.getAuthentications().stream().findFirst()
        .filter(UserAuthentication.class::isInstance).map(UserAuthentication.class::cast)
        .map(auth -> new SignedInUser(auth.getName(), auth.getGroupIds() == null ? List.of() : auth.getGroupIds()));
  }

  public boolean inAnyGroup(String... groups) {
    for (String group : groups) {
      if (groupIds.contains(group)) {
        return true;
      }
    }
    return false;
  }
}
