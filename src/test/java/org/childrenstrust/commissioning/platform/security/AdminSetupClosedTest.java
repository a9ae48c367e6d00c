package org.childrenstrust.commissioning.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.childrenstrust.commissioning.platform.HttpTestClient.json;

import java.net.http.HttpResponse;
import org.camunda.bpm.engine.IdentityService;
import org.childrenstrust.commissioning.platform.HttpTestClient;
import org.childrenstrust.commissioning.platform.PlatformWebTest;
import org.childrenstrust.commissioning.platform.identity.GovernanceGroup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 8, part 2: the Admin webapp's unauthenticated first-administrator setup never creates a
 * user, whatever the administrators' group looks like (Camunda opens it while that group has no
 * member).
 */
class AdminSetupClosedTest extends PlatformWebTest {

  private static final String NEW_ADMIN = """
      {"profile": {"id": "%s", "firstName": "Mallory", "lastName": "Setup", "email": "mallory@example.org"},
       "credentials": {"password": "a-long-password-1"}}""";

  @Autowired IdentityService identityService;

  @ParameterizedTest
  @ValueSource(strings = {
      "/camunda/api/admin/setup/default/user/create",
      "/camunda/api/admin/setup/default/user/create/",
      "/camunda/api/admin/setup/default/user/create;jsessionid=x",
      "/camunda/api/admin/./setup/default/user/create",
      "/camunda/api/admin/x/../setup/default/user/create",
      "/camunda//api/admin/setup/default/user/create"
  })
  void anAnonymousCallerCannotCreateAnAdministrator(String path) {
    String userId = "mallory.setup" + Math.abs(path.hashCode());

    HttpTestClient anonymous = http();
    anonymous.get("/camunda/app/admin/default/"); // a session and its CSRF token, as the setup page has

    HttpResponse<String> response = anonymous.postJson(path, NEW_ADMIN.formatted(userId));

    assertThat(response.statusCode()).as(path + ": " + response.body()).isIn(400, 403, 404);
    assertThat(identityService.createUserQuery().userId(userId).count()).isZero();
  }

  @Test
  void theSetupIsRefusedWithAMessageEvenWhileTheAdministratorsGroupHasNoMember() {
    String admin = "admin";
    identityService.deleteMembership(admin, GovernanceGroup.ADMINISTRATORS_ID);
    try {
      assertThat(identityService.createUserQuery().memberOfGroup(GovernanceGroup.ADMINISTRATORS_ID).count()).isZero();
      HttpTestClient anonymous = http();
      anonymous.get("/camunda/app/admin/default/");

      HttpResponse<String> response = anonymous.postJson("/camunda/api/admin/setup/default/user/create",
          NEW_ADMIN.formatted("mallory.first"));

      assertThat(response.statusCode()).isEqualTo(403);
      assertThat(json(response).path("message").asText()).contains("switched off");
      assertThat(identityService.createUserQuery().userId("mallory.first").count()).isZero();
    } finally {
      identityService.createMembership(admin, GovernanceGroup.ADMINISTRATORS_ID);
    }
  }
}
