package org.childrenstrust.commissioning.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.childrenstrust.commissioning.platform.HttpTestClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.childrenstrust.commissioning.platform.PlatformWebTest;
import org.childrenstrust.commissioning.platform.TestProcesses;
import org.childrenstrust.commissioning.platform.identity.DemoUsers;
import org.childrenstrust.commissioning.platform.identity.GovernanceGroup;
import org.childrenstrust.commissioning.platform.identity.TasklistFilters;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Who may use the REST API and the webapps, and what they may do there. */
class ApiSecurityTest extends PlatformWebTest {

  private static final String CLERK = DemoUsers.CLERK.id();
  private static final String OUTCOME_LEAD = DemoUsers.BE_HEALTHY_LEAD.id();
  private static final String PASSWORD = DemoUsers.PASSWORD;
  private static final String ADMIN = "admin";

  @Autowired RepositoryService repositoryService;
  @Autowired HistoryService historyService;

  @Autowired IdentityService identityService;

  /**
   * Wrong passwords are tried on a user of their own: after a failed login Camunda refuses that
   * user's next logins for a few seconds, even with the right password.
   */
  private static final String FORGETFUL = "forgetful.tester";

  @BeforeEach
  void deploy() {
    TestProcesses.deploy(repositoryService);
    if (identityService.createUserQuery().userId(FORGETFUL).count() == 0) {
      User user = identityService.newUser(FORGETFUL);
      user.setFirstName("Forgetful");
      user.setLastName("Tester");
      user.setPassword(PASSWORD);
      identityService.saveUser(user);
      identityService.createMembership(FORGETFUL, GovernanceGroup.CLERKS_ID);
    }
  }

  @Test
  void anonymousCallsAreRejected() {
    assertThat(http().get("/engine-rest/task").statusCode()).isEqualTo(401);
  }

  @Test
  void aWrongPasswordIsRejected() {
    assertThat(as(FORGETFUL, "not-the-password").get("/engine-rest/task").statusCode()).isEqualTo(401);
  }

  @Test
  void anUnknownUserIsRejected() {
    assertThat(as("nobody.here", PASSWORD).get("/engine-rest/task").statusCode()).isEqualTo(401);
  }

  @Test
  void aClerkReadsTasks() {
    HttpResponse<String> response = as(CLERK, PASSWORD).get("/engine-rest/task");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response).isArray()).isTrue();
  }

  @Test
  void anOutcomeLeadMayNotStartAProcessTheirRoleDoesNotStart() {
    HttpResponse<String> response = as(OUTCOME_LEAD, PASSWORD)
        .postJson("/engine-rest/process-definition/key/" + TestProcesses.CLERKS_ONLY + "/start", "{}");

    assertThat(response.statusCode()).isEqualTo(403);
    JsonNode error = json(response);
    assertThat(error.path("type").asText()).isEqualTo("AuthorizationException");
    assertThat(error.path("message").asText()).contains(OUTCOME_LEAD).contains("CREATE");
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(TestProcesses.CLERKS_ONLY)
        .startedBy(OUTCOME_LEAD).count()).isZero();
  }

  @Test
  void aClerkStartsAProcessTheClerksStart() {
    HttpResponse<String> response = as(CLERK, PASSWORD)
        .postJson("/engine-rest/process-definition/key/" + TestProcesses.CLERKS_ONLY + "/start", "{}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response).path("definitionId").asText()).startsWith(TestProcesses.CLERKS_ONLY + ":");
  }

  @Test
  void nobodyButTheConfiguredGroupsStartsAProcess() {
    HttpResponse<String> response = as(CLERK, PASSWORD)
        .postJson("/engine-rest/process-definition/key/" + TestProcesses.NOBODY_STARTS + "/start", "{}");

    assertThat(response.statusCode()).isEqualTo(403);
  }

  @Test
  void anOutcomeLeadMayNotStartAgendaToMinutes() {
    Assumptions.assumeTrue(repositoryService.createProcessDefinitionQuery().processDefinitionKey("AgendaToMinutes").count() > 0,
        "AgendaToMinutes is not deployed on this branch");
    HttpResponse<String> response = as(OUTCOME_LEAD, PASSWORD)
        .postJson("/engine-rest/process-definition/key/AgendaToMinutes/start", "{}");

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(json(response).path("message").asText()).contains(OUTCOME_LEAD);
  }

  @Test
  void aClerkMayNotCreateUsersButTheAdministratorMay() {
    String user = """
        {"profile": {"id": "%s", "firstName": "New", "lastName": "Person", "email": "new.person@childrens-trust.example"},
         "credentials": {"password": "a-long-password"}}""";

    HttpResponse<String> clerk = as(CLERK, PASSWORD).postJson("/engine-rest/user/create", user.formatted("made.by.clerk"));
    HttpResponse<String> admin = as(ADMIN, PASSWORD).postJson("/engine-rest/user/create", user.formatted("made.by.admin"));

    assertThat(clerk.statusCode()).isEqualTo(403);
    assertThat(json(clerk).path("message").asText()).isNotBlank();
    assertThat(admin.statusCode()).isEqualTo(204);
    assertThat(as(ADMIN, PASSWORD).get("/engine-rest/user/made.by.clerk/profile").statusCode()).isEqualTo(404);
  }

  @Test
  void onlyAdministratorsLogIntoCockpitAndAdmin() {
    assertThat(http().webappLogin("cockpit", CLERK, PASSWORD).statusCode()).isNotEqualTo(200);
    assertThat(http().webappLogin("admin", CLERK, PASSWORD).statusCode()).isNotEqualTo(200);
    assertThat(http().webappLogin("cockpit", OUTCOME_LEAD, PASSWORD).statusCode()).isNotEqualTo(200);

    assertThat(http().webappLogin("cockpit", ADMIN, PASSWORD).statusCode()).isEqualTo(200);
    assertThat(http().webappLogin("admin", ADMIN, PASSWORD).statusCode()).isEqualTo(200);
  }

  @Test
  void everyGroupLogsIntoTasklist() {
    for (DemoUsers.DemoUser user : DemoUsers.ALL) {
      HttpResponse<String> login = http().webappLogin("tasklist", user.id(), PASSWORD);
      assertThat(login.statusCode()).as("%s logs into Tasklist", user.id()).isEqualTo(200);
      assertThat(json(login).path("userId").asText()).isEqualTo(user.id());
    }
  }

  @Test
  void aWrongPasswordDoesNotLogIntoTasklist() {
    assertThat(http().webappLogin("tasklist", FORGETFUL, "not-the-password").statusCode()).isNotEqualTo(200);
  }

  @Test
  void aClerkSeesTheirFiltersButNotTheAdministratorsFilter() {
    assertThat(filterNames(CLERK)).contains(TasklistFilters.MY_TASKS, TasklistFilters.MY_GROUPS_TASKS,
        TasklistFilters.AWAITING_MY_DECISION).doesNotContain(TasklistFilters.ALL_TASKS);
    assertThat(filterNames(ADMIN)).contains(TasklistFilters.ALL_TASKS);
  }

  private List<String> filterNames(String user) {
    HttpResponse<String> response = as(user, PASSWORD).get("/engine-rest/filter");
    assertThat(response.statusCode()).isEqualTo(200);
    List<String> names = new ArrayList<>();
    json(response).forEach(filter -> names.add(filter.path("name").asText()));
    return names;
  }
}
