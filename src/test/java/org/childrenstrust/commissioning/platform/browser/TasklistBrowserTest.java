package org.childrenstrust.commissioning.platform.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;
import org.childrenstrust.commissioning.platform.identity.DemoUsers;
import org.childrenstrust.commissioning.platform.identity.TasklistFilters;
import org.childrenstrust.commissioning.shared.errors.InvalidProcessInput;
import org.childrenstrust.commissioning.support.browser.Browser;
import org.childrenstrust.commissioning.support.browser.BrowserExtension;
import org.childrenstrust.commissioning.support.browser.CamundaForm;
import org.childrenstrust.commissioning.support.browser.Tasklist;
import org.childrenstrust.commissioning.support.browser.Tasklist.StartProcessDialog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;

/**
 * Proves the browser harness against the real Tasklist: a test-only process with Camunda Forms
 * (src/test/resources/browser/) is deployed, and people log in, look at their filters, claim,
 * fill and complete the task, and start the process, as they would by hand.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "commissioning.process-starters.BrowserHarnessCheck=outcome-stay-safe")
@ExtendWith(BrowserExtension.class)
class TasklistBrowserTest {

  static final String PROCESS_KEY = "BrowserHarnessCheck";
  static final String PROCESS_NAME = "Browser harness check";
  static final String TASK_KEY = "Task_ReviewSafeguardingNote";
  static final String TASK_NAME = "Review safeguarding note";
  static final String STAY_SAFE_LEAD = DemoUsers.STAY_SAFE_LEAD.id();
  static final String BE_HEALTHY_LEAD = DemoUsers.BE_HEALTHY_LEAD.id();

  @LocalServerPort
  int port;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  TaskService taskService;

  @Autowired
  HistoryService historyService;

  ProcessInstance instance;

  @BeforeAll
  static void deployTheHarnessProcess(@Autowired RepositoryService repositoryService) {
    repositoryService.createDeployment()
        .name("browser-harness")
        .enableDuplicateFiltering(true)
        .addClasspathResource("browser/BrowserHarnessCheck.bpmn")
        .addClasspathResource("browser/browserHarnessForm.form")
        .addClasspathResource("browser/browserHarnessStartForm.form")
        .deploy();
  }

  @BeforeEach
  void startAnInstance() {
    instance = runtimeService.startProcessInstanceByKey(PROCESS_KEY, "browser-" + System.nanoTime());
  }

  @AfterEach
  void removeOpenInstances() {
    runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).list()
        .forEach(open -> runtimeService.deleteProcessInstance(open.getId(), "browser test finished"));
  }

  @Test
  void theStaySafeLeadClaimsFillsAndCompletesTheReviewInTasklist(Browser browser) throws Exception {
    Tasklist tasklist = Tasklist.open(browser, port).login(STAY_SAFE_LEAD, DemoUsers.PASSWORD);
    assertThat(tasklist.loggedInName()).isEqualTo("Daniel Price");

    tasklist.selectFilter(TasklistFilters.MY_GROUPS_TASKS);
    // the demo data gives the Stay Safe group work of its own (a commissioning cycle); this test looks at its harness task
    assertThat(tasklist.taskNames()).filteredOn(TASK_NAME::equals).hasSize(1);

    tasklist.openTask(TASK_NAME);
    assertThat(tasklist.currentTaskId()).isEqualTo(openTask().getId());
    assertThat(tasklist.assignee()).isEmpty();
    tasklist.claim();
    assertThat(tasklist.assignee()).isEqualTo("Daniel Price");

    tasklist.fillText("Note title", "Home visit, Elm Street")
        .fillTextArea("summary", "Two children at home.\nThe school reports missed days.") // by key
        .check("Referred to the MASH")
        .setNumber("Children affected", 2)
        .choose("Risk level", "High")
        .choose("Follow-up", "Strategy discussion")
        .setDate("Review by", LocalDate.of(2027, 3, 15));
    CamundaForm.DynamicList actions = tasklist.dynamicList("Actions agreed");
    assertThat(actions.rowCount()).isEqualTo(1);
    actions.row(0).fillText("Action", "Call the school").fillText("Owner", "Daniel Price");
    actions.addRow().fillText("Action", "Joint visit with the health visitor");

    assertThat(tasklist.value("Risk level")).isEqualTo("High");
    assertThat(tasklist.value("Follow-up")).isEqualTo("Strategy discussion");
    assertThat(tasklist.value("Review by")).isEqualTo("15/03/2027");
    assertThat(tasklist.value("Referred to the MASH")).isEqualTo("true");
    assertThat(actions.row(1).value("Owner")).isEmpty();

    // no "Save" first: the application's Tasklist script keeps "Complete" enabled after list rows
    assertThat(tasklist.isCompleteEnabled()).isTrue();
    // the engine refuses (InvalidProcessInput from the complete listener, answered 400 with the
    // person's message, unwrapped); Tasklist shows it
    String refusal = tasklist.completeExpectingError();
    assertThat(refusal).isEqualTo("An error happened while submitting the task form: "
        + "Every agreed action needs an owner: \"Joint visit with the health visitor\" has none.");
    assertThat(openTask()).as("the task is still open after the refusal").isNotNull();
    assertThat(tasklist.value("Note title")).isEqualTo("Home visit, Elm Street");

    actions.row(1).fillText("Owner", "Grace Okafor");
    tasklist.complete();
    assertThat(tasklist.taskNames()).doesNotContain(TASK_NAME);

    HistoricTaskInstance review = historyService.createHistoricTaskInstanceQuery()
        .processInstanceId(instance.getId()).taskDefinitionKey(TASK_KEY).singleResult();
    assertThat(review.getEndTime()).isNotNull();
    assertThat(review.getDeleteReason()).isEqualTo("completed");
    assertThat(review.getAssignee()).isEqualTo(STAY_SAFE_LEAD);
    List<UserOperationLogEntry> completion = historyService.createUserOperationLogQuery()
        .taskId(review.getId()).operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list();
    assertThat(completion).isNotEmpty().allSatisfy(entry -> assertThat(entry.getUserId()).isEqualTo(STAY_SAFE_LEAD));
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instance.getId())
        .singleResult().getState()).isEqualTo("COMPLETED");

    Map<String, HistoricVariableInstance> variables = historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).list().stream()
        .collect(Collectors.toMap(HistoricVariableInstance::getName, v -> v));
    assertThat(variables).containsOnlyKeys("noteTitle", "summary", "referredToMash", "childrenAffected",
        "riskLevel", "followUp", "reviewBy", "actions");
    assertThat(variables.get("noteTitle").getValue()).isEqualTo("Home visit, Elm Street");
    assertThat(variables.get("summary").getValue()).isEqualTo("Two children at home.\nThe school reports missed days.");
    assertThat(variables.get("referredToMash").getValue()).isEqualTo(Boolean.TRUE);
    assertThat(variables.get("childrenAffected").getValue()).isEqualTo(2);
    assertThat(variables.get("riskLevel").getValue()).isEqualTo("high");
    assertThat(variables.get("followUp").getValue()).isEqualTo("strategy");
    assertThat(variables.get("reviewBy").getValue()).isEqualTo("2027-03-15");
    assertThat(variables.get("actions").getTypeName()).isEqualTo("json");
    List<Map<String, Object>> agreed = new ObjectMapper().readValue(
        variables.get("actions").getValue().toString(), new TypeReference<>() {});
    assertThat(agreed).containsExactly(
        Map.of("action", "Call the school", "owner", "Daniel Price"),
        Map.of("action", "Joint visit with the health visitor", "owner", "Grace Okafor"));
  }

  @Test
  void theBeHealthyLeadDoesNotSeeTheStaySafeTaskInAnyFilter(Browser browser) {
    Tasklist tasklist = Tasklist.open(browser, port).login(BE_HEALTHY_LEAD, DemoUsers.PASSWORD);

    List<String> filters = tasklist.filterNames();
    assertThat(filters).containsExactly(
        TasklistFilters.MY_WORK, TasklistFilters.MY_TASKS, TasklistFilters.MY_GROUPS_TASKS, TasklistFilters.AWAITING_MY_DECISION);
    for (String filter : filters) {
      tasklist.selectFilter(filter);
      assertThat(tasklist.taskNames()).as("tasks in \"%s\" for %s", filter, BE_HEALTHY_LEAD)
          .doesNotContain(TASK_NAME);
    }

    Task task = openTask();
    assertThat(task).as("the task is open in the engine").isNotNull();
    assertThat(task.getAssignee()).isNull();
  }

  @Test
  void anAdministratorSeesTheTaskInAllTasks(Browser browser) {
    Tasklist tasklist = Tasklist.open(browser, port).login("admin", DemoUsers.PASSWORD);

    assertThat(tasklist.filterNames()).contains(TasklistFilters.ALL_TASKS);
    tasklist.selectFilter(TasklistFilters.ALL_TASKS);
    assertThat(tasklist.taskNames()).as("with the demo data's open tasks").contains(TASK_NAME);
    tasklist.openTask(TASK_NAME);
    assertThat(tasklist.currentTaskId()).isEqualTo(openTask().getId());
    assertThat(tasklist.form().hasField("Note title")).isTrue();
  }

  @Test
  void theStaySafeLeadStartsTheProcessWithItsStartForm(Browser browser) {
    Tasklist tasklist = Tasklist.open(browser, port).login(STAY_SAFE_LEAD, DemoUsers.PASSWORD);

    StartProcessDialog dialog = tasklist.openStartProcess(PROCESS_NAME);
    String refusal = dialog.startExpectingError();
    assertThat(refusal).contains("The process could not be started");
    assertThat(dialog.form().fieldErrors()).containsEntry("Note title", "Field is required.");
    dialog.form().fillText("Note title", "Raised from Tasklist");
    dialog.start();

    List<ProcessInstance> started = runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
        .variableValueEquals("noteTitle", "Raised from Tasklist").list();
    assertThat(started).hasSize(1);
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(started.get(0).getId())
        .singleResult().getStartUserId()).isEqualTo(STAY_SAFE_LEAD);

    tasklist.selectFilter(TasklistFilters.MY_GROUPS_TASKS);
    assertThat(tasklist.taskNames()).filteredOn(TASK_NAME::equals).hasSize(2);
    tasklist.openTask(TASK_NAME); // the newest first
    assertThat(tasklist.value("Note title")).isEqualTo("Raised from Tasklist");
  }

  private Task openTask() {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(TASK_KEY).singleResult();
  }

  /** The rule the harness process's complete listener applies: every agreed action has an owner. */
  @TestConfiguration
  static class HarnessProcessBeans {

    @Bean
    TaskListener browserHarnessNoteRules() {
      return task -> {
        Object actions = task.getVariable("actions");
        if (!(actions instanceof SpinJsonNode rows) || !rows.isArray()) {
          return;
        }
        for (SpinJsonNode row : rows.elements()) {
          if (text(row, "owner").isBlank()) {
            throw new InvalidProcessInput(
                "Every agreed action needs an owner: \"" + text(row, "action") + "\" has none.");
          }
        }
      };
    }

    private static String text(SpinJsonNode row, String property) {
      if (!row.hasProp(property) || row.prop(property).isNull()) {
        return "";
      }
      return row.prop(property).stringValue();
    }
  }
}
