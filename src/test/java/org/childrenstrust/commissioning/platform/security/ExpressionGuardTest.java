package org.childrenstrust.commissioning.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.childrenstrust.commissioning.platform.HttpTestClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.filter.Filter;
import org.childrenstrust.commissioning.platform.HttpTestClient;
import org.childrenstrust.commissioning.platform.PlatformWebTest;
import org.childrenstrust.commissioning.platform.TestProcesses;
import org.childrenstrust.commissioning.platform.identity.DemoUsers;
import org.childrenstrust.commissioning.platform.identity.TasklistFilters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 8, part 1: no expression sent from outside is evaluated. Camunda 7.24.0 CE refuses
 * expressions in ad hoc task queries but not inside {@code orQueries}; the guard refuses every
 * request that carries one, on the engine REST API and on the webapps' API, while the stored
 * Tasklist filters (whose expressions the application itself wrote) keep working.
 *
 * <p>The canary expression writes a system property through Spring's {@code systemProperties}
 * bean, which the engine's expression manager can reach: had it been evaluated, the property
 * would be set.
 */
class ExpressionGuardTest extends PlatformWebTest {

  private static final String OUTCOME_LEAD = DemoUsers.BE_HEALTHY_LEAD.id();
  private static final String CLERK = DemoUsers.CLERK.id();
  private static final String PASSWORD = DemoUsers.PASSWORD;
  private static final String REST = "/engine-rest";
  private static final String WEBAPP_API = "/camunda/api/engine/engine/default";
  private static final String CANARY = "expression.guard.canary";
  private static final String CANARY_EXPRESSION = "${systemProperties.put('" + CANARY + "','evaluated')}";

  @Autowired FilterService filterService;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;

  @BeforeEach
  @AfterEach
  void clearCanary() {
    System.clearProperty(CANARY);
  }

  @Test
  void theReportedClassNameExpressionInOrQueriesIsRefused() {
    HttpResponse<String> response = as(OUTCOME_LEAD, PASSWORD).postJson(REST + "/task",
        "{\"orQueries\":[{\"assigneeExpression\":\"${\\\"\\\".getClass().getName()}\"}]}");

    assertRefused(response);
  }

