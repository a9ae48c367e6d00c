package org.childrenstrust.commissioning.platform.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.childrenstrust.commissioning.platform.identity.DemoUsers;
import org.childrenstrust.commissioning.platform.identity.TasklistFilters;
import org.childrenstrust.commissioning.support.browser.Browser;
import org.childrenstrust.commissioning.support.browser.BrowserExtension;
import org.childrenstrust.commissioning.support.browser.CamundaForm;
import org.childrenstrust.commissioning.support.browser.Tasklist;
import org.childrenstrust.commissioning.support.browser.TasklistException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Dates in Camunda Forms are typed and shown day/month/year in Tasklist, whatever the browser's
 * language (headless Chromium runs in US English, where form-js on its own reads 19/01/2027 month
 * first): the application's Tasklist script ({@code app/tasklist/scripts/childrens-trust-forms.js})
 * makes the date picker read dd/mm/yyyy (or yyyy-mm-dd) strictly and refuse dates that do not exist.
 * A test-only process with a form of date fields, at the top and in dynamic list rows
 * (src/test/resources/browser/UkDateCheck.bpmn), none of them required, so only the refusal can
 * stop an impossible date.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "commissioning.process-starters.BrowserHarnessCheck=outcome-stay-safe") // as TasklistBrowserTest: one context
@ExtendWith(BrowserExtension.class)
class UkDateBrowserTest {

  static final String PROCESS_KEY = "UkDateCheck";
  static final String TASK_NAME = "Record the review dates";
  static final String STAY_SAFE_LEAD = DemoUsers.STAY_SAFE_LEAD.id();
  static final String REFUSED = "\"31/02/2027\" is not a date. Enter the date as day/month/year, for example 19/01/2027.";

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
  static void deployTheDateProcess(@Autowired RepositoryService repositoryService) {
    repositoryService.createDeployment()
        .name("uk-date-check")
        .enableDuplicateFiltering(true)
        .addClasspathResource("browser/UkDateCheck.bpmn")
        .addClasspathResource("browser/ukDateCheckForm.form")
        .deploy();
  }

  @BeforeEach
  void startAnInstance() {
    instance = runtimeService.startProcessInstanceByKey(PROCESS_KEY, "dates-" + System.nanoTime());
  }

