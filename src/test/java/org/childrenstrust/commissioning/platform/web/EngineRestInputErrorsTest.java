package org.childrenstrust.commissioning.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.childrenstrust.commissioning.platform.HttpTestClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.childrenstrust.commissioning.platform.HttpTestClient;
import org.childrenstrust.commissioning.platform.PlatformWebTest;
import org.childrenstrust.commissioning.platform.TestProcesses;
import org.childrenstrust.commissioning.platform.identity.DemoUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "A call with an unknown process key, wrong variable types or missing required data gets a 4xx
 * with a readable message; nothing half-written is left behind": on the engine REST API, on the
 * webapp API that Tasklist calls, and on the domain API (/api).
 */
class EngineRestInputErrorsTest extends PlatformWebTest {

  private static final String CLERK = DemoUsers.CLERK.id();
  private static final String REST = "/engine-rest";
  private static final String TASKLIST_API = "/camunda/api/engine/engine/default";

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;

  @BeforeEach
  void deploy() {
    TestProcesses.deploy(repositoryService);
  }

  @Test
  void unknownProcessKeyIs404NamingTheKey() {
    HttpResponse<String> response = as(CLERK, DemoUsers.PASSWORD)
        .postJson(REST + "/process-definition/key/NoSuchProcess/start", "{}");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(json(response).path("message").asText()).contains("NoSuchProcess");
  }