  @Test
  void theReportedArithmeticExpressionInOrQueriesIsRefused() {
    HttpResponse<String> response = as(OUTCOME_LEAD, PASSWORD).postJson(REST + "/task",
        "{\"orQueries\":[{\"assigneeExpression\":\"${1+1}\"}]}");

    assertRefused(response);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"orQueries\":[{\"assigneeExpression\":\"%s\"}]}",
      "{\"orQueries\":[{\"candidateGroupsExpression\":\"%s\"}]}",
      "{\"orQueries\":[{\"dueAfterExpression\":\"%s\"}]}",
      "{\"assigneeExpression\":\"%s\"}",
      "{\"candidateUserExpression\":\"%s\"}",
      "{\"orQueries\":[{\"orQueries\":[{\"ownerExpression\":\"%s\"}]}]}",
      "{\"processVariables\":[{\"name\":\"x\",\"operator\":\"eq\",\"value\":\"%s\"}]}",
      "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"%s\"}]}"
  })
  void expressionsAnywhereInATaskQueryBodyAreRefusedOnBothApis(String template) {
    String body = template.formatted(CANARY_EXPRESSION.replace("'", "\\u0027"));
    HttpTestClient tasklist = tasklistSession(OUTCOME_LEAD);

    assertRefused(as(OUTCOME_LEAD, PASSWORD).postJson(REST + "/task", body));
    assertRefused(as(OUTCOME_LEAD, PASSWORD).postJson(REST + "/task/count", body));
    assertRefused(tasklist.postJson(WEBAPP_API + "/task", body));
    assertRefused(tasklist.postJson(WEBAPP_API + "/task/count", body));
  }

  @Test
  void hashExpressionsAndExpressionFieldsWithoutAnExpressionAreRefusedToo() {
    assertRefused(as(OUTCOME_LEAD, PASSWORD).postJson(REST + "/task",
        "{\"orQueries\":[{\"assigneeExpression\":\"#{systemProperties.put('" + CANARY + "','evaluated')}\"}]}"));
    assertRefused(as(OUTCOME_LEAD, PASSWORD).postJson(REST + "/task",
        "{\"orQueries\":[{\"assigneeExpression\":\"grace.okafor\"}]}"));
  }

  @Test
  void expressionsInQueryParametersAreRefusedOnBothApis() {
    String encoded = URLEncoder.encode(CANARY_EXPRESSION, StandardCharsets.UTF_8);
    HttpTestClient tasklist = tasklistSession(OUTCOME_LEAD);

    assertRefused(as(OUTCOME_LEAD, PASSWORD).get(REST + "/task?assigneeExpression=" + encoded));
    assertRefused(as(OUTCOME_LEAD, PASSWORD).get(REST + "/task?assigneeExpression=grace.okafor"));
    assertRefused(as(OUTCOME_LEAD, PASSWORD).get(REST + "/task/count?candidateGroupsExpression=" + encoded));
    assertRefused(as(OUTCOME_LEAD, PASSWORD).get(REST + "/task?assignee=" + encoded));
    assertRefused(tasklist.get(WEBAPP_API + "/task?assigneeExpression=" + encoded));
    assertRefused(tasklist.get(WEBAPP_API + "/task/count?dueBeforeExpression=" + encoded));
  }

  @Test
  void aStoredFilterCannotBeExtendedWithAnExpression() {
    String filterId = filterId(TasklistFilters.MY_GROUPS_TASKS);
    String body = "{\"orQueries\":[{\"assigneeExpression\":\"" + CANARY_EXPRESSION.replace("'", "\\u0027") + "\"}]}";

    assertRefused(as(OUTCOME_LEAD, PASSWORD).postJson(REST + "/filter/" + filterId + "/list", body));
    assertRefused(tasklistSession(OUTCOME_LEAD).postJson(WEBAPP_API + "/filter/" + filterId + "/list", body));
  }

  @Test
  void nobodyCreatesOrChangesAFilterWithAnExpressionNotEvenTheAdministrator() {
    long filters = filterService.createFilterQuery().count();
    String filter = """
        {"resourceType": "Task", "name": "Sneaky", "owner": "admin",
         "query": {"orQueries": [{"assigneeExpression": "%s"}]}, "properties": {}}"""
        .formatted(CANARY_EXPRESSION.replace("'", "\\u0027"));
    String existing = filterId(TasklistFilters.MY_TASKS);

    assertRefused(as("admin", PASSWORD).postJson(REST + "/filter/create", filter));
    assertRefused(as("admin", PASSWORD).postJson(REST + "/filter/" + existing, filter));
    assertThat(filterService.createFilterQuery().count()).isEqualTo(filters);
    assertThat(filterService.createFilterQuery().filterName("Sneaky").count()).isZero();
  }

  @Test
  void expressionsInAFormPostAreRefused() {
    HttpResponse<String> response = as(CLERK, PASSWORD).postForm(REST + "/task",
        Map.of("assigneeExpression", CANARY_EXPRESSION));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(System.getProperty(CANARY)).isNull();
  }

  @Test
  void malformedJsonIsRefusedWithAMessage() {
    HttpResponse<String> response = as(OUTCOME_LEAD, PASSWORD).postJson(REST + "/task", "{\"orQueries\":[{");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).path("message").asText()).isNotBlank();
  }

  @Test
  void aBodyLargerThanTheLimitIsRefusedWith413() {
    String huge = "{\"nameLike\":\"" + "x".repeat(ExpressionGuardFilter.MAX_BODY_BYTES + 10) + "\"}";

    HttpResponse<String> response = as(OUTCOME_LEAD, PASSWORD).postJson(REST + "/task", huge);

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(json(response).path("message").asText()).contains("too large");
  }

  @Test
  void ordinaryQueriesStillWork() {
    HttpResponse<String> rest = as(CLERK, PASSWORD).postJson(REST + "/task",
        "{\"orQueries\":[{\"assignee\":\"clara.jones\",\"candidateGroups\":[\"clerks\"]}]}");
    HttpResponse<String> get = as(CLERK, PASSWORD).get(REST + "/task?candidateGroup=clerks&sortBy=created&sortOrder=desc");

    assertThat(rest.statusCode()).isEqualTo(200);
    assertThat(get.statusCode()).isEqualTo(200);
  }

  @Test
  void tasklistsStoredFiltersWithTheirExpressionsKeepWorking() {
    TestProcesses.deploy(repositoryService);
    String instance = runtimeService.startProcessInstanceByKey(TestProcesses.CLERKS_ONLY).getId();
    HttpTestClient tasklist = tasklistSession(CLERK);
    // the body Tasklist 7.24 sends when it lists a filter's tasks
    String tasklistBody = """
        {"processVariables":[],"taskVariables":[],"caseInstanceVariables":[],"active":true,
         "sorting":[{"sortBy":"created","sortOrder":"desc"}]}""";

    HttpResponse<String> response = tasklist.postJson(
        WEBAPP_API + "/filter/" + filterId(TasklistFilters.MY_GROUPS_TASKS) + "/list?firstResult=0&maxResults=200",
        tasklistBody);

    assertThat(response.statusCode()).isEqualTo(200);
    List<String> instances = json(response).findValuesAsText("processInstanceId");
    assertThat(instances).contains(instance);
    HttpResponse<String> count = tasklist.get(WEBAPP_API + "/filter/" + filterId(TasklistFilters.MY_TASKS) + "/count");
    assertThat(count.statusCode()).isEqualTo(200);
  }

  private HttpTestClient tasklistSession(String user) {
    HttpTestClient tasklist = http();
    assertThat(tasklist.webappLogin("tasklist", user, PASSWORD).statusCode()).isEqualTo(200);
    return tasklist;
  }

  private String filterId(String name) {
    Filter filter = filterService.createTaskFilterQuery().filterName(name).singleResult();
    assertThat(filter).as("filter " + name).isNotNull();
    return filter.getId();
  }

  private static void assertRefused(HttpResponse<String> response) {
    assertThat(response.statusCode()).as("status of %s: %s", response.uri(), response.body()).isEqualTo(400);
    JsonNode error = json(response);
    assertThat(error.path("type").asText()).isEqualTo("InvalidRequestException");
    assertThat(error.path("message").asText()).contains("expression");
    assertThat(System.getProperty(CANARY)).as("the canary expression was evaluated").isNull();
  }
}
