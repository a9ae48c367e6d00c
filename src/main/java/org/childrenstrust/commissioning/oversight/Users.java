package org.childrenstrust.commissioning.oversight;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who the users are, whatever the signed-in user may read of the identity store: whether an owner
 * named in a form is a user, and a body's members, are the application's questions, not the person's.
 */
@Component
class Users {

  private final IdentityService identityService;

  Users(IdentityService identityService) {
    this.identityService = identityService;
  }

  boolean exists(String userId) {
    return asApplication(() -> identityService.createUserQuery().userId(userId).count() > 0);
  }

  List<String> membersOf(String groupId) {
    return asApplication(() -> identityService.createUserQuery().memberOfGroup(groupId).list().stream().map(User::getId).toList());
  }

  /** Runs a step the application takes itself (not on the signed-in user's authority), e.g. starting a follow-up process. */
  <T> T asApplication(java.util.function.Supplier<T> query) {
    Authentication who = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return query.get();
    } finally {
      if (who != null) {
        identityService.setAuthentication(who);
      }
    }
  }
}