  @Test
  void wrongVariableTypeIs400AndStartsNothing() {
    String businessKey = businessKey();
    HttpResponse<String> response = as(CLERK, DemoUsers.PASSWORD).postJson(
        REST + "/process-definition/key/" + TestProcesses.REQUIRED_INPUT + "/start",
        """
        {"businessKey": "%s", "variables": {
          "title": {"value": "ECG March", "type": "String"},
          "attendees": {"value": "abc", "type": "Integer"}}}
        """.formatted(businessKey));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).path("message").asText()).contains("abc").contains("Integer");
    assertNothingStarted(businessKey);
  }

  @Test
  void missingRequiredDataIs400WithTheListenersMessageAndLeavesNothingBehind() {
    String businessKey = businessKey();
    HttpResponse<String> response = as(CLERK, DemoUsers.PASSWORD).postJson(
        REST + "/process-definition/key/" + TestProcesses.REQUIRED_INPUT + "/start",
        "{\"businessKey\": \"" + businessKey + "\", \"variables\": {}}");

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode error = json(response);
    assertThat(error.path("type").asText()).isEqualTo("InvalidProcessInput");
    assertThat(error.path("message").asText()).isEqualTo(TestProcesses.TITLE_REQUIRED);
    assertNothingStarted(businessKey);
  }

  @Test
  void theSameRequestWithTheRequiredDataStarts() {
    String businessKey = businessKey();
    HttpResponse<String> response = as(CLERK, DemoUsers.PASSWORD).postJson(
        REST + "/process-definition/key/" + TestProcesses.REQUIRED_INPUT + "/start",
        "{\"businessKey\": \"" + businessKey + "\", \"variables\": {\"title\": {\"value\": \"ECG March\"}}}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).count()).isEqualTo(1);
  }

  @Test
  void tasklistStartFormWithMissingDataIs400AndLeavesNothingBehind() {
    HttpTestClient tasklist = http();
    assertThat(tasklist.webappLogin("tasklist", CLERK, DemoUsers.PASSWORD).statusCode()).isEqualTo(200);
    String businessKey = businessKey();

    HttpResponse<String> response = tasklist.postJson(
        TASKLIST_API + "/process-definition/key/" + TestProcesses.REQUIRED_INPUT + "/submit-form",
        "{\"businessKey\": \"" + businessKey + "\", \"variables\": {}}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).path("message").asText()).isEqualTo(TestProcesses.TITLE_REQUIRED);
    assertNothingStarted(businessKey);
  }

  @Test
  void completingATaskWithInvalidInputIs400AndTheTaskStaysOpenUnchanged() {
    Task task = openDecisionTask();

    HttpResponse<String> response = as(CLERK, DemoUsers.PASSWORD).postJson(
        REST + "/task/" + task.getId() + "/complete",
        "{\"variables\": {\"decision\": {\"value\": \"maybe\"}, \"note\": {\"value\": \"half-written\"}}}");

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode error = json(response);
    assertThat(error.path("type").asText()).isEqualTo("InvalidProcessInput");
    assertThat(error.path("message").asText()).isEqualTo(TestProcesses.DECISION_REQUIRED);
    assertTaskUnchanged(task);
  }

  @Test
  void completingATaskFromTasklistWithInvalidInputIs400AndTheTaskStaysOpenUnchanged() {
    Task task = openDecisionTask();
    HttpTestClient tasklist = http();
    assertThat(tasklist.webappLogin("tasklist", CLERK, DemoUsers.PASSWORD).statusCode()).isEqualTo(200);

    HttpResponse<String> response = tasklist.postJson(TASKLIST_API + "/task/" + task.getId() + "/submit-form",
        "{\"variables\": {\"decision\": {\"value\": \"\"}, \"note\": {\"value\": \"half-written\"}}}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).path("message").asText()).isEqualTo(TestProcesses.DECISION_REQUIRED);
    assertTaskUnchanged(task);
  }

  @Test
  void completingATaskWithValidInputWorks() {
    Task task = openDecisionTask();

    HttpResponse<String> response = as(CLERK, DemoUsers.PASSWORD).postJson(
        REST + "/task/" + task.getId() + "/complete", "{\"variables\": {\"decision\": {\"value\": \"approve\"}}}");

    assertThat(response.statusCode()).isEqualTo(204);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).count()).isZero();
  }

  @Test
  void theDomainApiAnswersMissingDataWith400AndLeavesNothingBehind() {
    String businessKey = businessKey();

    HttpResponse<String> response = as(CLERK, DemoUsers.PASSWORD)
        .postForm("/api/platform-probe/requests", Map.of("businessKey", businessKey));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).path("status").asInt()).isEqualTo(400);
    assertThat(json(response).path("message").asText()).isEqualTo(TestProcesses.TITLE_REQUIRED);
    assertNothingStarted(businessKey);
  }

  @Test
  void theDomainApiAnswersATaskListenersRejectionWith400AndTheTaskStaysOpen() {
    Task task = openDecisionTask();

    HttpResponse<String> response = as(CLERK, DemoUsers.PASSWORD)
        .postForm("/api/platform-probe/tasks/" + task.getId() + "/decision", Map.of("decision", "maybe"));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).path("message").asText()).isEqualTo(TestProcesses.DECISION_REQUIRED);
    assertTaskUnchanged(task);
  }

  @Test
  void theDomainApiStartsWithTheRequiredData() {
    String businessKey = businessKey();

    HttpResponse<String> response = as(CLERK, DemoUsers.PASSWORD)
        .postForm("/api/platform-probe/requests", Map.of("businessKey", businessKey, "title", "ECG March"));

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).count()).isEqualTo(1);
  }

  private Task openDecisionTask() {
    String processInstanceId = runtimeService.startProcessInstanceByKey(TestProcesses.REQUIRED_INPUT, businessKey(),
        Map.of("title", "ECG March")).getId();
    return taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult();
  }

  private void assertTaskUnchanged(Task task) {
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).as("task still open").isEqualTo(1);
    assertThat(runtimeService.getVariables(task.getProcessInstanceId())).containsOnlyKeys("title");
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(task.getProcessInstanceId())
        .variableName("note").count()).as("no history of the rejected input").isZero();
  }

  private void assertNothingStarted(String businessKey) {
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).count()).isZero();
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey).count())
        .as("no history of the rejected start").isZero();
  }

  private static String businessKey() {
    return "bk-" + UUID.randomUUID();
  }
}