  @AfterEach
  void removeOpenInstances() {
    runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).list()
        .forEach(open -> runtimeService.deleteProcessInstance(open.getId(), "browser test finished"));
  }

  private Tasklist openTheTask(Browser browser) {
    Tasklist tasklist = Tasklist.open(browser, port).login(STAY_SAFE_LEAD, DemoUsers.PASSWORD);
    tasklist.selectFilter(TasklistFilters.MY_GROUPS_TASKS);
    tasklist.openTask(TASK_NAME).claim();
    return tasklist;
  }

  @Test
  void datesTypedDayMonthYearAreStoredAsThoseDays(Browser browser) throws Exception {
    Tasklist tasklist = openTheTask(browser);
    CamundaForm form = tasklist.form();
    assertThat(browser.<String>script("return document.querySelector('[cam-tasklist-task] .fjs-form-field-datetime"
        + " input.flatpickr-input').placeholder;")).isEqualTo("dd/mm/yyyy");

    form.typeDate("Review by", "19/01/2027");
    form.typeDate("Next visit", "2027-03-05"); // ISO is read too, and shown day first
    CamundaForm.DynamicList visits = form.dynamicList("Visits");
    visits.row(0).fillText("Visitor", "Daniel Price").typeDate("Visit date", "1/2/2027");
    for (int row = 1; row <= 6; row++) { // more than five rows: every one is submitted
      visits.addRow().fillText("Visitor", "Visitor " + row).typeDate("Visit date", (row + 10) + "/12/2027");
    }

    assertThat(form.value("Review by")).isEqualTo("19/01/2027");
    assertThat(form.value("Next visit")).isEqualTo("05/03/2027");
    assertThat(visits.row(0).value("Visit date")).isEqualTo("01/02/2027");
    assertThat(visits.row(6).value("Visit date")).isEqualTo("16/12/2027");
    assertThat(form.fieldErrors()).isEmpty();
    assertThat(tasklist.isCompleteEnabled()).as("\"Complete\" after editing list rows, without \"Save\"").isTrue();
    capture(browser, "uk-dates-typed");

    tasklist.complete();

    assertThat(confirmation(browser)).isEqualTo("Task completed: " + TASK_NAME);
    Map<String, HistoricVariableInstance> variables = variables();
    assertThat(variables.get("reviewBy").getValue()).isEqualTo("2027-01-19");
    assertThat(variables.get("nextVisit").getValue()).isEqualTo("2027-03-05");
    List<Map<String, Object>> rows = new ObjectMapper().readValue(
        variables.get("visits").getValue().toString(), new TypeReference<>() {});
    assertThat(rows).hasSize(7);
    assertThat(rows.get(0)).isEqualTo(Map.of("visitor", "Daniel Price", "visitDate", "2027-02-01"));
    for (int row = 1; row <= 6; row++) {
      assertThat(rows.get(row)).isEqualTo(Map.of("visitor", "Visitor " + row, "visitDate", "2027-12-" + (row + 10)));
    }
  }

  @Test
  void aDateThatDoesNotExistIsRefusedWithAMessageAndNothingIsSubmitted(Browser browser) {
    Tasklist tasklist = openTheTask(browser);
    CamundaForm form = tasklist.form();

    form.typeDate("Review by", "31/02/2027");

    assertThat(form.fieldErrors()).containsEntry("Review by", REFUSED);
    assertThat(form.value("Review by")).as("as typed, not moved to 3 March").isEqualTo("31/02/2027");
    assertThat(tasklist.isCompleteEnabled()).isFalse();
    capture(browser, "uk-date-refused");
    TasklistException refused = catchThrowableOfType(TasklistException.class, tasklist::complete);
    assertThat(refused).as("completing with the refused date").isNotNull();
    assertThat(refused.fieldErrors()).containsEntry("Review by", REFUSED);
    assertThat(openTask()).as("the task is still open").isNotNull();
    assertThat(runtimeService.getVariables(instance.getId())).as("nothing submitted").doesNotContainKey("reviewBy");

    // the refusal stays while other fields are edited, in list rows too
    CamundaForm visit = form.dynamicList("Visits").row(0);
    visit.fillText("Visitor", "Daniel Price").typeDate("Visit date", "29/02/2027"); // 2027 is no leap year
    assertThat(visit.fieldErrors()).containsEntry("Visit date",
        "\"29/02/2027\" is not a date. Enter the date as day/month/year, for example 19/01/2027.");
    assertThat(form.fieldErrors()).containsEntry("Review by", REFUSED);
    assertThat(tasklist.isCompleteEnabled()).isFalse();

    // the person corrects one date and clears the other: the messages go, "Complete" comes back
    form.typeDate("Review by", "28/02/2027");
    visit.typeDate("Visit date", "");
    browser.waitUntil("the date messages to go", d -> form.fieldErrors().isEmpty(), () -> form.fieldErrors().toString());
    assertThat(tasklist.isCompleteEnabled()).isTrue();
    tasklist.complete();

    Map<String, HistoricVariableInstance> variables = variables();
    assertThat(variables.get("reviewBy").getValue()).isEqualTo("2027-02-28");
    assertThat(variables.get("visits").getValue().toString()).contains("\"visitor\":\"Daniel Price\"")
        .doesNotContain("2027-03");
  }

  private Task openTask() {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  private Map<String, HistoricVariableInstance> variables() {
    return historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).list().stream()
        .collect(Collectors.toMap(HistoricVariableInstance::getName, v -> v));
  }

  /** The confirmation the Tasklist script shows after "Complete". */
  private static String confirmation(Browser browser) {
    return browser.waitUntil("the confirmation after \"Complete\"", d -> browser.<String>script(
        "var c = document.querySelector('.ct-completed'); return c ? c.textContent.trim() : null;"));
  }

  /** A screenshot for people to look at (target/browser-failures/, the harness's capture folder). */
  private static void capture(Browser browser, String name) {
    browser.capture("UkDateBrowserTest." + name);
  }
}
