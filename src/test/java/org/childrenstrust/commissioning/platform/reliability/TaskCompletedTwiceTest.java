package org.childrenstrust.commissioning.platform.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.childrenstrust.commissioning.platform.HttpTestClient.json;

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
import org.childrenstrust.commissioning.platform.web.EngineRestInputErrors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two clerks open the same task (on two nodes, or two browser tabs) and both submit it: the first
 * completes it; the second is told in words that someone else did (404), not a 500 with the
 * engine's "Cannot find task with id ...: task is null". The task ran once.
 */
class TaskCompletedTwiceTest extends PlatformWebTest {

  private static final String REST = "/engine-rest";
  private static final String TASKLIST_API = "/camunda/api/engine/engine/default";
  private static final String DONE = "{\"variables\": {\"decision\": {\"value\": \"approve\"}}}";

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;

  @BeforeEach
  void deploy() {
    TestProcesses.deploy(repositoryService);
  }

  @Test
  void theSecondSubmissionOfATaskIsTold404ThatSomeoneElseCompletedIt() {
    Task task = openDecisionTask();
    HttpTestClient first = as(DemoUsers.CLERK.id(), DemoUsers.PASSWORD);
    HttpTestClient second = as(DemoUsers.CLERK.id(), DemoUsers.PASSWORD);

    assertThat(first.postJson(REST + "/task/" + task.getId() + "/submit-form", DONE).statusCode()).isEqualTo(204);
    HttpResponse<String> late = second.postJson(REST + "/task/" + task.getId() + "/submit-form", DONE);

    assertThat(late.statusCode()).isEqualTo(404);
    assertThat(json(late).path("message").asText()).isEqualTo(EngineRestInputErrors.TASK_GONE);
    assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(task.getProcessInstanceId())
        .finished().count()).isEqualTo(1);
  }

  @Test
  void inTasklistToo() {
    Task task = openDecisionTask();
    taskService.complete(task.getId(), Map.of("decision", "approve"));
    HttpTestClient tasklist = http();
    assertThat(tasklist.webappLogin("tasklist", DemoUsers.CLERK.id(), DemoUsers.PASSWORD).statusCode()).isEqualTo(200);

    HttpResponse<String> late = tasklist.postJson(TASKLIST_API + "/task/" + task.getId() + "/submit-form", DONE);

    assertThat(late.statusCode()).isEqualTo(404);
    assertThat(json(late).path("message").asText()).isEqualTo(EngineRestInputErrors.TASK_GONE);
  }

  private Task openDecisionTask() {
    String processInstanceId = runtimeService.startProcessInstanceByKey(TestProcesses.REQUIRED_INPUT, "bk-" + UUID.randomUUID(),
        Map.of("title", "ECG March")).getId();
    return taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult();
  }
}
